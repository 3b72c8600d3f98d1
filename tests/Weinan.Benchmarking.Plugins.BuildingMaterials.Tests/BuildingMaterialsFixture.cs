using System.Globalization;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Plugins.BuildingMaterials.Tests;

/// <summary>Loads the plugin's catalog and the shipped samples once, and assesses them with the real engine.</summary>
internal static class BuildingMaterialsFixture
{
    public static BuildingMaterialsPlugin Plugin { get; } = new();

    private static readonly Lazy<JsonReadResult<Catalog>> CatalogRead =
        new(() => BenchmarkJson.Deserialize<Catalog>(Plugin.ReadCatalogJson(), "catalog.json"));

    public static JsonReadResult<Catalog> CatalogResult => CatalogRead.Value;

    public static Catalog CementCatalog => CatalogRead.Value.Value ?? throw new InvalidOperationException("The catalog could not be read.");

    /// <summary>The assessment date every shipped result is pinned on.</summary>
    public static readonly DateOnly AssessmentDate = new(2026, 11, 27);

    public static readonly string[] SampleNames = ["bagged-po-42-5", "bulk-po-42-5r", "bagged-po-52-5"];

    /// <summary>A shipped sample, copied from <c>samples/building-materials/</c> into the test output by the project file.</summary>
    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name + ".json");

    public static JsonReadResult<Submission> ReadSample(string name)
    {
        var path = SamplePath(name);
        return BenchmarkJson.Deserialize<Submission>(File.ReadAllText(path), path);
    }

    public static Submission Sample(string name) =>
        ReadSample(name).Value ?? throw new InvalidOperationException($"Sample {name} could not be read.");

    /// <summary>Assesses with the real engine and the plugin's derived indicators.</summary>
    public static AssessmentResult Assess(Submission submission, DateOnly? date = null) =>
        Assessor.Assess(submission, CementCatalog, new AssessmentOptions { AssessmentDate = date ?? AssessmentDate }, Plugin.DerivedIndicators);

    public static AssessmentResult Assess(string sample) => Assess(Sample(sample));

    public static Requirement Requirement(string id) => CementCatalog.Requirements.Single(r => r.Id == id);

    public static Indicator Indicator(string id) => CementCatalog.Indicators.Single(i => i.Id == id);

    public static IndicatorResult Indicator(AssessmentResult result, string id) => result.Indicators.Single(i => i.IndicatorId == id);

    /// <summary>The sample with every result of <paramref name="indicator"/> (of <paramref name="method"/>, if given) changed.</summary>
    public static Submission WithResult(Submission s, string indicator, Func<MeasuredResult, MeasuredResult> change, string? method = null) =>
        s with
        {
            Results = [.. s.Results.Select(r => r.IndicatorId == indicator && (method is null || r.TestMethod == method) ? change(r) : r)],
        };

    public static Submission Without(Submission s, params string[] indicators) =>
        s with { Results = [.. s.Results.Where(r => !indicators.Contains(r.IndicatorId))] };

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
