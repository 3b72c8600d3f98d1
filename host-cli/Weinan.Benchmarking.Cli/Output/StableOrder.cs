namespace Weinan.Benchmarking.Cli.Output;

/// <summary>
/// Ordering of the lists the console prints by an integer key, equal keys keeping their order as with <c>OrderBy</c>,
/// whose comparer of the key the JIT would compile at every start (docs/performance.md, Cold start).
/// </summary>
internal static class StableOrder
{
    /// <summary>The items by ascending key; of equal keys, the earlier first.</summary>
    public static List<T> By<T>(IEnumerable<T> items, Func<T, int> key)
    {
        var keyed = new List<Keyed<T>>();
        foreach (var item in items)
        {
            keyed.Add(new Keyed<T>(item, key(item), keyed.Count));
        }

        keyed.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Index.CompareTo(b.Index));
        var ordered = new List<T>(keyed.Count);
        foreach (var k in keyed)
        {
            ordered.Add(k.Item);
        }

        return ordered;
    }

    private sealed record Keyed<T>(T Item, int Key, int Index);
}
