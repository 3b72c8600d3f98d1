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

    /// <summary>Permitted deviation from the declared value, for a <see cref="LimitKind.Declared"/> limit.</summary>
    public Deviation? Deviation { get; init; }

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

    /// <summary>The declared value within a permitted deviation.</summary>
    public static Limit DeclaredWithin(Deviation deviation) => new() { Kind = LimitKind.Declared, Deviation = deviation };

    /// <summary>Not permitted (不得使用): only a result below the detection limit meets it.</summary>
    public static Limit NotPermitted() => new() { Kind = LimitKind.NotPermitted };

    /// <summary>
    /// The limit written the way a standard prints it, e.g. <c>≤ 75</c>, <c>4.0 ~ 7.5</c>, <c>10.0 ± 0.1</c>,
    /// <c>not permitted</c> (the words in both languages: <see cref="Vocabulary.Limit"/>).
    /// </summary>
    public override string ToString() => Kind switch
    {
        LimitKind.Upper => $"{(MaxInclusive ? "≤" : "<")} {Max}",
        LimitKind.Lower => $"{(MinInclusive ? "≥" : ">")} {Min}",
        LimitKind.Range => $"{(MinInclusive ? "" : ">")}{Min} ~ {(MaxInclusive ? "" : "<")}{Max}",
        LimitKind.Tolerance => $"{Nominal} ± {Tolerance}",
        LimitKind.Ordinal => $"≥ {Min}",
        LimitKind.Categorical => string.Join(" / ", Accepted),
        LimitKind.Declared => Deviation?.ToString() ?? "",
        LimitKind.NotPermitted => "not permitted",
        _ => "",
    } + (Basis is null ? "" : $" ({Basis})");

    /// <summary>An empty limit: the shared default of the model's limit fields.</summary>
    internal static Limit Empty { get; } = new();
}

/// <summary>
/// A permitted deviation from a declared value: how far below (<see cref="Below"/>) and above (<see cref="Above"/>) the
/// measured value may lie; a side left empty is not limited. <see cref="Bands"/> grade the deviation by the size of the
/// declared value (e.g. a tighter tolerance for a fibre declared at 10 % or less); the first band whose
/// <see cref="DeviationBand.UpTo"/> is at least the declared value applies, else the deviation itself.
/// </summary>
public sealed record Deviation
{
    /// <summary>Absolute (in the requirement's unit) or relative (percent of the declared value).</summary>
    public DeviationMode Mode { get; init; } = DeviationMode.Absolute;

    /// <summary>How far below the declared value the measured value may lie, as written; null = not limited.</summary>
    public string? Below { get; init; }

    /// <summary>How far above the declared value the measured value may lie, as written; null = not limited.</summary>
    public string? Above { get; init; }

    /// <summary>Deviations graded by the declared value, in ascending <see cref="DeviationBand.UpTo"/>.</summary>
    public IReadOnlyList<DeviationBand> Bands { get; init; } = [];

    /// <summary>Whether the measured value must be above zero whatever the deviation allows (a declared component must be present).</summary>
    public bool RequirePositive { get; init; }

    /// <summary>The deviation written with the letter D for the declared value, e.g. <c>D ± 5</c>, <c>≥ D − 20 %</c>.</summary>
    public override string ToString()
    {
        var unit = Mode == DeviationMode.Relative ? " %" : "";
        return (Below, Above) switch
        {
            ({ } b, { } a) when b == a => $"D ± {b}{unit}",
            ({ } b, { } a) => $"D −{b}/+{a}{unit}",
            ({ } b, null) => $"≥ D − {b}{unit}",
            (null, { } a) => $"≤ D + {a}{unit}",
            _ => Bands.Count > 0 ? $"D ± ({string.Join("; ", Bands)})" : "D",
        };
    }
}

/// <summary>A deviation for declared values up to <see cref="UpTo"/>.</summary>
public sealed record DeviationBand
{
    /// <summary>Largest declared value of the band (inclusive), as written; null = no upper end (the last band).</summary>
    public string? UpTo { get; init; }

    /// <summary>Absolute or relative; null = the deviation's own mode.</summary>
    public DeviationMode? Mode { get; init; }

    /// <summary>How far below the declared value the measured value may lie; null = not limited.</summary>
    public string? Below { get; init; }

    /// <summary>How far above the declared value the measured value may lie; null = not limited.</summary>
    public string? Above { get; init; }

    /// <summary>Whether the measured value must be above zero (e.g. a fibre declared at 3 % or less must not measure 0).</summary>
    public bool RequirePositive { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{(UpTo is null ? "" : "D ≤ " + UpTo + ": ")}{(Below == Above ? "±" + Below : $"−{Below ?? "∞"}/+{Above ?? "∞"}")}{(Mode == DeviationMode.Relative ? " %" : "")}";
}
