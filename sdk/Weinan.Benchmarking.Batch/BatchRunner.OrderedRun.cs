using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Weinan.Benchmarking.Batch;

public sealed partial class BatchRunner
{
    /// <summary>
    /// One run of a batch, on the assessing threads alone (the calling thread and <c>parallelism − 1</c> more): each thread
    /// takes the next chunk of rows from the source (one thread at a time), assesses it, and then, unless another thread is
    /// already doing so, hands every finished chunk that is next in input order to the ordered sinks. No thread is set aside
    /// to read or to write, so no thread waits for another to be scheduled and the cores stay busy: with a reader and a
    /// writer of their own, three or four busy threads shared two cores, and each handing-over between them waited for a
    /// core. At most <see cref="RowsInFlightPerThread"/> rows per thread are read and not yet handed to the sinks; a thread
    /// that would read beyond that waits until the sinks have taken a chunk.
    /// </summary>
    private sealed class OrderedRun : IDisposable
    {
        private readonly BatchRunner _runner;
        private readonly IEnumerable<SourceRecord> _records;
        private readonly IReadOnlyList<IBatchSink> _sinks;
        private readonly BatchCounters _counters;
        private readonly IProgress<BatchProgress>? _progress;
        private readonly CancellationToken _cancellation;
        private readonly CancellationTokenSource _stop;
        private readonly SemaphoreSlim _window;
        private readonly ConcurrentDictionary<long, BatchItem[]> _finished = new();
        private readonly Lock _reading = new();
        private readonly Lock _handing = new();
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        // Under _reading.
        private IEnumerator<SourceRecord>? _source;
        private bool _sourceEnded;
        private Exception? _sourceFailure;
        private long _chunksRead;
        private long _rowsRead;

        // Under _handing (the next chunk to hand on is also read outside it, with Volatile).
        private long _nextToHand;
        private long _read;
        private long _assessed;
        private long _rejected;
        private TimeSpan _lastReport;

        // A sink's failure, or the runner's own; the first one is kept.
        private Exception? _failure;

        public OrderedRun(BatchRunner runner, IEnumerable<SourceRecord> records, IReadOnlyList<IBatchSink> sinks, BatchCounters counters,
            IProgress<BatchProgress>? progress, CancellationToken cancellation)
        {
            _runner = runner;
            _records = records;
            _sinks = sinks;
            _counters = counters;
            _progress = progress;
            _cancellation = cancellation;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var chunks = ReadAhead(runner._parallelism) / ChunkRows;
            _window = new SemaphoreSlim(chunks, chunks);
        }

        /// <summary>
        /// Runs the batch to its end, or until a sink fails (its error is thrown), the source fails (its error is thrown
        /// after the rows read before it have reached the sinks) or the batch is cancelled. Does not complete the sinks.
        /// </summary>
        public BatchTotals Execute()
        {
            var helpers = new Thread[_runner._parallelism - 1];
            for (var n = 0; n < helpers.Length; n++)
            {
                helpers[n] = new Thread(Work) { IsBackground = true, Name = "wbench assessing" };
                helpers[n].Start();
            }

            Work();
            foreach (var helper in helpers)
            {
                helper.Join();
            }

            lock (_reading)
            {
                _source?.Dispose();
            }

            if (Volatile.Read(ref _failure) is { } failure)
            {
                ExceptionDispatchInfo.Capture(failure).Throw();
            }

            if (_sourceFailure is { } sourceFailure)
            {
                ExceptionDispatchInfo.Capture(sourceFailure).Throw();
            }

            _cancellation.ThrowIfCancellationRequested();
            var totals = new BatchTotals(_read, _assessed, _rejected, _counters.BlankRows, _clock.Elapsed);
            _progress?.Report(new BatchProgress(_read, _assessed, _rejected, totals.Elapsed, _counters.Done));
            return totals;
        }

        /// <summary>An assessing thread: read a chunk, assess it, hand on what is next in order; until the source ends or the run stops.</summary>
        private void Work()
        {
            try
            {
                while (true)
                {
                    _window.Wait(_stop.Token);
                    if (Read() is not { } chunk)
                    {
                        _window.Release();
                        return;
                    }

                    _finished[chunk.Number] = _runner.Process(chunk.Rows);
                    Hand();
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // Stopped: by the caller, or because a sink or another thread failed.
            }
            catch (Exception e)
            {
                Fail(e);
            }
        }

        /// <summary>The next chunk of the source and its number; null once the source has ended, failed or the run stopped.</summary>
        private (long Number, Chunk Rows)? Read()
        {
            lock (_reading)
            {
                if (_sourceEnded || _stop.IsCancellationRequested)
                {
                    return null;
                }

                var gathered = new List<SourceRecord>(ChunkRows);
                try
                {
                    _source ??= _records.GetEnumerator();
                    while (gathered.Count < ChunkRows && _source.MoveNext())
                    {
                        gathered.Add(_source.Current);
                    }

                    _sourceEnded = gathered.Count < ChunkRows;
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    _sourceEnded = true;
                    return null;
                }
                catch (Exception e)
                {
                    // Not a bad row (those are issues): the source itself failed. The rows read before it go on.
                    _sourceEnded = true;
                    _sourceFailure = e;
                }

                if (gathered.Count == 0)
                {
                    return null;
                }

                var chunk = new Chunk([.. gathered], _rowsRead);
                _rowsRead += gathered.Count;
                return (_chunksRead++, chunk);
            }
        }

        /// <summary>
        /// Hands the finished chunks that are next in input order to the sinks, unless another thread is doing so; that thread
        /// looks again once it lets go, so a chunk finished meanwhile is never left behind.
        /// </summary>
        private void Hand()
        {
            while (!_stop.IsCancellationRequested && _finished.ContainsKey(Volatile.Read(ref _nextToHand)))
            {
                if (!_handing.TryEnter())
                {
                    return;
                }

                try
                {
                    while (!_stop.IsCancellationRequested && _finished.TryRemove(_nextToHand, out var items))
                    {
                        Write(items);
                        Volatile.Write(ref _nextToHand, _nextToHand + 1);
                        _window.Release();
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !_stop.IsCancellationRequested)
                {
                    Fail(e);
                    return;
                }
                finally
                {
                    _handing.Exit();
                }
            }
        }

        private void Write(BatchItem[] items)
        {
            foreach (var item in items)
            {
                _read++;
                if (item.Rejected)
                {
                    _rejected++;
                }
                else
                {
                    _assessed++;
                }

                foreach (var sink in _sinks)
                {
                    sink.Write(item);
                }

                if (_progress is not null && _clock.Elapsed - _lastReport >= TimeSpan.FromMilliseconds(250))
                {
                    _lastReport = _clock.Elapsed;
                    _progress.Report(new BatchProgress(_read, _assessed, _rejected, _lastReport, _counters.Done));
                }
            }
        }

        /// <summary>Keeps the first failure and stops the run: no more rows are read, assessed or handed on.</summary>
        private void Fail(Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
            _stop.Cancel();
        }

        public void Dispose()
        {
            _stop.Dispose();
            _window.Dispose();
        }
    }
}
