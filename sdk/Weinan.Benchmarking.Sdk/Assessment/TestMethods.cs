using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// What a catalog says about test methods: which are interchangeable (declared equivalent, the relation taken as
/// symmetric and transitive) and which detection limit each reports down to. Codes match without their year:
/// <c>GB/T 2912.1-2009</c> is <c>GB/T 2912.1</c>.
/// </summary>
internal sealed class TestMethods
{
    private readonly Dictionary<string, string> _group = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TestMethod> _byFamily = new(StringComparer.Ordinal);

    public TestMethods(IReadOnlyList<TestMethod>? methods)
    {
        foreach (var method in methods ?? [])
        {
            if (method is null || string.IsNullOrWhiteSpace(method.Code))
            {
                continue;
            }

            _byFamily.TryAdd(Key(method.Code), method);
            foreach (var other in method.Equivalent ?? [])
            {
                if (!string.IsNullOrWhiteSpace(other))
                {
                    Union(Key(method.Code), Key(other));
                }
            }
        }

        // The records that declare an equivalence, by the group of methods they make interchangeable.
        foreach (var method in methods ?? [])
        {
            if (method is not null && !string.IsNullOrWhiteSpace(method.Code) && method.Equivalent is { Count: > 0 })
            {
                var root = Find(Key(method.Code));
                if (!_declaring.TryGetValue(root, out var declaring))
                {
                    _declaring[root] = declaring = [];
                }

                declaring.Add(method);
            }
        }
    }

    private readonly Dictionary<string, List<TestMethod>> _declaring = new(StringComparer.Ordinal);

    /// <summary>The records that make a group of equivalents; none (without allocating) for no group.</summary>
    private IReadOnlyList<TestMethod> Declaring(string? group)
    {
        if (group is not null && _declaring.TryGetValue(group, out var declaring))
        {
            return declaring;
        }

        IReadOnlyList<TestMethod> none = [];
        return none;
    }

    public static TestMethods None { get; } = new(null);

    /// <summary>The code without its edition year, blanks normalised.</summary>
    public static string Key(string code) => EditionSelector.Family(code.Trim()).Replace("  ", " ", StringComparison.Ordinal);

    /// <summary>
    /// Whether a value measured by <paramref name="method"/> may be judged against a limit defined by any of
    /// <paramref name="defining"/>: the same method, one declared equivalent, or a part of a defining series
    /// (<c>GB/T 2910.11</c> is a part of <c>GB/T 2910</c>).
    /// </summary>
    public bool Accepts(string method, IReadOnlyList<string> defining) => Accepts(method, defining, out _);

    /// <summary>
    /// <see cref="Accepts(string, IReadOnlyList{string})"/>, and the catalog records whose declared equivalence it relied
    /// on (none when the method is a defining one or a part of a defining series).
    /// </summary>
    public bool Accepts(string method, IReadOnlyList<string> defining, out IReadOnlyList<TestMethod> declaring)
    {
        var key = Key(method);
        for (var i = 0; i < defining.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(defining[i]) && Same(key, Key(defining[i]), out var group))
            {
                declaring = Declaring(group);
                return true;
            }
        }

        declaring = [];
        return false;
    }

    /// <summary>Whether the measured method (or the series it is a part of) is the defining one, or of its group of
    /// declared equivalents; <paramref name="group"/> names that group when only a declaration makes them one.</summary>
    private bool Same(string measured, string defining, out string? group)
    {
        group = null;
        for (var k = measured; k.Length > 0; k = Parent(k))
        {
            if (k == defining)
            {
                return true;
            }

            if (Find(k) is var root && root == Find(defining))
            {
                group = root;
                return true;
            }
        }

        return false;
    }

    /// <summary>The series a part belongs to: <c>GB/T 2910.11</c> → <c>GB/T 2910</c>; empty when none.</summary>
    private static string Parent(string key)
    {
        var dot = key.LastIndexOf('.');
        var space = key.LastIndexOf(' ');
        return dot > space && dot > 0 ? key[..dot] : "";
    }

    /// <summary>The catalog's record of a method, if any.</summary>
    public TestMethod? Describe(string? method) =>
        string.IsNullOrWhiteSpace(method) ? null : _byFamily.GetValueOrDefault(Key(method));

    private string Find(string key)
    {
        while (_group.TryGetValue(key, out var parent) && parent != key)
        {
            key = parent;
        }

        return key;
    }

    private void Union(string a, string b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb)
        {
            _group[rb] = ra;
            _group.TryAdd(ra, ra);
        }
    }
}
