namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Stable sorting by a comparison: equal items keep their order, as with <c>OrderBy</c>. Used instead of <c>OrderBy</c>
/// over number, enum or bool keys, whose comparers the JIT would compile at every start (docs/performance.md, Cold start);
/// the engine's orderings and the console's lists alike.
/// </summary>
public static class StableOrder
{
    /// <summary>The items sorted by the comparison; of items comparing equal, the earlier comes first.</summary>
    public static List<T> Sorted<T>(IEnumerable<T> items, Comparison<T> comparison)
        where T : class
    {
        var indexed = new List<Indexed<T>>();
        foreach (var item in items)
        {
            indexed.Add(new Indexed<T>(item, indexed.Count));
        }

        indexed.Sort((x, y) => comparison(x.Item, y.Item) is var c and not 0 ? c : x.Index.CompareTo(y.Index));
        var sorted = new List<T>(indexed.Count);
        foreach (var i in indexed)
        {
            sorted.Add(i.Item);
        }

        return sorted;
    }

    /// <summary>The first of the items that none sorts before (what <c>OrderBy(…).FirstOrDefault()</c> gives), or null.</summary>
    public static T? First<T>(IEnumerable<T> items, Comparison<T> comparison)
        where T : class
    {
        T? first = null;
        foreach (var item in items)
        {
            if (first is null || comparison(item, first) < 0)
            {
                first = item;
            }
        }

        return first;
    }

    private sealed class Indexed<T>(T item, int index)
    {
        public T Item { get; } = item;

        public int Index { get; } = index;
    }
}
