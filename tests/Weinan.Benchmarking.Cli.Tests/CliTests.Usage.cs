using System.Reflection;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Cli.Commands;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;
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

        var run = ShouldRefuseAsUsageError(language, line, $"未知选项 {option}", $"unknown option {option}");

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

        ShouldRefuseAsUsageError(language, line, $"未知命令或多余的参数“{word}”", $"unknown command or unexpected argument '{word}'");

        Path.Exists(dir).ShouldBeFalse();
    }

    /// <summary>Runs <paramref name="line"/> in <paramref name="language"/> and checks it is refused with one WB4204 line saying what is wrong, and nothing on standard output.</summary>
    private static WbenchRun ShouldRefuseAsUsageError(string language, string[] line, string zh, string en)
    {
        var run = Wbench.Run(Wbench.Bare, language == CliLanguage.English ? [.. line, "--lang", "en"] : line);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldBe((language == CliLanguage.English
            ? $"error WB4204: Usage error: {en} (see --help)"
            : $"错误 WB4204: 命令行用法错误：{zh}（使用 --help 查看用法）") + Environment.NewLine);
        run.Out.ShouldBeEmpty();
        return run;
    }

    /// <summary>
    /// Each command's line up to its options, by its settings: INPUT, SUBMISSION, TARGET and DIR stand for paths in a
    /// test's folder. The groups that run a command by default come with and without their subcommand's name.
    /// </summary>
    private static readonly (string[] Line, Type Settings)[] CommandLines =
    [
        (["assess", "SUBMISSION"], typeof(AssessSettings)),
        (["batch", "INPUT"], typeof(BatchSettings)),
        (["batch", "INPUT", "--out", "DIR"], typeof(BatchSettings)),
        (["batch", "template"], typeof(BatchTemplateSettings)),
        (["samples", "generate"], typeof(GenerateSamplesSettings)),
        (["leaders", "INPUT"], typeof(LeadersSettings)),
        (["history", "91610503MA6Y4R2N50"], typeof(HistorySettings)),
        (["compare"], typeof(CompareSettings)),
        (["compare", "--period", "2025"], typeof(CompareSettings)),
        (["plugins"], typeof(PluginsListSettings)),
        (["plugins", "--details"], typeof(PluginsListSettings)),
        (["plugins", "list"], typeof(PluginsListSettings)),
        (["plugins", "check", "TARGET"], typeof(PluginsCheckSettings)),
        (["indicators"], typeof(IndicatorsSettings)),
        (["standards"], typeof(StandardsSettings)),
        (["templates", "DIR"], typeof(TemplatesExportSettings)),
        (["templates", "export", "DIR"], typeof(TemplatesExportSettings)),
    ];

    /// <summary>Every command line above with each of its command's options that take a value, by each of its names.</summary>
    public static TheoryData<string[], string> ValueOptions()
    {
        var data = new TheoryData<string[], string>();
        foreach (var (line, settings) in CommandLines)
        {
            foreach (var option in settings.GetProperties().Select(p => p.GetCustomAttribute<CommandOptionAttribute>()).OfType<CommandOptionAttribute>())
            {
                foreach (var name in option.ValueName is null ? [] : StrictArguments.Names(option))
                {
                    data.Add(line, name);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Should_CoverTheSettingsOfEveryCommand_WhenCheckingOptionsWithoutTheirValue()
    {
        var commands = typeof(WbenchApp).Assembly.GetTypes()
            .Select(t => t.BaseType)
            .Where(t => t is { IsGenericType: true } && t.GetGenericTypeDefinition() == typeof(Command<>))
            .Select(t => t!.GetGenericArguments()[0]);

        CommandLines.Select(c => c.Settings.Name).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(commands.Select(t => t.Name).Distinct().Order(StringComparer.Ordinal));
        ValueOptions().Select(d => string.Join(' ', (string[])d[0])).Distinct().Count().ShouldBe(CommandLines.Length);
    }

    // The parser tries a line that does not parse again with a command group's default command put in at each place; an
    // option missing its value took that command's internal name as its value, which the command then turned away
    // ("Invalid value '__default_command' for --date"), or a missing argument was reported, or the command ran.
    [Theory]
    [MemberData(nameof(ValueOptions))]
    public void Should_SayTheOptionNeedsAValue_WhenAValueOptionHasNone_LastOrBeforeAnotherOption(string[] command, string option)
    {
        using var temp = new TempDirectory();
        string[] line = [.. command.Select(a => a switch
        {
            "SUBMISSION" => Path.Combine(temp.Path, "submission.json"),
            "INPUT" => Path.Combine(temp.Path, "intake.jsonl"),
            "TARGET" => Path.Combine(temp.Path, "plugin"),
            "DIR" => Path.Combine(temp.Path, "out"),
            _ => a,
        })];

        var last = Wbench.Run(Wbench.Bare, [.. line, option]);
        var before = Wbench.Run(Wbench.Bare, option == "--lang" ? [.. line, "--lang", "en", option] : [.. line, option, "--lang", "en"]);

        last.Error.ShouldBe($"错误 WB4204: 命令行用法错误：选项 {option} 缺少值（使用 --help 查看用法）" + Environment.NewLine, last.All);
        before.Error.ShouldBe($"error WB4204: Usage error: the option {option} needs a value (see --help)" + Environment.NewLine, before.All);
        foreach (var run in new[] { last, before })
        {
            run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
            run.Out.ShouldBeEmpty();
            run.All.ShouldNotContain("__default_command");
        }

        Directory.EnumerateFileSystemEntries(temp.Path).ShouldBeEmpty();
        Path.Exists("__default_command").ShouldBeFalse();
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

    // Malformed command lines of every command: whatever the parser's tries make of them, nothing printed names the
    // internal name of a group's default command, and none ends in an internal error.
    [Fact]
    public void Should_NeverPrintTheDefaultCommandsInternalName_ForMalformedCommandLines()
    {
        using var temp = new TempDirectory();
        var random = new Random(20260412);
        string[] words =
        [
            "--out", "-o", "--bogus", "-x", "PATH", "--", "--lang", "en", "--date", "2025-01-01", "template", "export", "list",
            "check", "generate", "--details", "--top", "--force", "-f", "--plugins", "--period", "--sector", "-s", "--count",
            "--db", "--category", "--parallel", "--read-only", "--format", "--out=", "-", "--help", "--help=1", "--lang=",
        ];
        string[][] starts = [["assess"], ["batch"], ["samples"], ["leaders"], ["history"], ["compare"], ["plugins"], ["indicators"], ["standards"], ["templates"], []];
        var missingValues = 0;
        for (var i = 0; i < 200; i++)
        {
            string[] line =
            [
                .. starts[random.Next(starts.Length)],
                .. Enumerable.Range(0, random.Next(1, 6)).Select(_ => words[random.Next(words.Length)])
                    .Select(w => w == "PATH" ? Path.Combine(temp.Path, "p" + random.Next(3)) : w),
            ];

            var run = Wbench.Run(Wbench.Bare, line);

            run.All.ShouldNotContain("__default_command", customMessage: string.Join(' ', line));
            run.ExitCode.ShouldNotBe(ExitCodes.InternalError, string.Join(' ', line) + Environment.NewLine + run.All);
            run.ShouldHaveNoStackTrace();
            missingValues += run.Error.Contains("缺少值", StringComparison.Ordinal) || run.Error.Contains("needs a value", StringComparison.Ordinal) ? 1 : 0;
        }

        // The lines the parser's tries made parse with the internal name as a value are among them.
        missingValues.ShouldBeGreaterThan(20);
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
