using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Generation;

/// <summary>
/// Draws a result's value around its sample's, and an enterprise standard's limit between the sample's value and the
/// catalog's loosest bound. A value moves by up to half its distance to the nearest bound of the requirements (so a
/// narrow range such as a density of 0.791–0.793 stays narrow); some values move part of the way towards a bound, and a
/// few land right around one, on either side — so that products spread over the ladder's rungs and some fail. Decimals
/// throughout, rounded to the decimals the sample (or the bound) is written with. Limits are drawn for the submission's
/// enterprise standard only; no catalog gains a limit.
/// </summary>
internal static class ValueDraw
{
    /// <summary>How far a grade moves from the sample's: mostly not at all.</summary>
    private static readonly (int Item, int Weight)[] GradeSteps = [(0, 70), (1, 18), (-1, 10), (-2, 2)];

    /// <summary>A value for the result.</summary>
    /// <param name="template">The sample's result.</param>
    /// <param name="random">The draws.</param>
    /// <param name="shared">For results drawn together (the inputs of one derived indicator), the relative change they
    /// share, so that their ratio stays near the sample's; null for a result drawn alone.</param>
    public static string Value(ResultTemplate template, ref SampleRandom random, decimal? shared = null)
    {
        var indicator = template.Indicator;
        switch (indicator.Kind)
        {
            case IndicatorKind.Quantitative when template.Number is not null && template.Label is { } label && random.Chance(0.75m):
                // Most products hold what their label declares, within 2 %.
                return Written(Clamp(label * (1m + random.Jitter(0.02m)), indicator), template.Number.Value.Scale);
            case IndicatorKind.Quantitative when template.Number is { } anchor && shared is { } change:
                return Written(Clamp(anchor * (1m + change) * (1m + random.Jitter(0.005m)), indicator), anchor.Scale);
            case IndicatorKind.Quantitative when template.Number is { } anchor:
                return Number(anchor, template, ref random);
            case IndicatorKind.Ordinal when Position(indicator, template.Written) is var at and >= 0:
                var grade = Math.Clamp(at + random.Pick(GradeSteps), 0, indicator.Scale.Count - 1);
                // A grade below what binds the product is rare, unless the sample is already there.
                return indicator.Scale[template.Bounds.PassGrade is { } pass && grade < pass && at >= pass && random.Chance(0.8m) ? pass : grade];
            case IndicatorKind.Categorical when (indicator.Values ?? []).Count > 1 && random.Chance(0.03m):
                var others = indicator.Values!.Where(v => !string.Equals(v.Id, template.Written, StringComparison.OrdinalIgnoreCase)).ToList();
                return random.Pick(others).Id;
            default:
                // Below the detection limit, or written in words: as the sample writes it.
                return template.Written;
        }
    }

    private static string Number(decimal anchor, ResultTemplate template, ref SampleRandom random)
    {
        var (bounds, indicator) = (template.Bounds, template.Indicator);
        var scale = anchor.Scale;
        if (!bounds.Passes(anchor) && random.Chance(0.75m))
        {
            // Most products made like a sample that fails meet what binds them.
            anchor = Inside(bounds, random.Fraction());
        }

        var step = new decimal(1, 0, 0, false, (byte)scale);
        var spread = Spread(anchor, bounds.All, step);
        var mode = random.Fraction();
        decimal value;
        if (bounds.All.Count > 0 && mode < 0.03m)
        {
            // Right around a bound, on either side of it.
            var bound = random.Pick(bounds.All);
            scale = Math.Max(scale, bound.Scale);
            value = bound + random.Jitter(Math.Max(spread / 2m, new decimal(1, 0, 0, false, (byte)scale)));
        }
        else if (bounds.Passing.Count > 0 && mode < 0.25m)
        {
            // Part of the way towards a bound that binding requirements accept, never past it.
            value = anchor + ((random.Pick(bounds.Passing) - anchor) * random.Fraction());
        }
        else
        {
            value = anchor + random.Jitter(spread / 2m);
        }

        return Written(Clamp(value, indicator), scale);
    }

    /// <summary>A value that meets every binding requirement: inside their range, or below (above) their bound.</summary>
    private static decimal Inside(RequirementBounds bounds, decimal fraction) => (bounds.PassLow, bounds.PassHigh) switch
    {
        ({ } low, { } high) => low + ((high - low) * (0.2m + (0.6m * fraction))),
        (null, { } high) => high * (0.6m + (0.4m * fraction)),
        ({ } low, null) => low * (1m + (0.1m * fraction)),
        _ => 0m,
    };

    /// <summary>The distance from the value to the nearest bound it is not on; 5 % of the value without one (at least one step of its last digit).</summary>
    private static decimal Spread(decimal anchor, IReadOnlyList<decimal> bounds, decimal step)
    {
        var nearest = decimal.MaxValue;
        foreach (var bound in bounds)
        {
            var distance = Math.Abs(bound - anchor);
            if (distance > 0m && distance < nearest)
            {
                nearest = distance;
            }
        }

        return Math.Max(nearest == decimal.MaxValue ? Math.Abs(anchor) * 0.05m : nearest, step);
    }

    private static decimal Clamp(decimal value, Indicator indicator) => !indicator.AllowNegative && value < 0m ? 0m : value;

    /// <summary>
    /// A limit for the enterprise standard, between the sample's value and the bound binding the product (else the
    /// loosest bound of the requirements on it; at the bound when the sample does not meet it); for a grade, between the
    /// lowest required grade and the sample's. Null when the catalog gives nothing to start from.
    /// </summary>
    public static Limit? EnterpriseLimit(ResultTemplate template, ref SampleRandom random)
    {
        var indicator = template.Indicator;
        var bounds = template.Bounds;
        if (indicator.Kind == IndicatorKind.Ordinal)
        {
            var sample = Position(indicator, template.Written);
            if (bounds.Grades.Count == 0 || sample < 0)
            {
                return null;
            }

            var lowest = bounds.Grades.Min();
            return Limit.AtLeastGrade(indicator.Scale[sample <= lowest ? lowest : lowest + random.Below(sample - lowest + 1)]);
        }

        if (indicator.Kind != IndicatorKind.Quantitative || template.Number is not { } anchor || template.Basis is not null)
        {
            return null;
        }

        switch (indicator.Direction)
        {
            case Direction.LowerIsBetter when bounds.Maxima.Count > 0:
                // No looser than what binds the product.
                var loosest = bounds.PassHigh ?? bounds.Maxima.Max();
                var max = anchor >= loosest ? loosest : Round(anchor + ((loosest - anchor) * (0.3m + (0.7m * random.Fraction()))), loosest.Scale, up: true);
                return max > 0m ? Limit.AtMost(Written(Math.Min(max, loosest), loosest.Scale)) : null;
            case Direction.HigherIsBetter when bounds.Minima.Count > 0:
                var lowest = bounds.PassLow ?? bounds.Minima.Min();
                var min = anchor <= lowest ? lowest : Round(lowest + ((anchor - lowest) * 0.7m * random.Fraction()), lowest.Scale, up: false);
                return Limit.AtLeast(Written(Math.Max(min, lowest), lowest.Scale));
            case Direction.TargetRange when bounds.Ranges.Count > 0:
                var low = bounds.PassLow ?? bounds.Ranges.Min(r => r.Low);
                var high = bounds.PassHigh ?? bounds.Ranges.Max(r => r.High);
                var decimals = Math.Max(bounds.Ranges.Max(r => r.Scale), Math.Max(low.Scale, high.Scale));
                if (anchor <= low || anchor >= high)
                {
                    return Limit.Between(Written(low, decimals), Written(high, decimals));
                }

                var from = Round(low + ((anchor - low) * 0.5m * random.Fraction()), decimals, up: false);
                var to = Round(high - ((high - anchor) * 0.5m * random.Fraction()), decimals, up: true);
                return Limit.Between(Written(Math.Max(from, low), decimals), Written(Math.Min(to, high), decimals));
            default:
                return null;
        }
    }

    /// <summary>The position of a grade on an ordinal indicator's scale, or −1.</summary>
    public static int Position(Indicator indicator, string grade)
    {
        var scale = indicator.Scale ?? [];
        for (var i = 0; i < scale.Count; i++)
        {
            if (scale[i] == grade)
            {
                return i;
            }
        }

        return -1;
    }

    private static decimal Round(decimal value, int decimals, bool up) =>
        Math.Round(value, decimals, up ? MidpointRounding.ToPositiveInfinity : MidpointRounding.ToNegativeInfinity);

    private static string Written(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.ToEven).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
