using System.Globalization;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Plugins.Textiles.Tests;

/// <summary>Loads the plugin's catalog and the shipped samples once.</summary>
internal static class TextilesFixture
{
    private static readonly Lazy<JsonReadResult<Catalog>> CatalogRead =
        new(() => BenchmarkJson.Deserialize<Catalog>(new TextilesPlugin().ReadCatalogJson(), "catalog.json"));

    public static JsonReadResult<Catalog> CatalogResult => CatalogRead.Value;

    public static Catalog Catalog => CatalogRead.Value.Value ?? throw new InvalidOperationException("The catalog could not be read.");

    public static readonly string[] SampleNames = ["infant-bodysuit", "cotton-shirt", "curtain", "children-tshirt", "polo-shirt", "baby-sleeping-bag"];

    public static string SamplePath(string name) => Path.Combine(RepositoryRoot(), "samples", "textiles", name + ".json");

    public static JsonReadResult<Submission> ReadSample(string name)
    {
        var path = SamplePath(name);
        return BenchmarkJson.Deserialize<Submission>(File.ReadAllText(path), path);
    }

    public static Submission Sample(string name) =>
        ReadSample(name).Value ?? throw new InvalidOperationException($"Sample {name} could not be read.");

    public static Requirement Requirement(string id) => Catalog.Requirements.Single(r => r.Id == id);

    public static Indicator Indicator(string id) => Catalog.Indicators.Single(i => i.Id == id);

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

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
