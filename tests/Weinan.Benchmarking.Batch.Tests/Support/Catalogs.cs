using System.Reflection;
using Weinan.Benchmarking.Batch.Generation;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Plugins.Chemicals;
using Weinan.Benchmarking.Plugins.Textiles;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Batch.Tests.Support;

/// <summary>Sector catalogs built from the plugins in memory, and batch plumbing over them.</summary>
internal static class Catalogs
{
    private static readonly Lazy<IReadOnlyDictionary<string, SectorCatalog>> BySector = new(() =>
        new ISectorPlugin[] { new TextilesPlugin(), new ChemicalsPlugin() }
            .Select(p => (Plugin: p, Catalog: BenchmarkJson.Deserialize<Catalog>(p.ReadCatalogJson()).Value!))
            .Select(p => new SectorCatalog(p.Catalog.Sectors[0], p.Catalog, p.Plugin.DerivedIndicators, p.Plugin.ReportPartials))
            .ToDictionary(c => c.Sector, StringComparer.Ordinal));

    public static SectorResolution Resolve(string sector) => BySector.Value.TryGetValue(sector, out var catalog)
        ? new SectorResolution(catalog, [])
        : new SectorResolution(null, [new Issue { Code = "WB4101", Message = new($"没有插件提供行业 {sector}。", $"No plugin serves sector {sector}.") }]);

    public static IntakeOptions Intake(string? defaultSector = null) => IntakeOptions.ForCatalogs(sector => Resolve(sector).Catalog?.Catalog, defaultSector, [.. BySector.Value.Keys.Order(StringComparer.Ordinal)]);

    public static AssessmentOptions Options { get; } = new() { AssessmentDate = new DateOnly(2026, 11, 27) };

    public static string RepositoryRoot { get; } = typeof(Catalogs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Samples(string sector) => Path.Combine(RepositoryRoot, "samples", sector);

    /// <summary>A sector's catalog with its shipped samples (in ordinal order of their files), for the sample generator.</summary>
    public static SectorSamples SectorSamples(string sector) => new(sector, Resolve(sector).Catalog!.Catalog,
        [.. Directory.GetFiles(Samples(sector), "*.json").Order(StringComparer.Ordinal).Select(f => BenchmarkJson.Deserialize<Submission>(File.ReadAllText(f)).Value!)]);

    /// <summary>Runs a batch over inputs into memory (and into <paramref name="sinks"/>): every item in order, and the totals.</summary>
    public static (IReadOnlyList<BatchItem> Items, BatchTotals Totals, BatchCounters Counters) Run(IEnumerable<string> inputs, string? defaultSector = null, int parallelism = 2,
        params IBatchSink[] sinks)
    {
        var counters = new BatchCounters();
        var sink = new Collect();
        var runner = new BatchRunner(Resolve, Options, parallelism);
        var totals = runner.Run(SubmissionSources.Read(inputs, Intake(defaultSector), counters), [sink, .. sinks], counters);
        return (sink.Items, totals, counters);
    }

    internal sealed class Collect : IBatchSink
    {
        public List<BatchItem> Items { get; } = [];

        public void Write(BatchItem item) => Items.Add(item);

        public void Complete(BatchTotals totals)
        {
        }
    }
}
