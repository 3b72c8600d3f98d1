using Weinan.Benchmarking.Plugins.BuildingMaterials;
using Weinan.Benchmarking.Plugins.Chemicals;
using Weinan.Benchmarking.Plugins.FoodProcessing;
using Weinan.Benchmarking.Plugins.Metallurgy;
using Weinan.Benchmarking.Plugins.Textiles;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Reporting.Tests.Support;

/// <summary>
/// Every shipped sample of every sector (<c>samples/*/*.json</c>, copied beside the tests by the project file), assessed
/// as the CLI does: the sector plugin's catalog and derived indicators, the real engine, and a renderer with the
/// plugin's report partials.
/// </summary>
internal static class SectorSamples
{
    /// <summary>The assessment date every sample is assessed on.</summary>
    public static readonly DateOnly AssessmentDate = new(2026, 11, 27);

    private static readonly ISectorPlugin[] Plugins =
        [new TextilesPlugin(), new ChemicalsPlugin(), new MetallurgyPlugin(), new BuildingMaterialsPlugin(), new FoodProcessingPlugin()];

    private static readonly Lazy<IReadOnlyList<(ISectorPlugin Plugin, Catalog Catalog, ReportRenderer Renderer)>> Sectors = new(() =>
        Plugins.Select(p =>
        {
            var catalog = BenchmarkJson.Deserialize<Catalog>(p.ReadCatalogJson()).Value
                ?? throw new InvalidOperationException($"{p.GetType().Name}: the catalog could not be read.");
            var renderer = ReportRenderer.Load(null, p.ReportPartials).Renderer
                ?? throw new InvalidOperationException($"{p.GetType().Name}: the report partials do not load.");
            return (p, catalog, renderer);
        }).ToList());

    private static readonly Dictionary<string, Lazy<SectorSample>> Cache = Keys().ToDictionary(k => k, k => new Lazy<SectorSample>(() => Load(k)));

    /// <summary>Sample keys, <c>folder/name</c> (e.g. <c>textiles/infant-bodysuit</c>), sorted.</summary>
    public static IReadOnlyList<string> Keys()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "samples");
        return Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/')[..^".json".Length])
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every sample key with each report language.</summary>
    public static TheoryData<string, string> KeysAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var key in Keys())
        {
            data.Add(key, "zh-CN");
            data.Add(key, "en");
        }

        return data;
    }

    /// <summary>A sample, assessed once.</summary>
    public static SectorSample Get(string key) => Cache[key].Value;

    private static SectorSample Load(string key)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", key + ".json");
        var submission = BenchmarkJson.Deserialize<Submission>(File.ReadAllText(path), path).Value
            ?? throw new InvalidOperationException($"{key}: the sample could not be read.");
        var (plugin, catalog, renderer) = Sectors.Value.SingleOrDefault(s => s.Catalog.Sectors.Contains(submission.Sector, StringComparer.Ordinal));
        if (plugin is null)
        {
            throw new InvalidOperationException($"{key}: no plugin serves the sector '{submission.Sector}'.");
        }

        var result = Assessor.Assess(submission, catalog, new AssessmentOptions { AssessmentDate = AssessmentDate }, plugin.DerivedIndicators,
            [new CatalogReference(catalog.Id, catalog.Version)]);
        return new SectorSample(key, submission, catalog, result, renderer);
    }
}

/// <summary>A sample assessed with its sector's catalog, and the renderer with its sector's partials.</summary>
internal sealed record SectorSample(string Key, Submission Submission, Catalog Catalog, AssessmentResult Result, ReportRenderer Renderer)
{
    public string Render(ReportFormat format, string language) => Renderer.Render(Result, format, language);
}
