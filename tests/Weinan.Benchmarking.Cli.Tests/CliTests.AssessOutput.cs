using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>What assess does with a result; the engine is replaced by <see cref="FakeEngine"/>.</summary>
public sealed partial class CliTests
{
    [Fact]
    public void Should_WriteOnlyTheResultJsonToStandardOutput_When_FormatIsJsonWithoutOut()
    {
        using var temp = new TempDirectory();
        var file = temp.File("submission.json", Submission("fixture", "ph"));
        var engine = new FakeEngine(failing: false);

        var run = Wbench.Run(Wbench.Bare, false, engine.Assess, "assess", file, "--plugins", GoodPlugin, "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Error.ShouldBeEmpty();
        var result = Weinan.Benchmarking.Sdk.Json.BenchmarkJson.Deserialize<AssessmentResult>(run.Out).Value.ShouldNotBeNull();
        result.SubmissionId.ShouldBe("test-1");
        result.Level.Rung.ShouldBe("compliant");
    }

    [Fact]
    public void Should_ExitWithFailed_And_WriteTheFile_When_TheProductFails()
    {
        using var temp = new TempDirectory();
        var file = temp.File("submission.json", Submission("fixture", "ph"));
        var output = Path.Combine(temp.Path, "out", "result.json");

        var run = Wbench.Run(Wbench.Bare, false, new FakeEngine(failing: true).Assess, "assess", file, "--plugins", GoodPlugin, "--out", output, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.All);
        File.ReadAllText(output).ShouldContain("\"failing\": true");
        run.Out.ShouldContain("Not compliant");
    }

    [Fact]
    public void Should_PassTheOptions_And_TheMergedCatalog_ToTheEngine()
    {
        using var temp = new TempDirectory();
        var file = temp.File("submission.json", Submission("fixture", "lead"));
        var catalog = temp.File("extra.json", CatalogFiles.Extra);
        var engine = new FakeEngine(failing: false);

        var run = Wbench.Run(Wbench.Bare, false, engine.Assess, "assess", file, "--plugins", GoodPlugin, "--catalog", catalog, "--format", "json",
            "--date", "2025-06-30", "--method", "rounded", "--decision-rule", "non-binary", "--guard-band", "0.5", "--target-tier", "domestic-leading");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        engine.Catalog.ShouldNotBeNull().Indicators.Select(i => i.Id).ShouldBe(["ph", "lead"]);
        engine.Catalogs.ShouldNotBeNull().Select(c => c.Id).ShouldBe(["fixture", "fixture-extra"]);
        var options = engine.Options.ShouldNotBeNull();
        options.AssessmentDate.ShouldBe(new DateOnly(2025, 6, 30));
        options.DefaultMethod.ShouldBe(JudgementMethod.Rounded);
        options.DecisionRule.ShouldBe(new DecisionRule { Kind = DecisionRuleKind.NonBinary, GuardBandFactor = "0.5" });
        options.TargetRung.ShouldBe("domestic-leading");
    }

    [Fact]
    public void Should_DefaultTheAssessmentDateToToday()
    {
        using var temp = new TempDirectory();
        var file = temp.File("submission.json", Submission("fixture", "ph"));
        var engine = new FakeEngine(failing: false);

        Wbench.Run(Wbench.Bare, false, engine.Assess, "assess", file, "--plugins", GoodPlugin, "--format", "json").ExitCode.ShouldBe(ExitCodes.Ok);

        var date = engine.Options.ShouldNotBeNull().AssessmentDate;
        Math.Abs(date.DayNumber - DateOnly.FromDateTime(DateTime.Now).DayNumber).ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public void Should_PrintASummaryWithTheLevelFailingIndicatorsGapsAndAHint_When_NoFormatIsGiven()
    {
        using var temp = new TempDirectory();
        var file = temp.File("submission.json", Submission("fixture", "ph"));

        var run = Wbench.Run(Wbench.Bare, true, new FakeEngine(failing: true).Assess, "assess", file, "--plugins", GoodPlugin);

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.All);
        run.Console.ShouldContain("总体水平：未达标");
        run.Console.ShouldContain("未达标指标");
        run.Console.ShouldContain("8.2");
        run.Console.ShouldContain("主要差距");
        run.Console.ShouldContain("--format html --out report.html");
    }
}
