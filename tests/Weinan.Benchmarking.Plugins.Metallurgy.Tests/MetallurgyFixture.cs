using System.Globalization;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Plugins.Metallurgy.Tests;

/// <summary>Loads the plugin, its catalog and the shipped samples once, and assesses with the real engine.</summary>
internal static class MetallurgyFixture
{
    public static readonly DateOnly AssessmentDate = new(2026, 11, 27);

    public static readonly MetallurgyPlugin Plugin = new();

    private static readonly Lazy<JsonReadResult<Catalog>> CatalogRead =
        new(() => BenchmarkJson.Deserialize<Catalog>(Plugin.ReadCatalogJson(), "catalog.json"));

    public static JsonReadResult<Catalog> CatalogResult => CatalogRead.Value;

    public static Catalog Catalog => CatalogRead.Value.Value ?? throw new InvalidOperationException("The catalog could not be read.");

    public static readonly string[] SampleNames = ["hrb400e-d16", "hrb400e-d12", "hrb400e-d20", "hrb400-d25", "hrb500e-d32"];

    public static string SamplePath(string name) => Path.Combine(RepositoryRoot(), "samples", "metallurgy", name + ".json");

    public static JsonReadResult<Submission> ReadSample(string name)
    {
        var path = SamplePath(name);
        return BenchmarkJson.Deserialize<Submission>(File.ReadAllText(path), path);
    }

    public static Submission Sample(string name) =>
        ReadSample(name).Value ?? throw new InvalidOperationException($"Sample {name} could not be read.");

    /// <summary>Assesses with the real engine and the plugin's derived indicators.</summary>
    public static AssessmentResult Assess(Submission submission, DateOnly? date = null) =>
        Assessor.Assess(submission, Catalog, new AssessmentOptions { AssessmentDate = date ?? AssessmentDate }, Plugin.DerivedIndicators);

    public static AssessmentResult Assess(string sample, DateOnly? date = null) => Assess(Sample(sample), date);

    public static Requirement Requirement(string id) => Catalog.Requirements.Single(r => r.Id == id);

    public static Indicator Indicator(string id) => Catalog.Indicators.Single(i => i.Id == id);

    public static IDerivedIndicator Derived(string id) => Plugin.DerivedIndicators.Single(d => d.IndicatorId == id);

    public static IndicatorResult Result(AssessmentResult result, string indicator) => result.Indicators.Single(i => i.IndicatorId == indicator);

    public static Submission WithResult(Submission s, string indicator, Func<MeasuredResult, MeasuredResult> change) =>
        s with { Results = [.. s.Results.Select(r => r.IndicatorId == indicator ? change(r) : r)] };

    public static Submission Without(Submission s, string indicator) =>
        s with { Results = [.. s.Results.Where(r => r.IndicatorId != indicator)] };

    public static decimal Number(string text) =>
        decimal.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Weinan.Benchmarking.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No folder above the test output contains Weinan.Benchmarking.sln.");
    }
}
