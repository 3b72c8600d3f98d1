namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Grouping by a text key as plain loops, in place of LINQ's <c>GroupBy</c>: a <c>GroupBy</c> brings its iterator,
/// lookup and grouping types with their interfaces for every element type (some 30 types the runtime loads at a cold
/// start), and allocates them again at every call of the engine's per-submission work.
/// </summary>
public static class KeyedGroups
{
    /// <summary>
    /// The items grouped by key, the groups in the order their keys first appear and each group's items in their order
    /// (what <c>GroupBy</c> gives).
    /// </summary>
    public static List<List<T>> InOrder<T>(IEnumerable<T> items, Func<T, string> key, IEqualityComparer<string>? comparer = null)
        where T : class
    {
        var groups = new List<List<T>>();
        var byKey = new Dictionary<string, List<T>>(comparer);
        foreach (var item in items)
        {
            var k = key(item);
            if (!byKey.TryGetValue(k, out var group))
            {
                group = [];
                byKey.Add(k, group);
                groups.Add(group);
            }

            group.Add(item);
        }

        return groups;
    }

    /// <summary>
    /// The first item of each key (what <c>GroupBy(key).ToDictionary(g =&gt; g.Key, g =&gt; g.First())</c> gives; a null
    /// key throws as it does there).
    /// </summary>
    public static Dictionary<string, T> FirstByKey<T>(IEnumerable<T> items, Func<T, string> key, IEqualityComparer<string>? comparer = null)
        where T : class
    {
        var first = new Dictionary<string, T>(comparer);
        foreach (var item in items)
        {
            first.TryAdd(key(item), item);
        }

        return first;
    }
}
