using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>What a check finds and how input errors read: one coded line in the output language, no runtime English.</summary>
public sealed partial class CliTests
{
    [Fact]
    public void Should_FailTheCheckOfAPlugin_WhoseReportPartialDoesNotParse_NamingFileAndLine()
    {
        var run = Wbench.Run(Wbench.Bare, "plugins", "check", TestPaths.Fixture(TestPaths.BadPartial), "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.All);
        run.Error.ShouldContain($"error WB5001 {Path.Combine(TestPaths.Fixture(TestPaths.BadPartial), TestPaths.BadPartial + ".dll")}#bad-notes.sbn-html:2:");
        run.Error.ShouldNotContain("good-notes");
        run.Out.ShouldContain("Check failed: 1 error(s)");
    }

    [Fact]
    public void Should_PassTheCheckOfTheTextilesPlugin_PartialsIncluded()
    {
        var run = Wbench.Run(Wbench.Bare, "plugins", "check", Path.Combine(TestPaths.CliOutput, "plugins", "Weinan.Benchmarking.Plugins.Textiles"));

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Should_SayASubmissionIsNotACatalog_WhenCheckedOrMergedAsOne()
    {
        var check = Wbench.Run(Wbench.Bare, "plugins", "check", Infant, "--lang", "en");
        var merge = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--catalog", Shirt, "--date", Date);

        check.ExitCode.ShouldBe(ExitCodes.Failed, check.All);
        check.Error.ShouldBe($"error {IssueCodes.NotACatalog} {Infant}: This is not a catalog: it has no standards, indicators, requirements, " +
                             "product classes, conversions or ladder; it looks like a submission (assess it with wbench assess)." + Environment.NewLine);
        check.Out.ShouldContain("Check failed");
        merge.ExitCode.ShouldBe(ExitCodes.InputError, merge.All);
        merge.Error.ShouldContain($"错误 {IssueCodes.NotACatalog} {Shirt}: 这不是目录");
    }

    [Theory]
    [InlineData("[]", "zh-CN", "JSON 格式错误：此处应为 JSON 对象 {…}，而不是数组")]
    [InlineData("[]", "en", "Malformed JSON: a JSON object {…} is expected here, not an array")]
    [InlineData("""{ "schemaVersion": "1.0", "results": {} }""", "en", "[results]: Malformed JSON: an array […] is expected here, not a JSON object")]
    [InlineData("""{ "schemaVersion": "1.0", "results": [ { "evidence": "lab" } ] }""", "en",
        "[results[0].evidence]: Malformed JSON: \"lab\" is not an allowed value (allowed: declared, selfTested, accreditedLab, independentlyVerified)")]
    [InlineData("""{ "schemaVersion": "1.0", "results": [ { "belowDetectionLimit": "yes" } ] }""", "zh-CN",
        "[results[0].belowDetectionLimit]: JSON 格式错误：此处应为 true 或 false，而不是 yes")]
    [InlineData("{ \"id\": \"x\" \"sector\": \"fixture\" }", "en", "Malformed JSON: unexpected character after a value (a missing comma?) '\"'")]
    public void Should_WordMalformedJsonOnOneLine_InTheOutputLanguage(string json, string language, string message)
    {
        using var temp = new TempDirectory();
        var file = temp.File("input.json", json);

        var run = Wbench.Run(Wbench.Bare, "assess", file, "--plugins", GoodPlugin, "--lang", language);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        var line = run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
        line.ShouldContain(" WB1001 " + file + ":1:");
        line.ShouldEndWith(message);
        line.ShouldNotContain("Weinan.");
        line.ShouldNotContain("Path '");
    }

    [Theory]
    [InlineData(typeof(UnauthorizedAccessException), "permission denied")]
    [InlineData(typeof(DirectoryNotFoundException), "a folder on the path does not exist")]
    [InlineData(typeof(PathTooLongException), "the path is too long")]
    [InlineData(typeof(IOException), "an input/output error occurred")]
    public void Should_WordFileSystemFailuresWithoutTheRuntimesText(Type exception, string en)
    {
        var why = FileErrors.Describe((Exception)Activator.CreateInstance(exception, "Could not find a part of the path '/tmp/.x.1234.tmp'.")!);

        why.En.ShouldBe(en);
        why.Zh.ShouldNotBeNullOrWhiteSpace();
        (why.Zh + why.En).ShouldNotContain("tmp");
    }

    [Fact]
    public void Should_SayNoSpaceIsLeft_When_TheDeviceIsFull()
    {
        FileErrors.Describe(new IOException("No space left on device", 28)).ShouldBe(new("磁盘空间不足", "no space is left on the device"));
    }
}
