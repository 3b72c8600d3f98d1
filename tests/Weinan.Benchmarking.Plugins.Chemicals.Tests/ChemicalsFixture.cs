using System.Globalization;
using System.Runtime.CompilerServices;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Plugins.Chemicals.Tests;

/// <summary>Loads the plugin's catalog and the shipped samples once, and assesses with the real engine.</summary>
internal static class ChemicalsFixture
{
    public static readonly DateOnly AssessmentDate = new(2026, 11, 27);

    public static readonly ChemicalsPlugin Plugin = new();

    private static readonly Lazy<JsonReadResult<Catalog>> CatalogRead =
        new(() => BenchmarkJson.Deserialize<Catalog>(Plugin.ReadCatalogJson(), "catalog.json"));

    public static JsonReadResult<Catalog> CatalogResult => CatalogRead.Value;

    public static Catalog Catalog => CatalogRead.Value.Value ?? throw new InvalidOperationException("The catalog could not be read.");

    public static readonly string[] SampleNames = ["methanol-first-grade", "coke-oven-gas-methanol", "methanol-superior-grade", "methanol-export-superior"];

    public static JsonReadResult<Submission> ReadSample(string name, [CallerFilePath] string here = "")
    {
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "samples", "chemicals", name + ".json"));
        return BenchmarkJson.Deserialize<Submission>(File.ReadAllText(path), path);
    }

    public static Submission Sample(string name) =>
        ReadSample(name).Value ?? throw new InvalidOperationException($"Sample {name} could not be read.");

    public static AssessmentResult Assess(Submission submission) =>
        Assessor.Assess(submission, Catalog, new AssessmentOptions { AssessmentDate = AssessmentDate }, Plugin.DerivedIndicators);

    public static AssessmentResult Assess(string sample) => Assess(Sample(sample));

    /// <summary>The sample with the value of one result (an indicator measured by one method) changed.</summary>
    public static Submission WithValue(Submission sample, string indicator, string method, string value) => sample with
    {
        Results = [.. sample.Results.Select(r => r.IndicatorId == indicator && r.TestMethod == method ? r with { Value = value } : r)],
    };

    public static Requirement Requirement(string id) => Catalog.Requirements.Single(r => r.Id == id);

    public static Indicator Indicator(string id) => Catalog.Indicators.Single(i => i.Id == id);

    public static IndicatorResult Result(AssessmentResult result, string indicator) => result.Indicators.Single(i => i.IndicatorId == indicator);

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
