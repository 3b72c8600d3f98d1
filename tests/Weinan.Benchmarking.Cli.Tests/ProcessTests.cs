using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// The built executable as a user runs it, in its own process: its runtime settings (expression trees interpreted, not
/// compiled), the plugins beside it loading in the background while the command line is parsed, and the outputs, which
/// must equal the approved files of the reporting tests.
/// </summary>
public sealed class ProcessTests
{
    private const string Date = "2026-11-27";

    private static readonly string Infant = TestPaths.TextilesSample("infant-bodysuit");

    [Fact]
    public void Should_WriteTheApprovedResultJson_When_RunAsItsOwnProcess()
    {
        var (code, output, error) = Run("assess", Infant, "--format", "json", "--date", Date);

        code.ShouldBe(ExitCodes.Ok, error);
        error.ShouldBeEmpty();
        output.ShouldBe(Approved("sample-infant-bodysuit.approved.json"));
    }

    [Fact]
    public void Should_WriteTheApprovedHtmlReport_When_RunAsItsOwnProcess()
    {
        using var temp = new TempDirectory();
        var report = Path.Combine(temp.Path, "report.html");

        var (code, output, error) = Run("assess", Infant, "--format", "html", "--out", report, "--date", Date, "--lang", "en");

        code.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("report.html");
        File.ReadAllText(report).ShouldBe(Approved("sample-infant-bodysuit.en.approved.html"));
    }

    [Fact]
    public void Should_ListTheTextilesPluginBesideTheExecutable_When_RunAsItsOwnProcess()
    {
        var (code, output, error) = Run("plugins", "list", "--lang", "en");

        code.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("textiles");
    }

    [Fact]
    public void Should_WriteIssuesToStandardError_When_RunAsItsOwnProcess()
    {
        using var temp = new TempDirectory();
        var missing = Path.Combine(temp.Path, "missing.json");

        var (code, output, error) = Run("assess", missing, "--date", Date);

        code.ShouldBe(ExitCodes.InputError);
        output.ShouldBeEmpty();
        error.ShouldBe($"错误 WB4201 {missing}: 文件或文件夹不存在：{missing}\n");
    }

    private static string Approved(string name) =>
        File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "Weinan.Benchmarking.Reporting.Tests", "Approved", name));

    private static (int Code, string Output, string Error) Run(params string[] args) => WbenchProcess.Run(args);
}
