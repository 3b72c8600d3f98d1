namespace Weinan.Benchmarking.Batch.Sinks;

/// <summary>Writes <c>results.jsonl</c>: the compact line of every assessed row (<see cref="ResultLine"/>), in input order.</summary>
public sealed class ResultLinesSink : IBatchSink, IDisposable
{
    private readonly string _path;
    private readonly FileStream _stream;

    /// <summary>A sink writing to <paramref name="path"/> (replaced when the batch completes).</summary>
    public ResultLinesSink(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _path = path;
        _stream = new FileStream(OutputFiles.Partial(path), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
    }

    /// <inheritdoc />
    public void Write(BatchItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Line is { } line)
        {
            _stream.Write(line);
            _stream.WriteByte((byte)'\n');
        }
    }

    /// <inheritdoc />
    public void Complete(BatchTotals totals)
    {
        _stream.Dispose();
        OutputFiles.Commit(_path);
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
