using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// The catalog data an assessment applied beside its requirements, for the result to list with its provenance: the
/// conversions (to judge, compare, read or show a value) and the test-method records (a detection limit taken for a value
/// reported below detection, an equivalence that let a value be judged against a limit defined by another method).
/// Recorded on the assessment's thread while <see cref="Record"/> lasts, by whichever stage applies them: an assessment
/// runs on one thread from start to end. Work kept for later assessments (a comparison of two catalog limits, a rung's
/// candidates) keeps what it applied and records it again wherever it is used.
/// </summary>
internal sealed class AppliedData
{
    [ThreadStatic]
    private static AppliedData? _current;

    private List<Conversion>? _conversions;
    private List<TestMethod>? _testMethods;

    /// <summary>Nothing applied (what kept work holds when it applied nothing).</summary>
    public static AppliedData None { get; } = new();

    // Typed apart: as the other branch of a conditional, [] would be a new list on every read.
    private static readonly IReadOnlyList<Conversion> NoConversions = [];
    private static readonly IReadOnlyList<TestMethod> NoTestMethods = [];

    public IReadOnlyList<Conversion> Conversions => _conversions ?? NoConversions;

    public IReadOnlyList<TestMethod> TestMethods => _testMethods ?? NoTestMethods;

    /// <summary>
    /// Records, on this thread until the returned scope is disposed, what is applied into <paramref name="into"/> (each item
    /// once); the recording it interrupts goes on afterwards.
    /// </summary>
    public static Scope Record(AppliedData into)
    {
        var interrupted = _current;
        _current = into;
        return new Scope(interrupted);
    }

    /// <summary>Records catalog conversions as applied.</summary>
    public static void Add(IReadOnlyList<Conversion> conversions)
    {
        if (conversions.Count > 0 && _current is { } current)
        {
            AddEach(current._conversions ??= [], conversions);
        }
    }

    /// <summary>Records test-method records as relied on.</summary>
    public static void Add(IReadOnlyList<TestMethod> methods)
    {
        if (methods.Count > 0 && _current is { } current)
        {
            AddEach(current._testMethods ??= [], methods);
        }
    }

    /// <summary>Records what kept work applied, as applied now.</summary>
    public static void Add(AppliedData kept)
    {
        Add(kept.Conversions);
        Add(kept.TestMethods);
    }

    /// <summary>Runs <paramref name="work"/>, to be kept for later assessments, recording what it applies apart as well.</summary>
    /// <remarks>An out parameter, not a tuple: keeps start-up free of JIT work (docs/performance.md, Cold start).</remarks>
    public static T Kept<T>(Func<T> work, out AppliedData applied)
    {
        var recorded = new AppliedData();
        T result;
        using (Record(recorded))
        {
            result = work();
        }

        Add(recorded);
        applied = recorded._conversions is null && recorded._testMethods is null ? None : recorded;
        return result;
    }

    /// <summary>The items of <paramref name="catalog"/> among <paramref name="applied"/>, in the catalog's order.</summary>
    public static IReadOnlyList<T> InCatalogOrder<T>(IReadOnlyList<T> catalog, IReadOnlyList<T> applied) where T : class
    {
        if (applied.Count == 0)
        {
            return [];
        }

        var ordered = new List<T>(applied.Count);
        foreach (var item in catalog)
        {
            if (Contains(applied, item))
            {
                ordered.Add(item);
            }
        }

        return ordered;
    }

    private static void AddEach<T>(List<T> into, IReadOnlyList<T> items) where T : class
    {
        foreach (var item in items)
        {
            if (!Contains(into, item))
            {
                into.Add(item);
            }
        }
    }

    private static bool Contains<T>(IReadOnlyList<T> list, T item) where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ends a <see cref="Record"/>.</summary>
    internal readonly struct Scope(AppliedData? interrupted) : IDisposable
    {
        public void Dispose() => _current = interrupted;
    }
}
