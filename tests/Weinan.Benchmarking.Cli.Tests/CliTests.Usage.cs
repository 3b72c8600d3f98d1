using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>The command line is parsed strictly: what wbench does not understand stops the run with one coded line.</summary>
public sealed partial class CliTests
{
    [Theory]
    [InlineData("zh-CN", "错误 WB4204: 命令行用法错误：未知选项 --decision-rul（使用 --help 查看用法）", "--decision-rul", "guard-band")]
    [InlineData("en", "error WB4204: Usage error: unknown option --decision-rul (see --help)", "--decision-rul", "guard-band")]
    [InlineData("en", "error WB4204: Usage error: unknown option --decision-rul (see --help)", "--decision-rul=guard-band")]
    [InlineData("en", "error WB4204: Usage error: unknown option -x (see --help)", "-x")]
    [InlineData("zh-CN", "错误 WB4204: 命令行用法错误：多余的参数“extra.json”（使用 --help 查看用法）", "extra.json")]
    [InlineData("en", "error WB4204: Usage error: unexpected argument(s) 'extra.json' (see --help)", "--", "extra.json")]
    [InlineData("en", "error WB4204: Usage error: the option --format may be given only once (see --help)", "--format", "json", "--format", "md")]
    [InlineData("en", "error WB4204: Usage error: the option --out needs a value (see --help)", "--out")]
    [InlineData("en", "error WB4204: Usage error: a switch (such as --force) takes no value (see --help)", "--force=yes")]
    [InlineData("en", "error WB4204: Usage error: the command line cannot be parsed (see --help)", "--=x")]
    [InlineData("zh-CN", "错误 WB4204 [--out]: --out 的值“”无效，可选：文件或文件夹路径。", "--out", "")]
    [InlineData("en", "error WB4204 [--guard-band]: Invalid value '100000000000000000000' for --guard-band; allowed: 0, 1, 1.5 … (below 1e20).",
        "--guard-band", "100000000000000000000")]
    public void Should_RefuseWhatItDoesNotUnderstand_WithOneCodedLine_AndNotRun(string language, string line, params string[] extra)
    {
        using var temp = new TempDirectory();
        var submission = temp.File("submission.json", Submission("fixture", "ph"));
        var report = Path.Combine(temp.Path, "report.json");

        var run = Wbench.Run(Wbench.Bare, ["assess", submission, "--plugins", GoodPlugin, "--lang", language, "--decision-rule", "simple", .. extra]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldBe(line + Environment.NewLine);
        run.Out.ShouldBeEmpty();
        File.Exists(report).ShouldBeFalse();
        File.Exists("__default_command").ShouldBeFalse();
    }

    [Theory]
    [InlineData("assess")]
    [InlineData("plugins", "check")]
    [InlineData("plugins", "list", "extra")]
    [InlineData("indicators", "extra")]
    [InlineData("templates", "export", "a", "b")]
    [InlineData("no-such-command")]
    public void Should_WordEveryParserErrorInTheOutputLanguage(params string[] args)
    {
        var zh = Wbench.Run(Wbench.Bare, args);
        var en = Wbench.Run(Wbench.Bare, [.. args, "--lang", "en"]);

        zh.ExitCode.ShouldBe(ExitCodes.InputError, zh.All);
        zh.Error.ShouldStartWith("错误 WB4204: 命令行用法错误：");
        zh.Error.ShouldNotMatch("[A-Za-z]{4,} [a-z]{3,}", customMessage: "no English sentence in zh-CN output: " + zh.Error);
        en.ExitCode.ShouldBe(ExitCodes.InputError, en.All);
        en.Error.ShouldStartWith("error WB4204: Usage error: ");
        foreach (var run in new[] { zh, en })
        {
            run.Error.Trim().ShouldNotContain('\n');
            run.ShouldHaveNoStackTrace();
        }
    }

    // A command group that runs a command by default (batch, templates, plugins): the parser used to turn away the word
    // after the group's name (INPUT, DIR, --details) instead of the option that is really unknown.
    [Theory]
    [InlineData("zh-CN", "--bogus", "batch", "INTAKE", "--bogus")]
    [InlineData("en", "--bogus", "batch", "INTAKE", "--bogus")]
    [InlineData("zh-CN", "--decision-rul", "batch", "INTAKE", "--out", "DIR", "--decision-rul", "guard-band")]
    [InlineData("en", "--decision-rul", "batch", "INTAKE", "--out", "DIR", "--decision-rul", "guard-band")]
    [InlineData("en", "--bogus", "batch", "INTAKE", "INTAKE", "--out=DIR", "--bogus=1")]
    [InlineData("en", "-x", "batch", "INTAKE", "-x")]
    [InlineData("zh-CN", "--bogus", "batch", "--out", "DIR", "INTAKE", "--bogus")]
    [InlineData("zh-CN", "--bogus", "templates", "DIR", "--bogus")]
    [InlineData("en", "--bogus", "templates", "DIR", "--bogus", "--force")]
    [InlineData("zh-CN", "--bogus", "plugins", "--details", "--bogus")]
    [InlineData("en", "--bogus", "plugins", "--details", "--bogus")]
    public void Should_NameTheUnknownOption_NotTheWordAfterACommandGroup_ThatRunsACommandByDefault(string language, string option, params string[] args)
    {
        using var temp = new TempDirectory();
        var dir = Path.Combine(temp.Path, "out");
        var intake = Path.Combine(TestPaths.RepositoryRoot, "samples", "batch", "intake.xlsx");
        string[] line = [.. args.Select(a => a.Replace("INTAKE", intake, StringComparison.Ordinal).Replace("DIR", dir, StringComparison.Ordinal))];

        var run = Wbench.Run(Wbench.Bare, language == CliLanguage.English ? [.. line, "--lang", "en"] : line);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldBe((language == CliLanguage.English
            ? $"error WB4204: Usage error: unknown option {option} (see --help)"
            : $"错误 WB4204: 命令行用法错误：未知选项 {option}（使用 --help 查看用法）") + Environment.NewLine);
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
        Directory.Exists(dir).ShouldBeFalse();
        File.Exists("__default_command").ShouldBeFalse();
    }

    [Theory]
    [InlineData("zh-CN", "nosuch", "plugins", "nosuch")]
    [InlineData("en", "nosuch", "plugins", "nosuch", "--bogus")]
    [InlineData("en", "extra", "plugins", "list", "extra")]
    [InlineData("zh-CN", "extra", "plugins", "--details", "extra")]
    [InlineData("en", "extra", "templates", "DIR", "extra")]
    [InlineData("zh-CN", "x", "samples", "x", "--bogus")]
    [InlineData("en", "nosuch", "nosuch", "--bogus")]

    // A group's subcommand takes its own arguments only: the parser tried `batch template a b` as a batch of the inputs
    // "template", "a" and "b" (and ran it when --out was given).
    [InlineData("zh-CN", "a", "batch", "template", "a", "b")]
    [InlineData("en", "a", "batch", "template", "a", "b")]
    [InlineData("zh-CN", "template", "batch", "template", "template")]
    [InlineData("en", "template", "batch", "template", "template")]
    [InlineData("zh-CN", "a", "batch", "template", "--sector", "textiles", "--out", "DIR", "a")]
    [InlineData("en", "a", "batch", "template", "a", "--sector", "textiles", "--out", "DIR")]
    [InlineData("en", "x.jsonl", "batch", "template", "x.jsonl", "--read-only", "--out", "DIR")]
    public void Should_StillNameAnUnknownSubcommandOrAnExtraArgument(string language, string word, params string[] args)
    {
        using var temp = new TempDirectory();
        var dir = Path.Combine(temp.Path, "out");
        string[] line = [.. args.Select(a => a.Replace("DIR", dir, StringComparison.Ordinal))];

        var run = Wbench.Run(Wbench.Bare, language == CliLanguage.English ? [.. line, "--lang", "en"] : line);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldBe((language == CliLanguage.English
            ? $"error WB4204: Usage error: unknown command or unexpected argument '{word}' (see --help)"
            : $"错误 WB4204: 命令行用法错误：未知命令或多余的参数“{word}”（使用 --help 查看用法）") + Environment.NewLine);
        run.Out.ShouldBeEmpty();
        Path.Exists(dir).ShouldBeFalse();
    }

    [Fact]
    public void Should_StillReadAnInputNamedTemplate_WhenItIsNotTheWordAfterBatch()
    {
        using var temp = new TempDirectory();
        var dir = Path.Combine(temp.Path, "out");

        var run = Wbench.Run(Wbench.Bare, "batch", "--out", dir, "template", "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.All);
        run.Out.ShouldStartWith("Read 1 rows = 0 assessed + 1 rejected");
        File.ReadAllText(Path.Combine(dir, "rejected.csv")).ShouldContain("template,,,,WB6002,error,File or folder not found: template");
    }

    [Theory]
    [InlineData()]
    [InlineData("--format", "json")]
    [InlineData("--format", "json", "--out", "result.json")]
    [InlineData("--format", "html", "--out", "report.html")]
    [InlineData("--format", "md")]
    public void Should_PrintEngineWarningsOnStandardError_ForEveryOutput(params string[] format)
    {
        using var temp = new TempDirectory();
        var args = format.Select(a => a.Contains('.', StringComparison.Ordinal) ? Path.Combine(temp.Path, a) : a).ToArray();

        var run = Wbench.Run(TestPaths.CliOutput, ["assess", Infant, "--date", Date, "--target-tier", "no-such-rung", "--lang", "en", .. args]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Error.ShouldContain("warning WB2905 [targetRung]: target rung 'no-such-rung' is not on the ladder");
    }
}
