using System.Runtime.CompilerServices;
using Weinan.Benchmarking.Plugins.Textiles;
using Weinan.Benchmarking.Reporting.Model;
using Weinan.Benchmarking.Reporting.Tests.Support;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Reporting.Tests;

/// <summary>
/// Golden files for the shipped textiles samples through the real pipeline: the plugin's catalog, the engine, the JSON
/// writer and the default templates, in both languages. Approve deliberate changes with WBENCH_APPROVE=1.
/// </summary>
public class SampleReportTests
{
    private static readonly Lazy<Catalog> TextilesCatalog = new(() =>
        BenchmarkJson.Deserialize<Catalog>(new TextilesPlugin().ReadCatalogJson()).Value!);

    private static readonly Lazy<ReportRenderer> Renderer = new(() => ReportRenderer.Load().Renderer!);

    private static readonly string[] Samples = ["infant-bodysuit", "cotton-shirt", "curtain", "children-tshirt", "polo-shirt", "baby-sleeping-bag"];

    public static TheoryData<string> SampleNames() => new(Samples);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in Samples)
        {
            data.Add(sample, "zh-CN");
            data.Add(sample, "en");
        }

        return data;
    }

    private static AssessmentResult Assess(string sample, [CallerFilePath] string here = "")
    {
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "samples", "textiles", sample + ".json"));
        var submission = BenchmarkJson.Deserialize<Submission>(File.ReadAllText(path)).Value!;
        return Assessor.Assess(submission, TextilesCatalog.Value, new AssessmentOptions { AssessmentDate = new DateOnly(2026, 11, 27) },
            catalogs: [new CatalogReference("textiles", "2.0.0")]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Match_The_Approved_Html(string sample, string language) =>
        ReportApprovals.Verify(Renderer.Value.Render(Assess(sample), ReportFormat.Html, language), $"sample-{sample}.{language}", "html");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Match_The_Approved_Markdown(string sample, string language) =>
        ReportApprovals.Verify(Renderer.Value.Render(Assess(sample), ReportFormat.Markdown, language), $"sample-{sample}.{language}", "md");

    /// <summary>
    /// The cotton shirt with its formaldehyde reported in % rather than mg/kg (0.0082 % ± 0.0006 = 82 ± 6 mg/kg): the same
    /// product in another unit the built-in table converts.
    /// </summary>
    private static AssessmentResult AssessInPercent([CallerFilePath] string here = "")
    {
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "samples", "textiles", "cotton-shirt.json"));
        var submission = BenchmarkJson.Deserialize<Submission>(File.ReadAllText(path)).Value!;
        submission = submission with
        {
            Results = [.. submission.Results.Select(r => r.IndicatorId == "formaldehyde" ? r with { Value = "0.0082", Unit = "%", Uncertainty = "0.0006" } : r)],
        };
        return Assessor.Assess(submission, TextilesCatalog.Value, new AssessmentOptions { AssessmentDate = new DateOnly(2026, 11, 27) },
            catalogs: [new CatalogReference("textiles", "2.0.0")]);
    }

    public static TheoryData<string> Languages() => new(["zh-CN", "en"]);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Should_Match_The_Approved_Html_Of_A_Value_In_Another_Unit(string language) =>
        ReportApprovals.Verify(Renderer.Value.Render(AssessInPercent(), ReportFormat.Html, language), $"sample-cotton-shirt-percent.{language}", "html");

    [Theory]
    [MemberData(nameof(Languages))]
    public void Should_Match_The_Approved_Markdown_Of_A_Value_In_Another_Unit(string language) =>
        ReportApprovals.Verify(Renderer.Value.Render(AssessInPercent(), ReportFormat.Markdown, language), $"sample-cotton-shirt-percent.{language}", "md");

    [Theory]
    [InlineData("zh-CN", "甲醛含量：测定值 82 mg/kg，对照 3 项限值")]
    [InlineData("en", "Formaldehyde content: measured 82 mg/kg against 3 limit(s)")]
    public void Should_Show_A_Value_In_Another_Unit_As_Submitted_And_In_The_Indicator_Unit(string language, string chart)
    {
        var percent = AssessInPercent();
        var formaldehyde = percent.Indicators.Single(i => i.IndicatorId == "formaldehyde");
        var html = Renderer.Value.Render(percent, ReportFormat.Html, language);
        var markdown = Renderer.Value.Render(percent, ReportFormat.Markdown, language);

        formaldehyde.SubmittedUnit.ShouldBe("%");
        formaldehyde.ValueInUnit.ShouldBe("82");
        formaldehyde.Judgements.Where(j => j.Verdict != Verdict.Indeterminate).Select(j => $"{j.ComparedValue}:{j.Conversion}")
            .ShouldBe(["82:% → mg/kg ×10000", "82:% → mg/kg ×10000"]);
        ReportModelBuilder.SubmittedUnitText(formaldehyde).ShouldBe("% (= 82 mg/kg)");

        // The value as submitted with its unit and its value in the indicator's unit, U in the unit it was given in; the
        // judgements show the converted value alone; the gap names the value as submitted, not in the limit's unit.
        markdown.ShouldContain("| 0.0082 % (= 82 mg/kg) (U = 0.0006 %) | mg/kg |");
        markdown.ShouldContain("| ≤ 75 mg/kg | 82 |");
        markdown.ShouldNotContain("(0.0082)");
        markdown.ShouldContain("| 0.0082 % (= 82 mg/kg) | **≤ 50 mg/kg** | 32 mg/kg | 64 % |");
        markdown.ShouldNotContain("0.0082 mg/kg");
        html.ShouldContain("<strong>0.0082</strong> % (= 82 mg/kg) <span class=\"muted\">(U = 0.0006 %)</span>");
        html.ShouldNotContain("0.0082 mg/kg");
        html.ShouldContain($"aria-label=\"{chart}\"");
    }

    [Fact]
    public void Should_Draw_The_Marker_Of_A_Value_In_Another_Unit_Where_The_Same_Value_In_The_Indicator_Unit_Stands()
    {
        ChartView Chart(AssessmentResult result) =>
            ReportModelBuilder.Build(result, ReportFormat.Html, "en").Indicators.Single(i => i.Id == "formaldehyde").Chart!;

        var inPercent = Chart(AssessInPercent());
        var inMgPerKg = Chart(Assess("cotton-shirt"));

        inPercent.HasMarker.ShouldBeTrue();
        inPercent.MarkerX.ShouldBe(inMgPerKg.MarkerX);
        inPercent.MarkerLabel.ShouldBe("82 mg/kg");
        inPercent.Ticks.ShouldBe(inMgPerKg.Ticks);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Should_Match_The_Approved_Json(string sample) =>
        ReportApprovals.Verify(BenchmarkJson.Serialize(Assess(sample)) + "\n", $"sample-{sample}", "json");
}
