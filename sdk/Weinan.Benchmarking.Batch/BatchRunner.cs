using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Batch;

/// <summary>The catalog of a sector, or why there is none.</summary>
/// <param name="Catalog">The resolved catalog; null when no plugin serves the sector or its catalog is invalid.</param>
/// <param name="Issues">Issues of the resolution (errors when there is no catalog).</param>
public sealed record SectorResolution(SectorCatalog? Catalog, IReadOnlyList<Issue> Issues);

/// <summary>
/// Runs a batch: every record through the pipeline step (<see cref="AssessmentPipeline.Assess"/>), in parallel over
/// all cores, handed to the sinks in input order by the assessing threads themselves (one at a time; see
/// <see cref="OrderedRun"/>). Rows are streamed: at most <see cref="RowsInFlightPerThread"/> rows per assessing thread are
/// read ahead of the ordered sinks (<see cref="ReadAhead"/>), so memory depends on the degree of parallelism, not on the
/// size of the input or on how far the sinks fall behind. A row that cannot be read or assessed is rejected with its
/// issues; the rest go on.
/// </summary>
public sealed partial class BatchRunner
{
    private readonly Func<string, SectorResolution> _resolve;
    private readonly ConcurrentDictionary<string, Lazy<SectorResolution>> _sectors = new(StringComparer.Ordinal);
    private readonly AssessmentOptions _options;
    private readonly int _parallelism;

    /// <summary>A runner.</summary>
    /// <param name="resolve">Resolves a sector's catalog; called once per sector.</param>
    /// <param name="options">Assessment options, the same for every row.</param>
    /// <param name="parallelism">Rows assessed at once (default: the number of processors).</param>
    /// <param name="readOnly">Read the rows without assessing them: a row that reads is counted as assessed, with no
    /// result; what cannot be read is rejected as in a full run (checks an input, and times reading alone).</param>
    public BatchRunner(Func<string, SectorResolution> resolve, AssessmentOptions options, int? parallelism = null, bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        ArgumentNullException.ThrowIfNull(options);
        _resolve = resolve;
        _options = options;
        _parallelism = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        _readOnly = readOnly;
    }

    private readonly bool _readOnly;

    /// <summary>
    /// Sinks that receive every item on the thread that assessed it, in parallel and in no set order, before the ordered
    /// sinks do (see <see cref="IConcurrentSink"/>): their work slows the assessing threads, never the ordered sinks.
    /// </summary>
    public IReadOnlyList<IConcurrentSink> ConcurrentSinks { get; init; } = [];

    /// <summary>The catalog of a sector (resolved once).</summary>
    public SectorResolution Resolve(string sector) =>
        _sectors.GetOrAdd(sector, s => new Lazy<SectorResolution>(() => _resolve(s))).Value;

    /// <summary>Runs the batch.</summary>
    /// <param name="records">The records, in input order (see <see cref="Sources.SubmissionSources"/>).</param>
    /// <param name="sinks">Receive every item in input order, then the totals.</param>
    /// <param name="counters">The sources' counters (blank rows).</param>
    /// <param name="progress">Told of progress about four times a second.</param>
    /// <param name="cancellationToken">Stops the batch between rows; sinks are not completed.</param>
    public BatchTotals Run(IEnumerable<SourceRecord> records, IReadOnlyList<IBatchSink> sinks, BatchCounters counters,
        IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(sinks);
        ArgumentNullException.ThrowIfNull(counters);
        using var run = new OrderedRun(this, records, sinks, counters, progress, cancellationToken);
        var totals = run.Execute();
        foreach (var sink in sinks)
        {
            sink.Complete(totals);
        }

        return totals;
    }

    /// <summary>One row: read, resolve its sector, assess, write its line.</summary>
    public BatchItem Process(SourceRecord record, long sequence)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = record.Parse();
        if (row.Submission is not { } submission || _readOnly)
        {
            return new BatchItem(sequence, row, null, Locate(row, row.Issues), null, null) { ReadOnly = _readOnly };
        }

        var resolution = Resolve(submission.Sector);
        if (resolution.Catalog is not { } catalog)
        {
            return new BatchItem(sequence, row, null, Locate(row, [.. row.Issues, .. resolution.Issues]), null, null);
        }

        var step = AssessmentPipeline.Assess(submission, catalog, _options, row.File);
        var issues = row.Issues.Count == 0 ? Locate(row, step.Issues) : Locate(row, [.. row.Issues, .. step.Issues]);
        return step.Result is { } result
            ? new BatchItem(sequence, row, result, issues, catalog, ResultLine.Write(result, row))
            : new BatchItem(sequence, row, null, issues, catalog, null);
    }

    /// <summary>
    /// Rows being read, assessed or waiting for their turn, per assessing thread: the bound that keeps memory flat when
    /// the ordered sinks (the store above all) fall behind the assessing threads. Room enough for the other threads to go
    /// on assessing while the thread handing rows to the sinks waits for the disk (a store's checkpoint flushes it); a
    /// finished row holds a few kilobytes.
    /// </summary>
    internal const int RowsInFlightPerThread = 512;

    /// <summary>Rows handed to an assessing thread at once: spreads the cost of handing over across rows that read quickly.</summary>
    internal const int ChunkRows = 16;

    /// <summary>The most rows taken from the source and not yet handed to the sinks (the chunk being handed on included).</summary>
    internal static int ReadAhead(int parallelism) => RowsInFlightPerThread * Math.Max(1, parallelism);

    /// <summary>One chunk of rows: each through <see cref="Process(SourceRecord, long)"/> and the concurrent sinks.</summary>
    internal BatchItem[] Process(Chunk chunk)
    {
        var items = new BatchItem[chunk.Records.Length];
        for (var n = 0; n < items.Length; n++)
        {
            items[n] = Hand(Process(chunk.Records[n], chunk.First + n));
        }

        return items;
    }

    /// <summary>Records in input order, the first numbered <paramref name="First"/>.</summary>
    internal sealed record Chunk(SourceRecord[] Records, long First);

    private BatchItem Hand(BatchItem item)
    {
        foreach (var sink in ConcurrentSinks)
        {
            sink.Write(item);
        }

        return item;
    }

    /// <summary>Issues named by file and row; for tabular rows a result's path names its column.</summary>
    private static IReadOnlyList<Issue> Locate(SourceRow row, IReadOnlyList<Issue> issues)
    {
        if (issues.Count == 0)
        {
            return issues;
        }

        var located = new Issue[issues.Count];
        for (var n = 0; n < issues.Count; n++)
        {
            var issue = issues[n] with { File = row.File, Line = row.Row > 0 ? row.Row : issues[n].Line };
            if (row.Columns is { } columns && ResultPath().Match(issue.Path) is { Success: true } match &&
                int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < columns.Count)
            {
                var column = columns[index];
                issue = issue with { Path = column.Key + issue.Path[match.Length..], Column = ColumnNumber(column.Name) };
            }
            else if (issue.Column is null && row.Fields is { } fields && FieldColumn(fields, issue.Path) is { } field)
            {
                issue = issue with { Column = ColumnNumber(field.Name) };
            }

            located[n] = issue;
        }

        return located;
    }

    /// <summary>The column that filled the part of the submission a path names: the longest key the path starts with, up
    /// to a <c>.</c> or <c>[</c>.</summary>
    private static SourceColumn? FieldColumn(IReadOnlyList<SourceColumn> fields, string path)
    {
        SourceColumn? best = null;
        for (var i = 0; i < fields.Count; i++)
        {
            var key = fields[i].Key;
            if (path.StartsWith(key, StringComparison.Ordinal) && (path.Length == key.Length || path[key.Length] is '.' or '[') &&
                (best is null || key.Length > best.Key.Length))
            {
                best = fields[i];
            }
        }

        return best;
    }

    private static int? ColumnNumber(string name)
    {
        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var n = 0;
        foreach (var c in name)
        {
            if (c is < 'A' or > 'Z')
            {
                return null;
            }

            n = (n * 26) + (c - 'A' + 1);
        }

        return n;
    }

    [GeneratedRegex(@"^results\[(\d+)\]")]
    private static partial Regex ResultPath();
}
