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

        var x = value.Number.Value * factor;
        var guard = j.Rule.Kind != DecisionRuleKind.SimpleAcceptance && value.Uncertainty is { } u
            ? LimitJudge.GuardBandFactor(j.Rule) * Math.Abs(u.Value) * factor
            : 0m;
        b = b with { Max = b.Max - guard, Min = b.Min + guard };
        decimal gap;
        decimal bound;
        if (b.Max is { } max && (x > max || (b.Min is null && beats)))
        {
            (gap, bound) = (x - max, max);
        }
        else if (b.Min is { } min && (x < min || (b.Max is null && beats)))
        {
            (gap, bound) = (min - x, min);
        }
        else
        {
            var nearest = b.Max is { } mx && b.Min is { } mn ? (mx - x < x - mn ? mx : mn) : x;
            (gap, bound) = (0m, nearest);
        }

        gap = Math.Max(0m, gap);
        decimal? relative = bound == 0m ? null : Rounding.ToInterval(new WrittenNumber(gap / Math.Abs(bound) * 100m), 0.1m);
        return (gap, relative, guard);
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
