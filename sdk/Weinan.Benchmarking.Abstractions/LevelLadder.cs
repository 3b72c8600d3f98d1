namespace Weinan.Benchmarking.Abstractions;

/// <summary>A level ladder (data, not code), from the highest rung to the lowest.</summary>
public sealed record LevelLadder
{
    /// <summary>Ladder id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Name in Chinese and English.</summary>
    public LocalizedText? Name { get; init; }

    /// <summary>Rungs from the highest to the lowest; the last must be a failing rung that always holds.</summary>
    public IReadOnlyList<LevelRung> Rungs { get; init; } = [];
}

/// <summary>One rung of a level ladder.</summary>
public sealed record LevelRung
{
    /// <summary>Rung id, e.g. <c>international-leading</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>Name in Chinese and English, e.g. 国际领先 / International leading.</summary>
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    /// <summary>The test that decides whether the rung is reached.</summary>
    public RungTest Test { get; init; }

    /// <summary>Tiers whose requirements the test looks at; empty = every tier.</summary>
    public IReadOnlyList<StandardTier> Tiers { get; init; } = [];

    /// <summary>Whether the overall level applies the test to key indicators only.</summary>
    public bool KeyIndicatorsOnly { get; init; }

    /// <summary>Lowest evidence grade that can earn the rung; weaker evidence caps the level below it.</summary>
    public EvidenceGrade? MinimumEvidence { get; init; }

    /// <summary>Whether failing the rung means the product fails (e.g. 未达标 sits below a mandatory rung).</summary>
    public bool Failing { get; init; }

    /// <summary>
    /// Rungs that must hold (not merely be without requirements) for this rung to hold, e.g. 国际领先 requires
    /// 国际先进: a product with no international reference is never "internationally leading".
    /// </summary>
    public IReadOnlyList<string> Requires { get; init; } = [];
}
