namespace Weinan.Benchmarking.Batch.Summary;

/// <summary>
/// A bounded, deterministic sample of decimal values for percentiles over any number of rows: every value is kept up to
/// <see cref="Capacity"/>, then reservoir sampling (Algorithm R) with a fixed seed keeps a uniform sample of that size, so
/// the same input in the same order gives the same sample. Values stay decimals; percentiles interpolate in decimal.
/// </summary>
public sealed class ValueSample
{
    /// <summary>The default size of a sample.</summary>
    public const int DefaultCapacity = 1_000;

    /// <summary>The fixed seed of every sample.</summary>
    public const int Seed = 20_260_101;

    private readonly Random _random = new(Seed);
    private decimal[] _values = new decimal[16];
    private int _size;

    /// <summary>A sample of at most <paramref name="capacity"/> values.</summary>
    public ValueSample(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most values kept.</summary>
    public int Capacity { get; }

    /// <summary>Values offered.</summary>
    public long Seen { get; private set; }

    /// <summary>Values kept.</summary>
    public int Size => _size;

    /// <summary>Whether values were left out, so percentiles are estimates from <see cref="Size"/> of <see cref="Seen"/> values.</summary>
    public bool Sampled => Seen > _size;

    /// <summary>Offers a value.</summary>
    public void Add(decimal value)
    {
        Seen++;
        if (_size < Capacity)
        {
            if (_size == _values.Length)
            {
                Array.Resize(ref _values, Math.Min(Capacity, _values.Length * 2));
            }

            _values[_size++] = value;
            return;
        }

        var slot = _random.NextInt64(Seen);
        if (slot < Capacity)
        {
            _values[slot] = value;
        }
    }

    /// <summary>The values kept, sorted.</summary>
    public decimal[] Sorted()
    {
        var sorted = _values.AsSpan(0, _size).ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>
    /// The percentile <paramref name="p"/> (0 … 1) of sorted values, interpolated linearly between the two nearest ranks
    /// (Hyndman–Fan type 7, as spreadsheets' PERCENTILE computes it).
    /// </summary>
    public static decimal Percentile(IReadOnlyList<decimal> sorted, decimal p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1m);
        var h = (sorted.Count - 1) * p;
        var lower = (int)decimal.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }
}
