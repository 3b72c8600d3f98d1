using System.Globalization;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// For every evaluated indicator standing below the target rung: the rung it fails next, the limit that decides it,
/// the value needed, and the absolute and relative gap. Ranked key indicators first, then by relative gap.
/// </summary>
internal static class GapAnalysis
{
    public static List<Gap> Analyse(LevelLadder ladder, IReadOnlyList<IndicatorWork> work, LadderPositioning.Outcome positions,
        string targetRung, UnitConverter converter)
    {
        var rungs = ladder.Rungs;
        var target = Math.Max(0, rungs.ToList().FindIndex(r => r.Id == targetRung));
        var gaps = new List<Gap>();
        foreach (var w in work.Where(w => w.Evaluated))
        {
            var (rungId, _, index) = positions.PerIndicator[w.Indicator.Id];
            if (index <= target)
            {
                continue;
            }

            // The rung directly above where the indicator stands is the one it failed (or a non-applicable one).
            var next = Enumerable.Range(target, index - target).Reverse()
                .Select(i => rungs[i])
                .FirstOrDefault(r => w.Check(r) is RungCheck.Fails or RungCheck.EvidenceTooWeak);
            if (next is null)
            {
                continue;
            }

            var gap = w.Check(next) == RungCheck.EvidenceTooWeak
                ? EvidenceGap(w, next)
                : LimitGap(w, next, converter);
            if (gap is not null)
            {
                gaps.Add(gap with { CurrentRung = rungId, NextRung = next.Id });
            }
        }

        return gaps
            .OrderByDescending(g => g.Key)
            .ThenByDescending(g => decimal.TryParse(g.RelativeGapPercent, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : -1m)
            .ThenBy(g => g.IndicatorId, StringComparer.Ordinal)
            .Select((g, i) => g with { Priority = i + 1 })
            .ToList();
    }

    private static Gap NewGap(IndicatorWork w, Judged decisive, string required) => new()
    {
        IndicatorId = w.Indicator.Id,
        Name = w.Indicator.Name,
        Key = w.Indicator.Key,
        Limit = Assessor.Source(decisive.Requirement, decisive.Standard),
        Measured = w.Result!.Value,
        Required = required,
    };

    private static Gap EvidenceGap(IndicatorWork w, LevelRung rung) =>
        NewGap(w, w.JudgedFor(rung)[0], $"evidence ≥ {Camel(rung.MinimumEvidence!.Value.ToString())}");

    private static Gap? LimitGap(IndicatorWork w, LevelRung rung, UnitConverter converter)
    {
        var beats = rung.Test == RungTest.BeatsAll;
        var candidates = w.JudgedFor(rung)
            .Where(j => beats ? !j.Outcome.Beats : !j.Outcome.Meets)
            .Select(j => (Judged: j, Size: Size(w, j, beats, converter)))
            .OrderByDescending(c => c.Size.Relative ?? -1m)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (judged, size) = candidates[0];
        var required = Required(judged.Requirement.Limit, beats) +
            (size.GuardBand is { } gb and > 0m ? $" (w = {Show(gb)}: acceptance limit moved inward)" : "");
        return NewGap(w, judged, required) with
        {
            AbsoluteGap = size.Absolute is { } a ? Show(a) : null,
            RelativeGapPercent = size.Relative is { } r ? Show(r) : null,
        };
    }

    /// <summary>
    /// Gap to the limit, or to the acceptance limit when a guard band applied (w = factor × U): the value has to clear
    /// the zone the decision rule accepts, not just the written limit.
    /// </summary>
    private static (decimal? Absolute, decimal? Relative, decimal? GuardBand) Size(IndicatorWork w, Judged j, bool beats, UnitConverter converter)
    {
        var value = MeasuredValue.Parse(w.Result!, w.Indicator);
        if (value.Kind != MeasuredValueKind.Number || !NumericBounds.TryCreate(j.Requirement.Limit, out var b))
        {
            return (null, null, null);
        }

        if (!LimitJudge.TryValueFactor(w.Result!, w.Indicator, j.Requirement, converter, out var factor, out _))
        {
            return (null, null, null);
        }

        // Figures that would be beyond the range of decimal are left out rather than guessed.
        if (!DecimalMath.TryMultiply(value.Number.Value, factor, out var x) || !TryGuardBand(j.Rule, value, factor, out var guard) ||
            !DecimalMath.TryAdd(b.Max ?? 0m, -guard, out var movedMax) || !DecimalMath.TryAdd(b.Min ?? 0m, guard, out var movedMin))
        {
            return (null, null, null);
        }

        b = b with { Max = b.Max is null ? null : movedMax, Min = b.Min is null ? null : movedMin };
        decimal gap;
        decimal bound;
        bool held;
        if (b.Max is { } max && (x > max || (b.Min is null && beats)))
        {
            (held, bound) = (DecimalMath.TrySubtract(x, max, out gap), max);
        }
        else if (b.Min is { } min && (x < min || (b.Max is null && beats)))
        {
            (held, bound) = (DecimalMath.TrySubtract(min, x, out gap), min);
        }
        else
        {
            var nearest = b.Max is { } mx && b.Min is { } mn ? (DecimalMath.SaturatingAdd(mx, -x) < DecimalMath.SaturatingAdd(x, -mn) ? mx : mn) : x;
            (held, gap, bound) = (true, 0m, nearest);
        }

        if (!held)
        {
            return (null, null, guard);
        }

        gap = Math.Max(0m, gap);
        decimal? relative = bound != 0m && DecimalMath.TryDivide(gap, Math.Abs(bound), out var share) &&
                            DecimalMath.TryMultiply(share, 100m, out var percent) &&
                            Rounding.TryToInterval(new WrittenNumber(percent), 0.1m, out var rounded)
            ? rounded
            : null;
        return (gap, relative, guard);
    }

    /// <summary>w = factor × U in the limit's unit under a guard-band rule with U; 0 otherwise; false when it cannot be computed.</summary>
    private static bool TryGuardBand(DecisionRule rule, MeasuredValue value, decimal factor, out decimal guard)
    {
        guard = 0m;
        if (rule.Kind == DecisionRuleKind.SimpleAcceptance || value.Uncertainty is not { } u)
        {
            return true;
        }

        return LimitJudge.GuardBandFactor(rule) is { } g &&
               DecimalMath.TryMultiply(Math.Abs(u.Value), factor, out var converted) &&
               DecimalMath.TryMultiply(g, converted, out guard);
    }

    private static string Required(Limit limit, bool strictly) => !strictly
        ? limit.ToString()
        : limit.Kind switch
        {
            LimitKind.Upper => $"< {limit.Max}",
            LimitKind.Lower => $"> {limit.Min}",
            LimitKind.Ordinal => $"> {limit.Min}",
            _ => $"{limit} (inside)",
        };

    private static string Show(decimal v) => Rounding.Normalize(v).ToString(CultureInfo.InvariantCulture);

    private static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];
}
