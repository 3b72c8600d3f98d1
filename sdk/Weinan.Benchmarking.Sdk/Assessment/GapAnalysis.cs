using System.Globalization;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// For every evaluated indicator standing below the target rung: the next rung it fails (rungs without requirements for
/// it are passed over), the requirement that decides it, the value needed, and the gap — measured on the numbers the
/// judgement was decided on. Ranked: failures of binding requirements (mandatory, declared) first, then other failures,
/// then evidence shortfalls; within each, key indicators first, then the relative gap, largest first.
/// </summary>
internal static class GapAnalysis
{
    public static List<Gap> Analyse(LevelLadder ladder, IReadOnlyList<IndicatorWork> work, LadderPositioning.Outcome positions, string targetRung)
    {
        var rungs = ladder.Rungs;
        var target = Math.Max(0, rungs.ToList().FindIndex(r => r.Id == targetRung));
        var gaps = new List<Gap>();
        foreach (var w in work.Where(w => w.Evaluated))
        {
            var position = positions.PerIndicator[w.Key];
            var start = position.Index < 0 ? rungs.Count - 2 : position.Index - 1;
            for (var i = start; i >= target; i--)
            {
                var answer = w.Answer(rungs[i]);
                if (answer.Check is RungCheck.NotRelevant or RungCheck.Holds)
                {
                    continue;
                }

                var gap = answer.Check switch
                {
                    RungCheck.Fails => LimitGap(w, rungs[i], answer),
                    RungCheck.EvidenceTooWeak => EvidenceGap(w, rungs[i], answer),
                    _ => null,
                };
                if (gap is not null)
                {
                    gaps.Add(gap with { CurrentRung = position.Rung, NextRung = rungs[i].Id });
                }

                break;
            }
        }

        return gaps
            .OrderByDescending(g => g.Kind == GapKind.Limit && g.Binding)
            .ThenByDescending(g => g.Kind == GapKind.Limit)
            .ThenByDescending(g => g.Key)
            .ThenByDescending(g => decimal.TryParse(g.RelativeGapPercent, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : -1m)
            .ThenByDescending(g => g.GradeSteps ?? 0)
            .ThenBy(g => g.IndicatorId, StringComparer.Ordinal)
            .ThenBy(g => g.Component, StringComparer.Ordinal)
            .Select((g, i) => g with { Priority = i + 1 })
            .ToList();
    }

    private static Gap NewGap(IndicatorWork w, Judged decisive) => new()
    {
        IndicatorId = w.Indicator.Id,
        Component = w.Component?.Id,
        Name = w.Indicator.Name,
        Key = w.Indicator.Key,
        Binding = decisive.Candidate.Binding && decisive.Role == JudgementRole.Applicable,
        Limit = Assessor.Source(decisive.Requirement, decisive.Standard),
        Measured = decisive.Result.Value,
    };

    private static Gap EvidenceGap(IndicatorWork w, LevelRung rung, RungAnswer answer) =>
        NewGap(w, answer.Decisive!) with { Kind = GapKind.Evidence, RequiredEvidence = rung.MinimumEvidence };

    private static Gap? LimitGap(IndicatorWork w, LevelRung rung, RungAnswer answer)
    {
        var strictest = RungTests.IsStrictest(rung);
        var candidates = answer.Judged
            .Where(j => j.Outcome.Verdict != Verdict.Indeterminate && !(strictest ? j.Outcome.MeetsBy(j.Outcome.Uncertainty) : j.Outcome.Meets))
            .Select(j => (Judged: j, Size: Size(j, strictest)))
            .OrderByDescending(c => c.Size.Relative ?? -1m)
            .ThenByDescending(c => c.Judged.Outcome.GradeSteps ?? 0)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (judged, size) = candidates[0];
        if (judged.Requirement.Limit.Kind == LimitKind.NotPermitted)
        {
            // Nothing to measure a gap to: the substance has to go, down to below the detection limit.
            return NewGap(w, judged) with { Kind = GapKind.Limit, Required = "< DL", RequiredText = Vocabulary.NotDetected };
        }

        return NewGap(w, judged) with
        {
            Kind = GapKind.Limit,
            Required = size.Required ?? judged.Outcome.AcceptanceBounds ?? judged.Requirement.Limit.ToString(),
            Margin = size.Margin is { } m and > 0m ? Show(m) : null,
            AbsoluteGap = size.Absolute is { } a ? Show(a) : null,
            RelativeGapPercent = size.Relative is { } r ? Show(r) : null,
            GradeSteps = judged.Outcome.GradeSteps is { } steps and > 0 ? steps : null,
        };
    }

    /// <summary>
    /// Gap to the limit, moved inward by the margin the value has to keep: the guard band of the decision rule, or U for
    /// a rung asking for a value better than the limit by more than its uncertainty.
    /// </summary>
    private static (decimal? Absolute, decimal? Relative, decimal? Margin, string? Required) Size(Judged j, bool strictest)
    {
        var o = j.Outcome;
        var margin = strictest ? o.Uncertainty ?? 0m : o.GuardBand;
        if (o.X is not { } x || j.Requirement.Limit.Kind == LimitKind.NotPermitted)
        {
            return (null, null, null, null);
        }

        var hi = o.Upper is { } up ? DecimalMath.SaturatingAdd(up, -margin) : (decimal?)null;
        var lo = o.Lower is { } low ? DecimalMath.SaturatingAdd(low, margin) : (decimal?)null;
        var exclusive = strictest && margin > 0m;
        var required = margin > 0m ? Describe(lo, hi, exclusive) : null;
        decimal gap;
        decimal bound;
        bool held;
        if (hi is { } max && x >= max)
        {
            (held, bound) = (DecimalMath.TrySubtract(x, max, out gap), max);
        }
        else if (lo is { } min && x <= min)
        {
            (held, bound) = (DecimalMath.TrySubtract(min, x, out gap), min);
        }
        else
        {
            return (0m, 0m, margin, required);
        }

        if (!held)
        {
            return (null, null, margin, required);
        }

        decimal? relative = null;
        if (bound != 0m && DecimalMath.TryDivide(gap, Math.Abs(bound), out var ratio) && DecimalMath.TryMultiply(ratio, 100m, out var percent) &&
            Rounding.TryToInterval(new WrittenNumber(percent), 0.1m, out var rounded))
        {
            relative = rounded;
        }

        return (gap, relative, margin, required);
    }

    private static string Describe(decimal? lo, decimal? hi, bool exclusive) => (lo, hi) switch
    {
        (null, { } max) => $"{(exclusive ? "<" : "≤")} {NumericBounds.Show(max)}",
        ({ } min, null) => $"{(exclusive ? ">" : "≥")} {NumericBounds.Show(min)}",
        ({ } min, { } max) => $"{(exclusive ? ">" : "")}{NumericBounds.Show(min)} ~ {(exclusive ? "<" : "")}{NumericBounds.Show(max)}",
        _ => "",
    };

    private static string Show(decimal v) => Rounding.Normalize(v).ToString(CultureInfo.InvariantCulture);
}
