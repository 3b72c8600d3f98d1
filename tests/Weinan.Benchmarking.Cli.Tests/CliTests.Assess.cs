using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

public sealed partial class CliTests
{
    private static readonly string GoodPlugin = TestPaths.Fixture(TestPaths.Good);

    [Fact]
    public void Should_ExitWithInputError_When_TheSubmissionFileIsMissing()
    {
        var run = Wbench.Run(Wbench.Bare, "assess", "/no/such/submission.json", "--plugins", GoodPlugin, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain(IssueCodes.FileNotFound);
        run.Error.ShouldContain("/no/such/submission.json");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_ShowLineAndColumn_When_TheSubmissionIsMalformedJson()
    {
        using var temp = new TempDirectory();
        var file = temp.File("broken.json", "{\n  \"sector\": \"fixture\",\n  \"results\": [ { \"indicatorId\": \"ph\" \"value\": \"5.0\" } ]\n}\n");

        var run = Wbench.Run(Wbench.Bare, "assess", file, "--plugins", GoodPlugin);

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain("WB1001");
        run.Error.ShouldMatch(@"broken\.json:3:\d+");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_NameTheIndicator_When_ASubmissionUsesAnUnknownIndicator()
    {
        using var temp = new TempDirectory();
        var file = temp.File("unknown-indicator.json", Submission("fixture", "no-such-indicator"));

        var run = Wbench.Run(Wbench.Bare, "assess", file, "--plugins", GoodPlugin, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain("no-such-indicator");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_ListTheSectorsLoaded_When_ASubmissionNamesAnUnknownSector()
    {
        using var temp = new TempDirectory();
        var file = temp.File("unknown-sector.json", Submission("cement", "ph"));

        var run = Wbench.Run(TestPaths.CliOutput, "assess", file, "--plugins", GoodPlugin, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain(IssueCodes.UnknownSector);
        run.Error.ShouldContain("'cement'");
        run.Error.ShouldMatch(@"fixture, ([a-z-]+, )*textiles");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_ExitWithPluginLoadFailure_When_TheSectorIsUnknown_And_APluginFailedToLoad()
    {
        using var temp = new TempDirectory();
        var file = temp.File("future.json", Submission("future", "ph"));

        var run = Wbench.Run(Wbench.Bare, "assess", file, "--plugins", TestPaths.FixturePlugins);

        run.ExitCode.ShouldBe(ExitCodes.PluginLoadFailure);
        run.Error.ShouldContain(IssueCodes.PluginContractNewer);
        run.Error.ShouldContain(IssueCodes.UnknownSector);
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--method", "approximate")]
    [InlineData("--decision-rule", "strict")]
    [InlineData("--guard-band", "-1")]
    [InlineData("--date", "30/06/2025")]
    [InlineData("--lang", "fr")]
    public void Should_ExitWithInputError_When_AnOptionValueIsInvalid(string option, string value)
    {
        var run = Wbench.Run(Wbench.Bare, "assess", "submission.json", option, value);

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain(IssueCodes.InvalidOption);
        run.Error.ShouldContain(option);
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_ExitWithInputError_When_TheCommandLineCannotBeParsed()
    {
        var run = Wbench.Run(Wbench.Bare, "assess", "--no-such-option");

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain(IssueCodes.InvalidOption);
        run.ShouldHaveNoStackTrace();
    }

    [Theory]
    [InlineData("directory-as-submission", ExitCodes.InputError, IssueCodes.FileUnreadable)]
    [InlineData("directory-as-catalog", ExitCodes.InputError, IssueCodes.FileUnreadable)]
    [InlineData("empty-submission", ExitCodes.InputError, "WB1002")]
    [InlineData("array-submission", ExitCodes.InputError, "WB1001")]
    [InlineData("out-is-a-directory", ExitCodes.OutputError, IssueCodes.OutputFailed)]
    [InlineData("templates-is-a-file", ExitCodes.InputError, "WB5002")]
    [InlineData("unknown-command", ExitCodes.InputError, IssueCodes.InvalidOption)]
    public void Should_PrintAnIssue_AndNoStackTrace_When_TheUserGivesSomethingOdd(string @case, int exitCode, string code)
    {
        using var temp = new TempDirectory();
        var submission = temp.File("submission.json", Submission("fixture", "ph"));
        string[] args = @case switch
        {
            "directory-as-submission" => ["assess", temp.Path],
            "directory-as-catalog" => ["assess", submission, "--catalog", temp.Path],
            "empty-submission" => ["assess", temp.File("empty.json", "")],
            "array-submission" => ["assess", temp.File("array.json", "[]")],
            "out-is-a-directory" => ["assess", submission, "--format", "json", "--out", temp.Path],
            "templates-is-a-file" => ["assess", submission, "--format", "html", "--out", Path.Combine(temp.Path, "r.html"), "--templates", submission],
            _ => ["assess-all-the-things", submission],
        };

        foreach (var rich in new[] { false, true })
        {
            var run = Wbench.Run(Wbench.Bare, rich, [.. args, "--plugins", GoodPlugin, "--lang", "en"]);

            run.ExitCode.ShouldBe(exitCode, run.All);
            run.All.ShouldContain("error " + code);
            run.ShouldHaveNoStackTrace();
        }
    }

    [Fact]
    public void Should_RefuseACatalogFileThatRedefinesAnId()
    {
        using var temp = new TempDirectory();
        var catalog = temp.File("dup.json", CatalogFiles.Duplicate);
        var file = temp.File("submission.json", Submission("fixture", "ph"));

        var run = Wbench.Run(Wbench.Bare, "assess", file, "--plugins", GoodPlugin, "--catalog", catalog);

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain("WB4102");
        run.Error.ShouldContain("dup.json");
    }

    [Fact]
    public void Should_ExitWithInputError_When_TheCatalogFileIsMissing()
    {
        using var temp = new TempDirectory();
        var file = temp.File("submission.json", Submission("fixture", "ph"));

        var run = Wbench.Run(Wbench.Bare, "assess", file, "--plugins", GoodPlugin, "--catalog", "/no/such/catalog.json");

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain(IssueCodes.FileNotFound);
    }

    [Fact]
    public void Should_ShowHelpWithExamples_ForEachCommand()
    {
        string[][] commands = [["assess"], ["plugins", "list"], ["plugins", "check"], ["indicators"], ["standards"], ["templates", "export"]];
        foreach (var command in commands)
        {
            var run = Wbench.Run(Wbench.Bare, [.. command, "--help"]);

            run.ExitCode.ShouldBe(ExitCodes.Ok);
            run.Console.ShouldContain("EXAMPLES:", customMessage: string.Join(' ', command));
        }
    }

    private static string Submission(string sector, string indicator) => $$"""
        {
          "schemaVersion": "1.0",
          "id": "test-1",
          "sector": "{{sector}}",
          "enterprise": { "name": "渭南测试有限公司" },
          "product": { "name": "Test product", "productClass": "any" },
          "results": [ { "indicatorId": "{{indicator}}", "value": "5.0" } ]
        }
        """;
}
