namespace Weinan.Benchmarking.Abstractions;

/// <summary>A technical indicator (指标) of a product or process.</summary>
public sealed record Indicator
{
    /// <summary>Stable id, e.g. <c>formaldehyde</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>Name in Chinese and English.</summary>
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    /// <summary>Unit the indicator is reported in, e.g. <c>mg/kg</c>; empty for dimensionless and ordinal indicators.</summary>
    public string Unit { get; init; } = "";

    /// <summary>Quantitative, ordinal or categorical.</summary>
    public IndicatorKind Kind { get; init; }

    /// <summary>Which way is better.</summary>
    public Direction Direction { get; init; }

    /// <summary>Key indicator (核心指标).</summary>
    public bool Key { get; init; }

    /// <summary>Safety, performance, environment or energy.</summary>
    public IndicatorCategory Category { get; init; }

    /// <summary>Reporting basis measured values are on unless a result says otherwise, e.g. <c>HCOOH</c> for acidity.</summary>
    public string? Basis { get; init; }

    /// <summary>Ordinal scale from worst to best, e.g. <c>1, 1-2, 2, …, 5</c>; required for ordinal indicators.</summary>
    public IReadOnlyList<string> Scale { get; init; } = [];

    /// <summary>Whether a negative value is physically possible.</summary>
    public bool AllowNegative { get; init; }

    /// <summary>Test method, e.g. <c>GB/T 2912.1</c>.</summary>
    public string? Method { get; init; }

    /// <summary>For a derived indicator, the ids of the indicators it is computed from.</summary>
    public IReadOnlyList<string> DerivedFrom { get; init; } = [];

    /// <summary>
    /// Components the indicator is measured per (e.g. each fibre of a fibre-content claim); results and declared values
    /// then name one. Empty = the indicator has one value.
    /// </summary>
    public IReadOnlyList<IndicatorComponent> Components { get; init; } = [];

    /// <summary>
    /// The values a categorical indicator takes, with their names (e.g. <c>none</c> → 无异味 / no odour); results and
    /// categorical limits then use these ids, and reports show the names. Empty = free words, shown as written.
    /// </summary>
    public IReadOnlyList<IndicatorValue> Values { get; init; } = [];
}

/// <summary>A value of a categorical indicator, e.g. <c>not-detected</c> → 未检出 / not detected.</summary>
/// <param name="Id">Id used by results and limits.</param>
/// <param name="Name">Name in Chinese and English.</param>
public sealed record IndicatorValue(string Id, LocalizedText Name);

/// <summary>A component an indicator is measured per, e.g. the fibre <c>cotton</c> of a fibre-content indicator.</summary>
/// <param name="Id">Id used by results and declared values.</param>
/// <param name="Name">Name in Chinese and English.</param>
public sealed record IndicatorComponent(string Id, LocalizedText Name);
