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

    private long _inputBytes, _bytesRead;
    private int _unsized;

    /// <summary>
    /// The share of the inputs' bytes read so far (0 to 1), for an estimate of the time left; null while nothing is known
    /// of the inputs' size or when an input's progress cannot be told from its bytes (a workbook, whose rows are compressed).
    /// For display only: no judgement depends on it.
    /// </summary>
    public double? Done => Volatile.Read(ref _unsized) > 0 || Interlocked.Read(ref _inputBytes) <= 0
        ? null
        : Math.Min(1d, (double)Interlocked.Read(ref _bytesRead) / Interlocked.Read(ref _inputBytes));

    /// <summary>Counts an input's size before it is read.</summary>
    internal void Expect(long bytes) => Interlocked.Add(ref _inputBytes, bytes);

    /// <summary>Marks an input whose progress its bytes do not tell.</summary>
    internal void Unsized() => Interlocked.Increment(ref _unsized);

    /// <summary>Counts bytes of an input read.</summary>
    internal void Consumed(long bytes) => Interlocked.Add(ref _bytesRead, bytes);

    /// <summary>Counts the bytes a reader has taken from its file since <paramref name="position"/>; returns where it is now.</summary>
    internal long Advance(StreamReader reader, long position) =>
        Advance(reader.BaseStream.CanSeek ? reader.BaseStream.Position : null, position);

    /// <summary>Counts the bytes read from a file since <paramref name="position"/>, now at <paramref name="now"/> (null when it cannot be told); returns where it is now.</summary>
    internal long Advance(long? now, long position)
    {
        Consumed((now ?? position) - position);
        return now ?? position;
    }

    internal void Notice(Issue issue) => _notices.Enqueue(issue);
}
