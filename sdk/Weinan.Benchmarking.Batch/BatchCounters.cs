using System.Collections.Concurrent;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch;

/// <summary>What the sources count and report besides rows: blank rows skipped and file-level notices.</summary>
public sealed class BatchCounters
{
    private readonly ConcurrentQueue<Issue> _notices = new();
    private long _blank;

    /// <summary>Blank rows (lines) skipped.</summary>
    public long BlankRows => Interlocked.Read(ref _blank);

    /// <summary>Issues about whole files or columns (e.g. an unknown column), in the order found.</summary>
    public IReadOnlyList<Issue> Notices => _notices.ToArray();

    internal void Blank() => Interlocked.Increment(ref _blank);

    internal void Notice(Issue issue) => _notices.Enqueue(issue);
}
