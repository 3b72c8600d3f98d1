using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch;
using Weinan.Benchmarking.Batch.Sinks;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;
using Weinan.Benchmarking.Hosting;
using Weinan.Benchmarking.Store;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// <c>wbench batch INPUT… --out DIR</c>: assesses every row of the inputs through the pipeline, in parallel and in input
/// order, and writes <c>results.jsonl</c>, <c>rejected.csv</c>, <c>summary.xlsx</c>, <c>dashboard.html</c>, the store and,
/// with <c>--reports</c>, a report per assessed row (see <c>docs/batch.md</c>).
/// </summary>
public sealed class BatchCommand(CliEnvironment env) : Command<BatchSettings>
{
    /// <summary>The file names written into the output folder.</summary>
    public static class Files
    {
        /// <summary>Compact results, one per line.</summary>
        public const string Results = "results.jsonl";

        /// <summary>Rejected rows with reasons.</summary>
        public const string Rejected = "rejected.csv";

        /// <summary>The summary workbook.</summary>
        public const string Summary = "summary.xlsx";

        /// <summary>The dashboard page.</summary>
        public const string Dashboard = "dashboard.html";

        /// <summary>The folder of per-row reports (<c>--reports</c>).</summary>
        public const string Reports = "reports";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, BatchSettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        using var host = env.LoadPlugins(settings.Plugins);
        if (CatalogAdditions.Read(host, settings.Catalogs, output) is not { } additions)
        {
            return ExitCodes.InputError;
        }

        if (SectorCatalogs.CheckDefault(host, settings.Sector, additions, output) is { } sectorExit)
        {
            return sectorExit;
        }

        var outDir = settings.Out!;
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var why = FileErrors.Describe(ex);
            output.Issues([new Issue
            {
                Code = IssueCodes.OutputFailed,
                File = outDir,
                Message = new($"无法创建输出文件夹 {outDir}：{why.Zh}", $"Cannot create the output folder {outDir}: {why.En}"),
            }]);
            return ExitCodes.OutputError;
        }

        using var reports = settings.Reports ? new ReportWriter(Path.Combine(outDir, Files.Reports), settings.Language) : null;

        var storeExit = ExitCodes.Ok;
        using var store = settings.NoStore || settings.ReadOnly ? null : StoreFiles.Open(output, settings.Db ?? Path.Combine(outDir, StoreFiles.DefaultName), readOnly: false, out storeExit);
        if (storeExit != ExitCodes.Ok && store is null)
        {
            return storeExit;
        }

        var options = settings.ToOptions(env.Today);
        StoreSink? storeSink = null;
        if (store is not null)
        {
            (storeSink, var storeIssues) = StoreSink.Start(store, options, settings.Inputs, WbenchApp.Version);
            output.Issues(storeIssues);
            if (storeSink is null)
            {
                return ExitCodes.OutputError;
            }
        }

        using var disposeStoreSink = storeSink;

        var runner = new BatchRunner(sector =>
        {
            var selection = host.Catalogs.Select(sector, additions);
            return new SectorResolution(selection.Sector, selection.Issues);
        }, options, settings.Parallelism, settings.ReadOnly)
        { ConcurrentSinks = [.. new IConcurrentSink?[] { reports, storeSink }.OfType<IConcurrentSink>()] };
        var intake = IntakeOptions.ForCatalogs(sector => runner.Resolve(sector).Catalog?.Catalog, settings.Sector, host.Catalogs.Sectors);
        var counters = new BatchCounters();
        var records = SubmissionSources.Read(settings.Inputs, intake, counters);

        using var results = new ResultLinesSink(Path.Combine(outDir, Files.Results));
        using var rejected = new RejectedRowsSink(Path.Combine(outDir, Files.Rejected), settings.Language);
        // A read-only pass assesses nothing, so it has nothing to summarise.
        using var summary = settings.ReadOnly ? null : new SummarySink(Path.Combine(outDir, Files.Summary), Path.Combine(outDir, Files.Dashboard), settings.Language);
        var sinks = new List<IBatchSink> { results, rejected };
        if (summary is not null)
        {
            sinks.Add(summary);
        }

        if (storeSink is not null)
        {
            sinks.Add(storeSink);
        }

        var totals = BatchProgressDisplay.Run(env, output, progress => runner.Run(records, sinks, counters, progress, cancellationToken), settings.ReadOnly);

        output.Issues(counters.Notices);
        if (reports is not null)
        {
            output.Issues(reports.Issues);
            output.Line(new LocalizedText($"已写入 {reports.Written} 份报告（未写 {reports.Failed} 份）：{Path.Combine(outDir, Files.Reports)}",
                $"{reports.Written} reports written ({reports.Failed} not written): {Path.Combine(outDir, Files.Reports)}"));
        }

        // A read-only pass assesses nothing: the rows it counts are the ones that read into a submission.
        output.Line(settings.ReadOnly
            ? new LocalizedText(
                $"读取 {totals.Read} 行 = 可读 {totals.Assessed} + 拒收 {totals.Rejected}（空行 {totals.BlankRows} 已跳过；只读，未评价）；用时 {totals.Elapsed.TotalSeconds:0.0} 秒",
                $"Read {totals.Read} rows = {totals.Assessed} readable + {totals.Rejected} rejected ({totals.BlankRows} blank skipped; read only, nothing assessed); {totals.Elapsed.TotalSeconds:0.0} s")
            : new LocalizedText(
                $"读取 {totals.Read} 行 = 已评价 {totals.Assessed} + 拒收 {totals.Rejected}（空行 {totals.BlankRows} 已跳过）；用时 {totals.Elapsed.TotalSeconds:0.0} 秒",
                $"Read {totals.Read} rows = {totals.Assessed} assessed + {totals.Rejected} rejected ({totals.BlankRows} blank skipped); {totals.Elapsed.TotalSeconds:0.0} s"));
        output.Line(new LocalizedText($"输出：{outDir}", $"Output: {outDir}"));
        if (storeSink is not null)
        {
            output.Line(StoreFiles.Stored(storeSink.Totals, store!.Path));
            output.Issues(storeSink.Issues);
        }

        if (!totals.Reconciled)
        {
            output.Issues([new Issue
            {
                Code = IssueCodes.BatchReconcile,
                Message = new("读取、评价与拒收的行数不一致。", "Rows read, assessed and rejected do not reconcile."),
            }]);
            return ExitCodes.InternalError;
        }

        if (reports is { Failed: > 0 } || storeSink?.Issues.Count > 0)
        {
            return ExitCodes.OutputError;
        }

        return totals.Rejected > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
