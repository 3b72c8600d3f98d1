using System.Globalization;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Plugins.FoodProcessing.Tests;

/// <summary>Loads the plugin, its catalog and the shipped samples once, and assesses them with the real engine.</summary>
internal static class FoodFixture
{
    public static readonly FoodProcessingPlugin Plugin = new();

    private static readonly Lazy<JsonReadResult<Catalog>> CatalogRead =
        new(() => BenchmarkJson.Deserialize<Catalog>(Plugin.ReadCatalogJson(), "catalog.json"));

    public static readonly AssessmentOptions Options = new() { AssessmentDate = new DateOnly(2026, 11, 27) };

    public static readonly string[] SampleNames = ["goat-milk-powder", "goat-milk-powder-label", "apple-juice-concentrate-patulin", "apple-juice-concentrate"];

    public static JsonReadResult<Catalog> CatalogResult => CatalogRead.Value;

    public static Catalog Catalog => CatalogRead.Value.Value ?? throw new InvalidOperationException("The catalog could not be read.");

    public static JsonReadResult<Submission> ReadSample(string name)
    {
        // The shipped samples are copied beside the tests (see the project file).
        var path = Path.Combine(AppContext.BaseDirectory, "samples", name + ".json");
        return BenchmarkJson.Deserialize<Submission>(File.ReadAllText(path), path);
    }

    public static Submission Sample(string name) =>
        ReadSample(name).Value ?? throw new InvalidOperationException($"Sample {name} could not be read.");

    public static AssessmentResult Assess(Submission submission) => Assessor.Assess(submission, Catalog, Options, Plugin.DerivedIndicators);

    public static AssessmentResult Assess(string sample) => Assess(Sample(sample));

    public static Requirement Requirement(string id) => Catalog.Requirements.Single(r => r.Id == id);

    public static IndicatorResult Indicator(AssessmentResult result, string id) => result.Indicators.Single(i => i.IndicatorId == id);

    public static Submission WithResult(Submission s, string indicator, Func<MeasuredResult, MeasuredResult> change) =>
        s with { Results = [.. s.Results.Select(r => r.IndicatorId == indicator ? change(r) : r)] };

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
