using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Batch;

/// <summary>One row of a batch after the pipeline step: assessed (a result) or rejected (issues with errors).</summary>
/// <param name="Sequence">The row's position in the batch input, from 0; sinks receive items in this order.</param>
/// <param name="Row">The row as read.</param>
/// <param name="Result">The result; null when the row is rejected.</param>
/// <param name="Issues">Every issue of the row — reading, validation, sector — each naming the file, row and field or
/// column; the result's own warnings are in <see cref="AssessmentResult.Issues"/>.</param>
/// <param name="Catalog">The sector catalog the row was assessed against, when its sector is served.</param>
/// <param name="Line">The compact result line (<see cref="ResultLine"/>); null when rejected.</param>
public sealed record BatchItem(long Sequence, SourceRow Row, AssessmentResult? Result, IReadOnlyList<Issue> Issues, SectorCatalog? Catalog, byte[]? Line)
{
    /// <summary>Whether the row comes from a read-only pass (read, not assessed).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Whether the row was rejected: not assessed, or in a read-only pass, not read.</summary>
    public bool Rejected => ReadOnly ? Row.Submission is null : Result is null;
}

/// <summary>The counts of a batch; <c>Read = Assessed + Rejected</c> always holds.</summary>
/// <param name="Read">Rows read (a file that could not be read at all counts as one rejected row).</param>
/// <param name="Assessed">Rows assessed.</param>
/// <param name="Rejected">Rows rejected.</param>
/// <param name="BlankRows">Blank rows and lines skipped (not counted as read).</param>
/// <param name="Elapsed">Time taken.</param>
public sealed record BatchTotals(long Read, long Assessed, long Rejected, long BlankRows, TimeSpan Elapsed)
{
    /// <summary>Whether the counts reconcile.</summary>
    public bool Reconciled => Read == Assessed + Rejected;
}

/// <summary>Progress of a running batch.</summary>
/// <param name="Read">Rows done so far.</param>
/// <param name="Assessed">Rows assessed so far.</param>
/// <param name="Rejected">Rows rejected so far.</param>
/// <param name="Elapsed">Time since the start.</param>
/// <param name="Done">Share of the inputs read (0 to 1), when their size tells it (see <see cref="BatchCounters.Done"/>).</param>
public sealed record BatchProgress(long Read, long Assessed, long Rejected, TimeSpan Elapsed, double? Done = null)
{
    /// <summary>Rows per second.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;

    /// <summary>The time left at the pace so far, once some of the inputs is read and until all of it is.</summary>
    public TimeSpan? Remaining => Done is > 0 and < 1 && Elapsed > TimeSpan.Zero ? Elapsed * ((1 - Done.Value) / Done.Value) : null;
}

/// <summary>Receives the items of a batch in input order, on one thread.</summary>
public interface IBatchSink
{
    /// <summary>Receives an item.</summary>
    void Write(BatchItem item);

    /// <summary>Called once after the last item.</summary>
    void Complete(BatchTotals totals);
}

/// <summary>
/// Receives every item on the thread that assessed it, right after the pipeline step and before the ordered sinks, in
/// no set order and from several threads at once: for work per item that can run in parallel, such as rendering a
/// report. Implementations must be thread-safe.
/// </summary>
public interface IConcurrentSink
{
    /// <summary>Receives an item (on any of the assessing threads).</summary>
    void Write(BatchItem item);
}
