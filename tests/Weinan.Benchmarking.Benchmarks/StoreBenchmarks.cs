using System.Diagnostics;
using System.Globalization;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch;
using Weinan.Benchmarking.Plugins.Textiles;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Pipeline;
using Weinan.Benchmarking.Store;

namespace Weinan.Benchmarking.Benchmarks;

/// <summary>
/// Rows per second the batch store's sink takes on the consumer thread (<c>dotnet run -c Release --project
/// tests/Weinan.Benchmarking.Benchmarks -- store [ROWS]</c>): ROWS distinct assessed rows — the textile samples, each
/// assessed once, with a new submission id and credit code per row, so that every row is a new submission and a new
/// result of realistic size — written into a new store, then the same rows again (the idempotent re-run). Prints the
/// elapsed time and the process's CPU time of each pass, which a busy machine inflates less.
/// </summary>
public static class StoreBenchmarks
{
    public static void Run(int rows)
    {
        var plugin = new TextilesPlugin();
        var catalog = new SectorCatalog("textiles", BenchmarkJson.Deserialize<Catalog>(plugin.ReadCatalogJson()).Value!, plugin.DerivedIndicators, plugin.ReportPartials);
        var options = new AssessmentOptions { AssessmentDate = new DateOnly(2026, 11, 27) };
        var runner = new BatchRunner(_ => new SectorResolution(catalog, []), options);
        var assessed = new List<BatchItem>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.json").Order(StringComparer.Ordinal))
        {
            var submission = BenchmarkJson.Deserialize<Submission>(File.ReadAllText(file)).Value!;
            assessed.Add(runner.Process(new ReadRecord(new SourceRow(file, 1, submission, [])), assessed.Count));
        }

        var folder = Directory.CreateTempSubdirectory("wbench-store-bench-").FullName;
        try
        {
            var db = Path.Combine(folder, "wbench.db");
            foreach (var pass in new[] { "insert", "re-run" })
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                using (var store = BenchmarkStore.Open(db).Store!)
                {
                    var (sink, _) = StoreSink.Start(store, options, ["bench.jsonl"], "bench");
                    using (sink)
                    {
                        for (var n = 0; n < rows; n++)
                        {
                            var item = assessed[n % assessed.Count];
                            var submission = item.Row.Submission!;
                            sink!.Write(item with
                            {
                                Sequence = n,
                                Row = item.Row with
                                {
                                    Row = n + 1,
                                    Submission = submission with { Id = $"bench-{n}", Enterprise = submission.Enterprise with { CreditCode = $"91610500{n:D9}X" } },
                                },
                            });
                        }

                        sink!.Complete(new BatchTotals(rows, rows, 0, 0, clock.Elapsed));
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{pass}: {rows} rows ({sink.Totals.Stored} stored, {sink.Totals.Known} known) in {clock.Elapsed.TotalSeconds:0.00} s = {rows / clock.Elapsed.TotalSeconds:0} rows/s; CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s = {rows / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0} rows/s"));
                    }
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store size: {new FileInfo(db).Length / 1048576.0:0.0} MiB"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
