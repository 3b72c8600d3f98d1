using System.Globalization;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>The numeric interval a quantitative limit allows, with the written precision of its bounds.</summary>
/// <param name="Min">Lower bound, if any.</param>
/// <param name="MinInclusive">Whether the lower bound meets the limit.</param>
/// <param name="Max">Upper bound, if any.</param>
/// <param name="MaxInclusive">Whether the upper bound meets the limit.</param>
/// <param name="Interval">Rounding interval implied by the last written digit (the finest of the written numbers).</param>
internal readonly record struct NumericBounds(decimal? Min, bool MinInclusive, decimal? Max, bool MaxInclusive, decimal Interval)
{
    public static bool TryCreate(Limit limit, out NumericBounds bounds)
    {
        var parsed = Of(limit);
        bounds = parsed.Bounds;
        return parsed.Ok;
    }

    /// <summary>The bounds of a limit written with symbols only (as <see cref="Describe()"/> writes them); empty when it has none.</summary>
    public static string Describe(Limit limit) => Of(limit).Described;

    /// <summary>
    /// Reads a catalog's limit once, for every later use: a catalog's limits are shared by every submission assessed
    /// against it and never change once assessed against (called as an assessment plan is made).
    /// </summary>
    public static void Remember(Limit limit) => Parsed.GetValue(limit, Parse);

    // Only catalog limits are kept, each once per plan: an enterprise's own limits are new objects in every submission,
    // and a weak table that took them would churn (a table entry, and its finalisation, per submission).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Limit, ParsedLimit> Parsed = [];

    private static ParsedLimit Of(Limit limit) => Parsed.TryGetValue(limit, out var parsed) ? parsed : Parse(limit);

    private static ParsedLimit Parse(Limit limit) =>
        TryRead(limit, out var bounds) ? new ParsedLimit(true, bounds, bounds.Describe()) : new ParsedLimit(false, default, "");

    private sealed record ParsedLimit(bool Ok, NumericBounds Bounds, string Described);

    private static bool TryRead(Limit limit, out NumericBounds bounds)
    {
        bounds = default;
        switch (limit.Kind)
        {
            case LimitKind.Upper when WrittenNumber.TryParse(limit.Max, out var max):
                bounds = new(null, true, max.Value, limit.MaxInclusive, max.LastDigitInterval);
                return true;
            case LimitKind.Lower when WrittenNumber.TryParse(limit.Min, out var min):
                bounds = new(min.Value, limit.MinInclusive, null, true, min.LastDigitInterval);
                return true;
            case LimitKind.Range when WrittenNumber.TryParse(limit.Min, out var lo) && WrittenNumber.TryParse(limit.Max, out var hi):
                bounds = new(lo.Value, limit.MinInclusive, hi.Value, limit.MaxInclusive, Math.Min(lo.LastDigitInterval, hi.LastDigitInterval));
                return true;
            case LimitKind.Tolerance when WrittenNumber.TryParse(limit.Nominal, out var nominal) && WrittenNumber.TryParse(limit.Tolerance, out var tol) &&
                                          DecimalMath.TrySubtract(nominal.Value, Math.Abs(tol.Value), out var low) &&
                                          DecimalMath.TryAdd(nominal.Value, Math.Abs(tol.Value), out var high):
                bounds = new(low, true, high, true,
                    Math.Min(nominal.LastDigitInterval, tol.LastDigitInterval));
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The bounds in another unit; false when a bound is beyond the range of <see cref="decimal"/> after scaling. The
    /// interval is scaled when it can be held (comparisons do not round, so they never read it).
    /// </summary>
    public bool TryScale(decimal factor, out NumericBounds scaled)
    {
        scaled = this;
        decimal min = 0m, max = 0m;
        if ((Min is { } lo && !DecimalMath.TryMultiply(lo, factor, out min)) || (Max is { } hi && !DecimalMath.TryMultiply(hi, factor, out max)))
        {
            return false;
        }

        scaled = this with
        {
            Min = Min is null ? null : min,
            Max = Max is null ? null : max,
            Interval = DecimalMath.TryMultiply(Interval, factor, out var interval) ? interval : Interval,
        };
        return true;
    }

    /// <summary>Whether x meets the limit, with the acceptance zone moved inward by <paramref name="shrink"/> (negative widens).</summary>
    public bool Within(decimal x, decimal shrink = 0m)
    {
        if (Max is { } max && DecimalMath.SaturatingAdd(max, -shrink) is var upper && !(MaxInclusive ? x <= upper : x < upper))
        {
            return false;
        }

        if (Min is { } min && DecimalMath.SaturatingAdd(min, shrink) is var lower && !(MinInclusive ? x >= lower : x > lower))
        {
            return false;
        }

        return true;
    }

    /// <summary>Whether x is strictly better than every bound (strictly inside).</summary>
    public bool StrictlyInside(decimal x) => (Max is not { } max || x < max) && (Min is not { } min || x > min);

    /// <summary>The interval written with symbols only: <c>≤ 75</c>, <c>&gt; 4</c>, <c>90 ~ 100</c>.</summary>
    public string Describe() => (Min, Max) switch
    {
        (null, { } max) => $"{(MaxInclusive ? "≤" : "<")} {Show(max)}",
        ({ } min, null) => $"{(MinInclusive ? "≥" : ">")} {Show(min)}",
        ({ } min, { } max) => $"{(MinInclusive ? "" : ">")}{Show(min)} ~ {(MaxInclusive ? "" : "<")}{Show(max)}",
        _ => "",
    };

    internal static string Show(decimal v) => Rounding.Normalize(decimal.Round(v, 6)).ToString(CultureInfo.InvariantCulture);
}
