using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// The interval a declared-value limit allows: the value the product declares, in the requirement's unit, less the
/// permitted deviation below it and plus the one above it (absolute, or relative to the declared value), the deviation
/// taken from the first band whose upper end is at least the declared value. A side with no deviation is unbounded.
/// </summary>
internal static class DeclaredBounds
{
    public static bool TryCreate(Deviation? deviation, DeclaredValue? declared, Indicator indicator, Requirement requirement,
        UnitConverter converter, out NumericBounds bounds, out LocalizedText? why)
    {
        bounds = default;
        why = null;
        if (deviation is null)
        {
            why = new("标示值限值缺少允许偏差", "the declared-value limit has no permitted deviation");
            return false;
        }

        if (declared is null || !WrittenNumber.TryParse(declared.Value, out var written))
        {
            why = declared is null
                ? new("产品未标示该指标的值", "the product declares no value for this indicator")
                : new($"标示值“{declared.Value}”无法解析", $"the declared value '{declared.Value}' cannot be read");
            return false;
        }

        var fromUnit = string.IsNullOrWhiteSpace(declared.Unit) ? indicator.Unit : declared.Unit;
        var toUnit = string.IsNullOrWhiteSpace(requirement.Unit) ? indicator.Unit : requirement.Unit;
        if (!converter.TryGetFactor(fromUnit, null, toUnit, null, indicator.Id, out var factor, out _) ||
            !DecimalMath.TryMultiply(written.Value, factor, out var d))
        {
            why = new($"标示值无法从 {fromUnit} 换算到 {toUnit}", $"the declared value cannot be converted from {fromUnit} to {toUnit}");
            return false;
        }

        var (mode, below, above, positive) = Select(deviation, d);
        if (!TryBound(d, below, mode, -1, out var lo) || !TryBound(d, above, mode, +1, out var hi))
        {
            why = new("允许偏差无法解析", "the permitted deviation cannot be read");
            return false;
        }

        var interval = Math.Min(written.LastDigitInterval * factor, Finest(below, above));
        var positiveOnly = positive && (lo is null || lo <= 0m);
        bounds = new NumericBounds(positiveOnly ? 0m : lo, !positiveOnly, hi, true, interval > 0m ? interval : 1m);
        return true;
    }

    private static (DeviationMode Mode, string? Below, string? Above, bool Positive) Select(Deviation deviation, decimal declared)
    {
        foreach (var band in deviation.Bands ?? [])
        {
            if (band is null)
            {
                continue;
            }

            if (band.UpTo is null || (WrittenNumber.TryParse(band.UpTo, out var upTo) && declared <= upTo.Value))
            {
                return (band.Mode ?? deviation.Mode, band.Below, band.Above, band.RequirePositive || deviation.RequirePositive);
            }
        }

        return (deviation.Mode, deviation.Below, deviation.Above, deviation.RequirePositive);
    }

    private static bool TryBound(decimal declared, string? written, DeviationMode mode, int sign, out decimal? bound)
    {
        bound = null;
        if (written is null)
        {
            return true;
        }

        if (!WrittenNumber.TryParse(written, out var n) || n.Value < 0m)
        {
            return false;
        }

        var delta = n.Value;
        if (mode == DeviationMode.Relative && !DecimalMath.TryMultiply(Math.Abs(declared), n.Value / 100m, out delta))
        {
            return false;
        }

        if (!DecimalMath.TryAdd(declared, sign * delta, out var b))
        {
            return false;
        }

        bound = b;
        return true;
    }

    private static decimal Finest(string? a, string? b)
    {
        var finest = decimal.MaxValue;
        foreach (var text in new[] { a, b })
        {
            if (WrittenNumber.TryParse(text, out var n))
            {
                finest = Math.Min(finest, n.LastDigitInterval);
            }
        }

        return finest;
    }
}
