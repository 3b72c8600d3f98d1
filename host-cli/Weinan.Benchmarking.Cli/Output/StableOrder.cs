namespace Weinan.Benchmarking.Cli.Output;

/// <summary>
/// Ordering of the short lists the console prints by an integer key, equal keys keeping their order as with
/// <c>OrderBy</c>, whose comparer of the key the JIT would compile at every start (docs/performance.md, Cold start).
/// </summary>
internal static class StableOrder
{
    /// <summary>The items by ascending key; of equal keys, the earlier first. Each is inserted in place: meant for short lists.</summary>
    public static List<T> By<T>(IEnumerable<T> items, Func<T, int> key)
    {
        var ordered = new List<T>();
        foreach (var item in items)
        {
            var k = key(item);
            var at = ordered.Count;
            while (at > 0 && key(ordered[at - 1]) > k)
            {
                at--;
            }

            ordered.Insert(at, item);
        }

        return ordered;
    }
}
