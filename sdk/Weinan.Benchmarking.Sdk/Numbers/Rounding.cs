using Weinan.Benchmarking.Abstractions;
namespace Weinan.Benchmarking.Sdk.Numbers;

/// <summary>
/// Rounding per GB/T 8170-2008 §3 on decimals: to an interval (10ⁿ, or 0.5 or 0.2 units of 10ⁿ) or to significant
/// digits, round half to even, once — never chained. ISO 80000-1 Annex B Rule A, JIS Z 8401 and ASTM E29 give the
/// same answers, so <see cref="GbT8170"/>, <see cref="IsoRuleA"/>, <see cref="JisZ8401"/> and <see cref="AstmE29"/>
/// name the same rule.
/// </summary>
/// <remarks>
/// Negative values: the magnitude is rounded and the sign restored. A sign suffix decides an exact half:
/// "(+)" rounds the magnitude up, "(−)" drops (GB/T 8170 §3.3: 16.5203 reported 16.5(+) rounds to 17;
/// 15.4546 reported 15.5(−) rounds to 15). A suffix does nothing when the dropped part is not exactly half.
/// </remarks>
public static class Rounding
{
    /// <summary>Name of the rule, as printed in results.</summary>
    public const string RuleName = "GB/T 8170-2008 §3 round half to even, once (= ISO 80000-1 Rule A, JIS Z 8401, ASTM E29)";

    /// <summary>The rule in both languages.</summary>
    public static LocalizedText RuleText { get; } = new(
        "GB/T 8170-2008 第3章：四舍六入五考虑（五后皆零视奇偶），一次修约，不连续修约（同 ISO 80000-1 规则A、JIS Z 8401、ASTM E29）",
        RuleName);

    /// <summary>GB/T 8170-2008 rounding to an interval.</summary>
    public static decimal GbT8170(WrittenNumber value, decimal interval) => ToInterval(value, interval);

    /// <summary>ISO 80000-1 Annex B Rule A (same rule).</summary>
    public static decimal IsoRuleA(WrittenNumber value, decimal interval) => ToInterval(value, interval);

    /// <summary>JIS Z 8401 (same rule).</summary>
    public static decimal JisZ8401(WrittenNumber value, decimal interval) => ToInterval(value, interval);

    /// <summary>ASTM E29 rounding method (same rule).</summary>
    public static decimal AstmE29(WrittenNumber value, decimal interval) => ToInterval(value, interval);

    /// <summary>Rounds to a positive interval; the result carries the interval's decimals.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The interval is not positive.</exception>
    /// <exception cref="OverflowException">The rounded value is beyond <see cref="decimal"/> (a value within one interval of its limit).</exception>
    public static decimal ToInterval(WrittenNumber value, decimal interval)
    {
        if (interval <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The rounding interval must be positive.");
        }

        return TryToInterval(value, interval, out var rounded)
            ? rounded
            : throw new OverflowException("The rounded value is beyond the range of decimal.");
    }

    /// <summary>
    /// Rounds to a positive interval like <see cref="ToInterval"/>; false when the interval is not positive or the rounded
    /// value is beyond <see cref="decimal"/>. Exact for any interval: a limit written to the 28th decimal implies an
    /// interval of 10⁻²⁸, and the value is still rounded to it without dividing by the interval.
    /// </summary>
    public static bool TryToInterval(WrittenNumber value, decimal interval, out decimal rounded)
    {
        rounded = 0m;
        if (interval <= 0)
        {
            return false;
        }

        interval = Normalize(interval);
        var magnitude = Math.Abs(value.Value);
        var dropped = decimal.Remainder(magnitude, interval);
        var whole = magnitude - dropped;
        var rest = interval - dropped;
        var up = dropped > rest || (dropped == rest && value.Suffix switch
        {
            SignSuffix.Plus => true,
            SignSuffix.Minus => false,
            _ => !IsEvenMultiple(whole, interval),
        });
        if (up && !DecimalMath.TryAdd(whole, interval, out whole))
        {
            return false;
        }

        if (whole == 0m)
        {
            rounded = decimal.Round(0m, interval.Scale);
            return true;
        }

        // Carry exactly the interval's decimals: 16.5 → 17 at interval 1, 16 → 16.00 at interval 0.01.
        whole = decimal.Round(whole, interval.Scale) + new decimal(0, 0, 0, false, (byte)interval.Scale);
        rounded = value.Value < 0 ? -whole : whole;
        return true;
    }

    /// <summary>Whether a multiple of the interval is an even multiple of it.</summary>
    private static bool IsEvenMultiple(decimal multiple, decimal interval) =>
        DecimalMath.TryMultiply(interval, 2m, out var twice)
            ? decimal.Remainder(multiple, twice) == 0m
            : multiple == 0m; // twice the interval is beyond decimal: the only multiples are 0 and the interval itself.

    /// <summary>Rounds to a number of significant digits (GB/T 8170 R11, R12, R14, R15).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Digits is not positive.</exception>
    public static decimal ToSignificantDigits(WrittenNumber value, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(digits);
        if (value.Value == 0m)
        {
            return 0m;
        }

        var exponent = Exponent(Math.Abs(value.Value));
        return ToInterval(value, PowerOfTen(exponent - digits + 1));
    }

    /// <summary>Rounds to a <see cref="RoundingSpec"/>.</summary>
    public static decimal Round(WrittenNumber value, RoundingSpec spec) =>
        spec.SignificantDigits is { } digits ? ToSignificantDigits(value, digits) : ToInterval(value, spec.Interval);

    /// <summary>10ᵏ as a decimal with the natural scale (10⁻² = 0.01).</summary>
    public static decimal PowerOfTen(int k)
    {
        if (k < 0)
        {
            return new decimal(1, 0, 0, false, (byte)Math.Min(28, -k));
        }

        var result = 1m;
        for (var i = 0; i < k; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>Removes trailing zeros: 0.10 → 0.1, 100 stays 100.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>The exponent e with 10ᵉ ≤ x &lt; 10ᵉ⁺¹ for a positive x.</summary>
    private static int Exponent(decimal x)
    {
        var e = 0;
        while (x >= 10m)
        {
            x /= 10m;
            e++;
        }

        while (x < 1m)
        {
            x *= 10m;
            e--;
        }

        return e;
    }
}

/// <summary>A rounding target: an interval or a number of significant digits.</summary>
/// <param name="Interval">Interval such as 0.1, 100, 0.5 or 20; ignored when <paramref name="SignificantDigits"/> is set.</param>
/// <param name="SignificantDigits">Significant digits, if rounding to digits.</param>
public readonly record struct RoundingSpec(decimal Interval, int? SignificantDigits = null)
{
    /// <summary>Round to an interval.</summary>
    public static RoundingSpec ToInterval(decimal interval) => new(interval);

    /// <summary>Round to significant digits.</summary>
    public static RoundingSpec ToDigits(int digits) => new(0m, digits);
}
