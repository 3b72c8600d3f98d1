namespace Weinan.Benchmarking.Abstractions;

/// <summary>
/// A limit exactly as written in a standard. Numbers are kept as written strings, so <c>"0.10"</c> is not <c>"0.1"</c>:
/// the last written digit sets the rounding interval of the rounded judgement method.
/// </summary>
public sealed record Limit
{
    /// <summary>Shape of the limit.</summary>
    public LimitKind Kind { get; init; }

    /// <summary>Lower bound (Lower, Range) or minimum grade (Ordinal), as written.</summary>
    public string? Min { get; init; }

    /// <summary>Upper bound (Upper, Range), as written.</summary>
    public string? Max { get; init; }

    /// <summary>Whether <see cref="Min"/> itself meets the limit (≥ rather than &gt;).</summary>
    public bool MinInclusive { get; init; } = true;

    /// <summary>Whether <see cref="Max"/> itself meets the limit (≤ rather than &lt;).</summary>
    public bool MaxInclusive { get; init; } = true;

    /// <summary>Nominal value of a Tolerance limit, as written.</summary>
    public string? Nominal { get; init; }

    /// <summary>Symmetric tolerance of a Tolerance limit, as written.</summary>
    public string? Tolerance { get; init; }

    /// <summary>Accepted values of a Categorical limit, e.g. <c>none</c>.</summary>
    public IReadOnlyList<string> Accepted { get; init; } = [];

    /// <summary>Reporting basis, e.g. <c>HCOOH</c> or <c>CH3COOH</c> for acidity; compared limits must share it or convert.</summary>
    public string? Basis { get; init; }

    /// <summary>An upper limit.</summary>
    public static Limit AtMost(string max, bool inclusive = true) => new() { Kind = LimitKind.Upper, Max = max, MaxInclusive = inclusive };

    /// <summary>A lower limit.</summary>
    public static Limit AtLeast(string min, bool inclusive = true) => new() { Kind = LimitKind.Lower, Min = min, MinInclusive = inclusive };

    /// <summary>A range.</summary>
    public static Limit Between(string min, string max, bool minInclusive = true, bool maxInclusive = true) =>
        new() { Kind = LimitKind.Range, Min = min, Max = max, MinInclusive = minInclusive, MaxInclusive = maxInclusive };

    /// <summary>Nominal ± tolerance.</summary>
    public static Limit PlusMinus(string nominal, string tolerance) => new() { Kind = LimitKind.Tolerance, Nominal = nominal, Tolerance = tolerance };

    /// <summary>At least an ordinal grade.</summary>
    public static Limit AtLeastGrade(string grade) => new() { Kind = LimitKind.Ordinal, Min = grade };

    /// <summary>One of the accepted categorical values.</summary>
    public static Limit OneOf(params string[] accepted) => new() { Kind = LimitKind.Categorical, Accepted = accepted };

    /// <summary>The limit written the way a standard prints it, e.g. <c>≤ 75</c>, <c>4.0 ~ 7.5</c>, <c>10.0 ± 0.1</c>.</summary>
    public override string ToString() => Kind switch
    {
        LimitKind.Upper => $"{(MaxInclusive ? "≤" : "<")} {Max}",
        LimitKind.Lower => $"{(MinInclusive ? "≥" : ">")} {Min}",
        LimitKind.Range => $"{(MinInclusive ? "" : ">")}{Min} ~ {(MaxInclusive ? "" : "<")}{Max}",
        LimitKind.Tolerance => $"{Nominal} ± {Tolerance}",
        LimitKind.Ordinal => $"≥ {Min}",
        LimitKind.Categorical => string.Join(" / ", Accepted),
        _ => "",
    } + (Basis is null ? "" : $" ({Basis})");
}
