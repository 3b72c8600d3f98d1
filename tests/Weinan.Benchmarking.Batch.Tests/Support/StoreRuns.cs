using System.Text.Json.Nodes;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Sdk.Pipeline;
using Weinan.Benchmarking.Store;

namespace Weinan.Benchmarking.Batch.Tests.Support;

/// <summary>Batches run into a store, and submissions written as JSONL lines from the samples.</summary>
internal static class StoreRuns
{
    /// <summary>
    /// Runs a batch over <paramref name="inputs"/> into the store at <paramref name="db"/>; the sink also prepares the
    /// submissions on the assessing threads, as the command has it, unless <paramref name="concurrent"/> is false.
    /// </summary>
    public static (BatchTotals Batch, StoreTotals Store) Run(string db, IReadOnlyList<string> inputs, Func<string, SectorResolution>? resolve = null,
        bool concurrent = true)
    {
        using var store = Open(db);
        var (sink, issues) = StoreSink.Start(store, Catalogs.Options, inputs, "0.0.0-test");
        issues.ShouldBeEmpty();
        using (sink)
        {
            var counters = new BatchCounters();
            var runner = new BatchRunner(resolve ?? Catalogs.Resolve, Catalogs.Options, parallelism: 2)
            {
                ConcurrentSinks = concurrent ? [sink!] : [],
            };
            var totals = runner.Run(SubmissionSources.Read(inputs, Catalogs.Intake(), counters), [sink!], counters);
            sink!.Issues.ShouldBeEmpty();
            return (totals, sink.Totals);
        }
    }

    public static BenchmarkStore Open(string db, bool readOnly = false)
    {
        var opening = BenchmarkStore.Open(db, readOnly);
        opening.Issues.ShouldBeEmpty();
        return opening.Store!;
    }

    /// <summary>Resolves sectors as <see cref="Catalogs.Resolve"/>, with every catalog's version set to <paramref name="version"/>.</summary>
    public static Func<string, SectorResolution> WithVersion(string version) => sector =>
        Catalogs.Resolve(sector) is { Catalog: { } c }
            ? new SectorResolution(new SectorCatalog(c.Sector, c.Catalog with { Version = version }, c.DerivedIndicators, c.ReportPartials), [])
            : Catalogs.Resolve(sector);

    /// <summary>A sample as one JSONL line, changed by <paramref name="change"/>.</summary>
    public static string Line(string sector, string sample, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Catalogs.Samples(sector), sample + ".json")))!;
        change(node);
        return node.ToJsonString();
    }

    /// <summary>Sets the value of an indicator's result (adding the result when the sample has none).</summary>
    public static void Value(JsonNode submission, string indicator, string value)
    {
        var results = submission["results"]!.AsArray();
        var result = results.FirstOrDefault(r => (string?)r!["indicatorId"] == indicator);
        if (result is null)
        {
            results.Add(new JsonObject { ["indicatorId"] = indicator, ["value"] = value, ["evidence"] = "accreditedLab" });
        }
        else
        {
            result["value"] = value;
        }
    }
}
