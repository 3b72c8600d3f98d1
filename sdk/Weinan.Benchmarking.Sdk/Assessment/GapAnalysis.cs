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

        var ranked = new List<RankedGap>(gaps.Count);
        for (var i = 0; i < gaps.Count; i++)
        {
            ranked.Add(new RankedGap(gaps[i], i));
        }

        ranked.Sort(RankedGap.Compare);
        var prioritised = new List<Gap>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            prioritised.Add(ranked[i].Gap with { Priority = i + 1 });
        }

        return prioritised;
    }

    /// <summary>
    /// A gap with its sort keys: binding failures first, then other failures, key indicators, the larger relative gap,
    /// more grade steps, then by indicator and component, and of equals the one found first (a stable order).
    /// </summary>
    /// <remarks>A comparison, not OrderBy over bool, decimal and int keys: keeps start-up free of JIT work (docs/performance.md, Cold start).</remarks>
    private sealed class RankedGap(Gap gap, int index)
    {
        private readonly bool _bindingFailure = gap.Kind == GapKind.Limit && gap.Binding;
        private readonly decimal _relative =
            decimal.TryParse(gap.RelativeGapPercent, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : -1m;

        private readonly int _index = index;

        public Gap Gap { get; } = gap;

        public static int Compare(RankedGap x, RankedGap y)
        {
            // Descending keys compare y with x.
            var c = y._bindingFailure.CompareTo(x._bindingFailure);
            c = c != 0 ? c : (y.Gap.Kind == GapKind.Limit).CompareTo(x.Gap.Kind == GapKind.Limit);
            c = c != 0 ? c : y.Gap.Key.CompareTo(x.Gap.Key);
            c = c != 0 ? c : decimal.Compare(y._relative, x._relative);
            c = c != 0 ? c : (y.Gap.GradeSteps ?? 0).CompareTo(x.Gap.GradeSteps ?? 0);
            c = c != 0 ? c : StringComparer.Ordinal.Compare(x.Gap.IndicatorId, y.Gap.IndicatorId);
            c = c != 0 ? c : StringComparer.Ordinal.Compare(x.Gap.Component, y.Gap.Component);
            return c != 0 ? c : x._index.CompareTo(y._index);
        }
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
        // The failing judgement with the largest relative gap, then the most grade steps; of equals, the first.
        var strictest = RungTests.IsStrictest(rung);
        Judged? judged = null;
        GapSize? size = null;
        foreach (var j in answer.Judged)
        {
            if (j.Outcome.Verdict == Verdict.Indeterminate || (strictest ? j.Outcome.MeetsBy(j.Outcome.Uncertainty) : j.Outcome.Meets))
            {
                continue;
            }

            var s = Size(j, strictest);
            var c = judged is null ? 1 : decimal.Compare(s.Relative ?? -1m, size!.Relative ?? -1m);
            if (c > 0 || (c == 0 && (j.Outcome.GradeSteps ?? 0) > (judged!.Outcome.GradeSteps ?? 0)))
            {
                (judged, size) = (j, s);
            }
        }

        if (judged is null || size is null)
        {
            return null;
        }

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
    private static GapSize Size(Judged j, bool strictest)
    {
        var o = j.Outcome;
        var margin = strictest ? o.Uncertainty ?? 0m : o.GuardBand;
        if (o.X is not { } x || j.Requirement.Limit.Kind == LimitKind.NotPermitted)
        {
            return GapSize.None;
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
            return new GapSize(0m, 0m, margin, required);
        }

        if (!held)
        {
            return new GapSize(null, null, margin, required);
        }

        decimal? relative = null;
        if (bound != 0m && DecimalMath.TryDivide(gap, Math.Abs(bound), out var ratio) && DecimalMath.TryMultiply(ratio, 100m, out var percent) &&
            Rounding.TryToInterval(new WrittenNumber(percent), 0.1m, out var rounded))
        {
            relative = rounded;
        }

        return new GapSize(gap, relative, margin, required);
    }

    /// <summary>A gap's size: absolute, relative (percent), the margin kept, and the bounds required when a margin moved them.</summary>
    /// <remarks>A class, not a tuple: keeps start-up free of JIT work (docs/performance.md, Cold start).</remarks>
    private sealed record GapSize(decimal? Absolute, decimal? Relative, decimal? Margin, string? Required)
    {
        public static GapSize None { get; } = new(null, null, null, null);
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
