using Weinan.Benchmarking.Batch.Tests.Support;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>The runner's pipeline: bounded read-ahead, and how a failing source, a failing sink and a cancellation end a batch.</summary>
public class RunnerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Should_Not_Read_Further_Ahead_Of_A_Slow_Sink_Than_Its_Bound(int parallelism)
    {
        // Given: many rows, and a sink that is slower than the assessing threads
        var source = new CountingSource(20_000);
        var bound = BatchRunner.ReadAhead(parallelism);
        var furthest = 0L;
        var sink = new Sink(item =>
        {
            furthest = Math.Max(furthest, source.Read - (item.Sequence + 1));
            if (item.Sequence % 500 == 0)
            {
                Thread.Sleep(20);
            }
        });

        // When
        var totals = new BatchRunner(Catalogs.Resolve, Catalogs.Options, parallelism).Run(source, [sink], new BatchCounters());

        // Then: every row reached the sink in order, and the source was never read far ahead of it
        totals.Read.ShouldBe(20_000);
        sink.Sequences.ShouldBe(Enumerable.Range(0, 20_000).Select(i => (long)i));
        furthest.ShouldBeLessThanOrEqualTo(bound);
        sink.Completed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Should_Hand_Rows_To_The_Sinks_From_One_Thread_At_A_Time_Whichever_Thread_That_Is(int parallelism)
    {
        // Given: a sink that notes how many calls are inside it at once, and which threads called it
        var source = new CountingSource(20_000);
        var inside = 0;
        var most = 0;
        var threads = new HashSet<int>();
        var sink = new Sink(item =>
        {
            var now = Interlocked.Increment(ref inside);
            most = Math.Max(most, now);
            threads.Add(Environment.CurrentManagedThreadId);
            if (item.Sequence % 1_000 == 0)
            {
                Thread.Sleep(5);
            }

            Interlocked.Decrement(ref inside);
        });

        // When
        var totals = new BatchRunner(Catalogs.Resolve, Catalogs.Options, parallelism).Run(source, [sink], new BatchCounters());

        // Then: never two calls at once, every row once and in order; the calls came from the assessing threads, not from
        // one thread set aside for the sinks
        most.ShouldBe(1);
        totals.Read.ShouldBe(20_000);
        sink.Sequences.ShouldBe(Enumerable.Range(0, 20_000).Select(i => (long)i));
        threads.Count.ShouldBeInRange(1, parallelism);
    }

    [Fact]
    public void Should_End_With_The_Sources_Own_Error_When_Reading_Fails()
    {
        // Given: a source that fails after 300 rows
        var source = new CountingSource(1_000, failAt: 300);
        var sink = new Sink(_ => { });

        // When
        var error = Should.Throw<IOException>(() =>
            new BatchRunner(Catalogs.Resolve, Catalogs.Options, 2).Run(source, [sink], new BatchCounters()));

        // Then: the error itself, not wrapped; the rows before it were handed on in order; the sinks were not completed
        error.Message.ShouldBe("disk gone");
        sink.Sequences.ShouldBe(Enumerable.Range(0, 300).Select(i => (long)i));
        sink.Completed.ShouldBeFalse();
    }

    [Fact]
    public void Should_End_With_The_Sinks_Own_Error_And_Stop_Reading()
    {
        // Given: a sink that fails at row 100 of many
        var source = new CountingSource(100_000);
        var sink = new Sink(item =>
        {
            if (item.Sequence == 100)
            {
                throw new InvalidOperationException("sink broke");
            }
        });

        // When
        var error = Should.Throw<InvalidOperationException>(() =>
            new BatchRunner(Catalogs.Resolve, Catalogs.Options, 2).Run(source, [sink], new BatchCounters()));

        // Then: reading stopped near the failure instead of running through the input
        error.Message.ShouldBe("sink broke");
        source.Read.ShouldBeLessThanOrEqualTo(101 + BatchRunner.ReadAhead(2));
        sink.Completed.ShouldBeFalse();
    }

    [Fact]
    public void Should_Stop_Between_Rows_When_Cancelled_Without_Completing_The_Sinks()
    {
        // Given: a batch cancelled from its sink at row 50
        using var cancel = new CancellationTokenSource();
        var source = new CountingSource(100_000);
        var sink = new Sink(item =>
        {
            if (item.Sequence == 50)
            {
                cancel.Cancel();
            }
        });

        // When
        Should.Throw<OperationCanceledException>(() =>
            new BatchRunner(Catalogs.Resolve, Catalogs.Options, 2).Run(source, [sink], new BatchCounters(), cancellationToken: cancel.Token));

        // Then
        source.Read.ShouldBeLessThanOrEqualTo(51 + BatchRunner.ReadAhead(2));
        sink.Completed.ShouldBeFalse();
    }

    /// <summary>Rows that read as rejected (no submission), counting how many were taken; optionally failing part-way.</summary>
    private sealed class CountingSource(int count, int? failAt = null) : IEnumerable<SourceRecord>
    {
        private long _read;

        public long Read => Interlocked.Read(ref _read);

        public IEnumerator<SourceRecord> GetEnumerator()
        {
            for (var n = 0; n < count; n++)
            {
                if (n == failAt)
                {
                    throw new IOException("disk gone");
                }

                Interlocked.Increment(ref _read);
                yield return new ReadRecord(new SourceRow("in.jsonl", n + 1, null,
                    [new Issue { Code = IssueCodes.BatchInputUnreadable, Message = new("无法读取。", "Unreadable.") }]));
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class Sink(Action<BatchItem> write) : IBatchSink
    {
        public List<long> Sequences { get; } = [];

        public bool Completed { get; private set; }

        public void Write(BatchItem item)
        {
            write(item);
            Sequences.Add(item.Sequence);
        }

        public void Complete(BatchTotals totals) => Completed = true;
    }
}
