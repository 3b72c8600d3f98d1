namespace Weinan.Benchmarking.Batch.Generation;

/// <summary>
/// The generator's random numbers: SplitMix64, seeded by hashing the seed with the position of what is drawn (the
/// enterprise, the product, the period, the row), so that every draw depends on the seed and its position only — the
/// same bytes for a seed on any machine and any .NET version (<see cref="Random"/> does not promise that), and rows can
/// be drawn in any order. Fractions are decimals: no value ever passes through a double.
/// </summary>
internal struct SampleRandom
{
    private ulong _state;

    private SampleRandom(ulong state) => _state = state;

    /// <summary>The stream of draws for a position: the seed and up to three coordinates.</summary>
    public static SampleRandom For(ulong seed, ulong stream, ulong a = 0, ulong b = 0, ulong c = 0) =>
        new(Mix(Mix(Mix(Mix(seed ^ 0x5EED_0000_0000_0000UL) ^ stream) ^ a) ^ (b * 0x9E37_79B9_7F4A_7C15UL)) ^ c);

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        _state += 0x9E37_79B9_7F4A_7C15UL;
        return Mix(_state);
    }

    /// <summary>A whole number from 0 to <paramref name="n"/> − 1.</summary>
    public int Below(int n) => n <= 1 ? 0 : (int)(Next() % (ulong)n);

    /// <summary>A fraction from 0 to 0.999999, in steps of 0.000001.</summary>
    public decimal Fraction() => Below(1_000_000) / 1_000_000m;

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(decimal p) => Fraction() < p;

    /// <summary>A value from −<paramref name="spread"/> to +<paramref name="spread"/>, most often near 0 (triangular).</summary>
    public decimal Jitter(decimal spread) => (Fraction() + Fraction() - 1m) * spread;

    /// <summary>One of <paramref name="items"/>, each with the chance of its weight.</summary>
    public T Pick<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = 0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var draw = Below(total);
        foreach (var (item, weight) in items)
        {
            if (draw < weight)
            {
                return item;
            }

            draw -= weight;
        }

        return items[^1].Item;
    }

    /// <summary>One of <paramref name="items"/>, each as likely.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }
}
