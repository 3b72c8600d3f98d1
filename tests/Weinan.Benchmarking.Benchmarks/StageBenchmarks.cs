using System.Diagnostics;
using System.Globalization;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch;
using Weinan.Benchmarking.Batch.Sinks;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Hosting;
using Weinan.Benchmarking.Sdk.Pipeline;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Benchmarks;

/// <summary>
/// Where a batch row's time goes (<c>dotnet run -c Release --project tests/Weinan.Benchmarking.Benchmarks -- stages
/// FILE.jsonl [ROWS] [PLUGINS]</c>): the first ROWS rows of a generated batch, each stage of the batch's per-row work run
/// over all of them on one thread (after a warm-up pass), with the time and the bytes allocated per row. STAGE=NAME runs
/// only the stages whose name starts with NAME, and REPEAT=N runs each N more times first (for a profiler). ALLOCATIONS=N
/// lists after each stage the N types it allocated most, as the runtime samples them (about every 100 KB allocated), and
/// ALLOCATION_SITES=N the N places that allocated most (type and method, from the same samples with their stacks). Each
/// stage prints its elapsed time, the process's processor time and the collector's pauses per row; "process, two
/// threads" runs the whole of a row's work on two threads side by side, each over its own half, to show what sharing the
/// processor costs a row.
/// </summary>
public static class StageBenchmarks
{
    public static void Run(string file, int rows, string plugins)
    {
        var host = PluginHost.Load([new PluginSearchDirectory(plugins, PluginSearchOrigin.CommandLine)]);
        var options = new AssessmentOptions { AssessmentDate = new DateOnly(2026, 11, 27) };
        var runner = new BatchRunner(sector =>
        {
            var selection = host.Catalogs.Select(sector);
            return new SectorResolution(selection.Sector, selection.Issues);
        }, options);
        var intake = IntakeOptions.ForCatalogs(sector => runner.Resolve(sector).Catalog?.Catalog);
        var records = SubmissionSources.Read([file], intake, new BatchCounters()).Take(rows).ToList();
        var parsed = records.Select(r => r.Parse()).ToList();
        var valid = parsed.Where(r => r.Submission is not null).Select(r => (Row: r, Catalog: runner.Resolve(r.Submission!.Sector).Catalog!)).Where(r => r.Catalog is not null).ToList();
        var steps = valid.Select(v => (v.Row, Step: AssessmentPipeline.Assess(v.Row.Submission!, v.Catalog, options, v.Row.File))).ToList();
        var items = records.Select((r, n) => runner.Process(r, n)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{records.Count} rows, {valid.Count} read, {steps.Count(s => s.Step.Result is not null)} assessed"));

        Time("parse", records.Count, () => { foreach (var r in records) { r.Parse(); } });
        Time("validate", records.Count, () => { foreach (var v in valid) { InputValidation.ValidateSubmission(v.Row.Submission!, v.Catalog.Catalog, v.Row.File); } });
        Time("assess (validate + engine)", records.Count, () => { foreach (var v in valid) { AssessmentPipeline.Assess(v.Row.Submission!, v.Catalog, options, v.Row.File); } });
        Time("result line", records.Count, () => { foreach (var s in steps) { if (s.Step.Result is { } result) { ResultLine.Write(result, s.Row); } } });
        Time("chain (parse, assess, line)", records.Count, () =>
        {
            foreach (var r in records)
            {
                var row = r.Parse();
                if (row.Submission is { } submission && runner.Resolve(submission.Sector).Catalog is { } catalog &&
                    AssessmentPipeline.Assess(submission, catalog, options, row.File).Result is { } result)
                {
                    ResultLine.Write(result, row);
                }
            }
        });
        Time("process (all of the above)", records.Count, () => { var n = 0; foreach (var r in records) { runner.Process(r, n++); } });
        // The same on two threads, each over its own half: what running side by side costs each row (compare the processor time).
        Time("process, two threads", records.Count, () =>
        {
            var half = records.Count / 2;
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, t =>
            {
                for (var n = t * half; n < (t + 1) * half; n++)
                {
                    runner.Process(records[n], n);
                }
            });
        });
        var folder = Directory.CreateTempSubdirectory("wbench-stages-").FullName;
        try
        {
            Time("summary", records.Count, () =>
            {
                using var summary = new SummarySink(Path.Combine(folder, "s.xlsx"), Path.Combine(folder, "d.html"), "en");
                foreach (var item in items) { summary.Write(item); }
            });
            Time("results.jsonl", records.Count, () =>
            {
                using var lines = new ResultLinesSink(Path.Combine(folder, "r.jsonl"));
                foreach (var item in items) { lines.Write(item); }
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Time(string stage, int rows, Action pass)
    {
        if (Environment.GetEnvironmentVariable("STAGE") is { Length: > 0 } only && !stage.StartsWith(only, StringComparison.Ordinal))
        {
            return;
        }

        for (var n = int.Parse(Environment.GetEnvironmentVariable("REPEAT") ?? "0", CultureInfo.InvariantCulture); n > 0; n--)
        {
            pass();
        }

        pass();
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        pass();
        clock.Stop();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var processor = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage,-28} {clock.Elapsed.TotalMicroseconds / rows,8:0.0} µs/row {processor.TotalMicroseconds / rows,8:0.0} µs/row of processor time {bytes / 1024.0 / rows,8:0.0} KiB/row on this thread, {(GC.GetTotalPauseDuration() - paused).TotalMicroseconds / rows,6:0.0} µs/row paused in {GC.CollectionCount(0) - collections} collections"));
        if (int.TryParse(Environment.GetEnvironmentVariable("ALLOCATIONS"), CultureInfo.InvariantCulture, out var top) && top > 0)
        {
            using var sampler = new AllocationSampler();
            pass();
            foreach (var (type, share) in sampler.Top(top))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {share,6:0.0} %  {type}"));
            }
        }

        if (int.TryParse(Environment.GetEnvironmentVariable("ALLOCATION_SITES"), CultureInfo.InvariantCulture, out var sites) && sites > 0)
        {
            AllocationSites.Print(pass, sites);
        }
    }

    /// <summary>The runtime's allocation samples (its <c>GCAllocationTick</c> events, about one per 100 KB), counted by type.</summary>
    private sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
    {
        private readonly Dictionary<string, long> _bytes = [];

        public IEnumerable<(string Type, double Share)> Top(int count)
        {
            lock (_bytes)
            {
                var total = Math.Max(1, _bytes.Values.Sum());
                return [.. _bytes.OrderByDescending(b => b.Value).Take(count).Select(b => (b.Key, 100.0 * b.Value / total))];
            }
        }

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null)
            {
                return;
            }

            var type = eventData.PayloadNames?.IndexOf("TypeName") is >= 0 and var t ? eventData.Payload[t]?.ToString() ?? "?" : "?";
            var amount = eventData.PayloadNames?.IndexOf("AllocationAmount64") is >= 0 and var a ? Convert.ToInt64(eventData.Payload[a], CultureInfo.InvariantCulture) : 100_000;
            lock (_bytes)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
