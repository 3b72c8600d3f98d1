using System.Runtime.CompilerServices;
using Weinan.Benchmarking.Plugins.Textiles;
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

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Should_Match_The_Approved_Json(string sample) =>
        ReportApprovals.Verify(BenchmarkJson.Serialize(Assess(sample)) + "\n", $"sample-{sample}", "json");
}
