using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Batch.Summary;

/// <summary>A national or international limit that applied to an indicator in a cluster, with its bounds as decimals.</summary>
/// <param name="Requirement">The requirement id.</param>
/// <param name="Tier">The standard's tier.</param>
/// <param name="Source">The standard's code, with the grade when there is one.</param>
/// <param name="Text">The limit with its unit, e.g. <c>≤ 75 mg/kg</c>.</param>
/// <param name="Bounds">The limit's numeric bounds in the indicator's unit (one, or two for a range).</param>
public sealed record SampleLimit(string Requirement, StandardTier Tier, LocalizedText Source, LocalizedText Text, IReadOnlyList<decimal> Bounds)
{
    /// <summary>Whether the limit is an international or foreign-advanced one (else national).</summary>
    public bool International => Tier is StandardTier.International or StandardTier.ForeignAdvanced;
}

/// <summary>
/// The values of one key indicator in one cluster (and sector): a bounded sample for percentiles, what could not be
/// counted, and the national and international limits that applied to the rows.
/// </summary>
public sealed class IndicatorSample
{
    /// <summary>The most limits kept per indicator and cluster.</summary>
    public const int LimitCount = 8;

    private readonly List<SampleLimit> _limits = [];

    internal IndicatorSample(SummaryGroup cluster, LocalizedText sector, LocalizedText indicator, string unit, int order, int sampleSize)
    {
        Values = new ValueSample(sampleSize);
        Cluster = cluster;
        Sector = sector;
        Indicator = indicator;
        Unit = unit;
        Order = order;
    }

    /// <summary>The cluster.</summary>
    public SummaryGroup Cluster { get; }

    /// <summary>The sector's name.</summary>
    public LocalizedText Sector { get; }

    /// <summary>The indicator's name (with its component's, for an indicator measured per component).</summary>
    public LocalizedText Indicator { get; }

    /// <summary>The indicator's unit; values and limits are in it.</summary>
    public string Unit { get; }

    /// <summary>The order in which the indicator was first seen.</summary>
    public int Order { get; }

    /// <summary>The values (below-detection values counted at their detection limit).</summary>
    public ValueSample Values { get; }

    /// <summary>Values written as below a detection limit (<c>&lt;0.01</c>), counted at the limit.</summary>
    public long BelowDetection { get; private set; }

    /// <summary>Values that are not numbers (<c>ND</c> without a limit, text).</summary>
    public long NotQuantified { get; private set; }

    /// <summary>The national and international limits that applied, in the order first seen.</summary>
    public IReadOnlyList<SampleLimit> Limits => _limits;

    /// <summary>Whether an indicator's values can be placed on a number line: not categorical, not an ordinal grade.</summary>
    internal static bool IsQuantitative(IndicatorResult indicator)
    {
        if (indicator.Values.Count > 0)
        {
            return false;
        }

        foreach (var j in indicator.Judgements)
        {
            if (j.Requirement.Limit.Kind is LimitKind.Ordinal or LimitKind.Categorical)
            {
                return false;
            }
        }

        return true;
    }

    internal void Add(IndicatorResult indicator)
    {
        // The value as submitted, in the indicator's unit; "ND" is counted as the judges compared it (at the detection
        // limit of its method), as the report's chart draws it.
        if ((Quantity(indicator.ValueInUnit ?? indicator.Value) ?? Compared(indicator)) is { } value)
        {
            Values.Add(value.Number);
            if (value.Below)
            {
                BelowDetection++;
            }
        }
        else
        {
            NotQuantified++;
        }

        foreach (var j in indicator.Judgements)
        {
            if (j.Role == JudgementRole.Applicable && j.Requirement is { RequirementId: { } id } source &&
                source.Tier is StandardTier.National or StandardTier.International or StandardTier.ForeignAdvanced &&
                string.Equals(source.Unit, Unit, StringComparison.Ordinal) && _limits.Count < LimitCount && !Knows(id) &&
                Bounds(source.Limit) is { } bounds)
            {
                var code = source.Grade is { } grade
                    ? new LocalizedText($"{source.StandardCode} · {grade.For("zh-CN")}", $"{source.StandardCode} · {grade.For("en")}")
                    : new LocalizedText(source.StandardCode, source.StandardCode);
                _limits.Add(new SampleLimit(id, source.Tier, code, Vocabulary.Limit(source.Limit, source.Unit), bounds));
            }
        }
    }

    private (decimal Number, bool Below)? Compared(IndicatorResult indicator)
    {
        foreach (var j in indicator.Judgements)
        {
            if (string.Equals(j.Requirement.Unit, Unit, StringComparison.Ordinal) && Quantity(j.ComparedValue) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A written value as a decimal; <c>&lt;0.01</c> is 0.01 below a detection limit.</summary>
    private static (decimal Number, bool Below)? Quantity(string? text)
    {
        var trimmed = text.AsSpan().Trim();
        var below = trimmed.Length > 0 && trimmed[0] is '<' or '＜';
        var written = below ? trimmed[1..].ToString() : text;
        return WrittenNumber.TryParse(written, out var number) ? (number.Value, below) : null;
    }

    private bool Knows(string requirement)
    {
        foreach (var limit in _limits)
        {
            if (string.Equals(limit.Requirement, requirement, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The numeric bounds of a limit; null for limits that are not numbers on the value's scale.</summary>
    private static decimal[]? Bounds(Limit limit)
    {
        static decimal? N(string? s) => WrittenNumber.TryParse(s, out var n) ? n.Value : null;
        return limit.Kind switch
        {
            LimitKind.Upper when N(limit.Max) is { } max => [max],
            LimitKind.Lower when N(limit.Min) is { } min => [min],
            LimitKind.Range when N(limit.Min) is { } min && N(limit.Max) is { } max => [min, max],
            LimitKind.Tolerance when N(limit.Nominal) is { } nominal && N(limit.Tolerance) is { } tolerance => [nominal - tolerance, nominal + tolerance],
            _ => null,
        };
    }
}
