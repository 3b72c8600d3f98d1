using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>How a rung test came out for one indicator.</summary>
internal enum RungCheck
{
    Holds,
    Fails,
    NotRelevant,
    NotEvaluated,
    EvidenceTooWeak,
    Indeterminate,
}

/// <summary>The answer of one rung for one indicator: the check, the requirements it looked at, and what decided it.</summary>
/// <param name="Check">The outcome.</param>
/// <param name="Candidates">Requirements the rung looks at for the indicator.</param>
/// <param name="Judged">Their judgements (empty when the indicator has no value).</param>
/// <param name="Decisive">The judgement that kept the rung from holding, if one did.</param>
/// <param name="Reason">Why the rung has no requirement for the indicator, when it has none.</param>
internal sealed record RungAnswer(RungCheck Check, IReadOnlyList<Candidate> Candidates, IReadOnlyList<Judged> Judged, Judged? Decisive,
    LocalizedText? Reason)
{
    public static RungAnswer Holding { get; } = new(RungCheck.Holds, [], [], null, null);
}

/// <summary>The requirements a rung looks at for one indicator, and why it has none when it has none.</summary>
/// <remarks>The answers that do not depend on the indicator's values are made once per list: a plan's lists are shared
/// by every submission of the plan.</remarks>
internal sealed class RungCandidates(List<Candidate> candidates, LocalizedText reason)
{
    private RungAnswer? _notRelevant;
    private RungAnswer? _notEvaluated;

    public List<Candidate> Candidates { get; } = candidates;

    public LocalizedText Reason { get; } = reason;

    /// <summary>The catalog data the candidates were chosen by (set once, as the candidates are kept).</summary>
    public AppliedData Applied { get; set; } = AppliedData.None;

    /// <summary>No requirement of the rung for the indicator.</summary>
    public RungAnswer NotRelevant => _notRelevant ??= new(RungCheck.NotRelevant, [], [], null, Reason);

    /// <summary>Requirements, but no value to judge.</summary>
    public RungAnswer NotEvaluated => _notEvaluated ??= new(RungCheck.NotEvaluated, Candidates, [], null, null);
}

/// <summary>
/// The rung tests for one indicator (<c>docs/rules.md</c> §8): which requirements each test looks at, and whether the
/// indicator's values meet them.
/// </summary>
internal static class RungTests
{
    public static RungAnswer Answer(IndicatorWork w, LevelRung rung, AssessmentContext context)
    {
        if (rung.Test == RungTest.Always)
        {
            return RungAnswer.Holding;
        }

        var tiers = rung.Tiers ?? [];
        var rungCandidates = rung.Test switch
        {
            // Without the enterprise's own limits, the applicable requirements are the plan's: their choice is made once.
            RungTest.MeetsMandatory or RungTest.MeetsAll => w.HasOwn
                ? Applicable(w, tiers, rung.Test == RungTest.MeetsMandatory)
                : w.Plan.Rung(rung, w, context, static (rung, w, _) => Applicable(w, rung.Tiers ?? [], rung.Test == RungTest.MeetsMandatory)),
            RungTest.MeetsTopGrade => w.Plan.Rung(rung, w, context, static (rung, w, context) => TopGrades(w, rung.Tiers ?? [], context)),
            _ => Strictest(w, w.Plan.Rung(rung, w, context, static (rung, w, context) => new RungCandidates(
                Maximal(w.Family.Where(c => c.InTiers(rung.Tiers ?? [])).ToList(), w.Indicator, context), NoRequirementOf(rung.Tiers ?? []))), context),
        };

        var candidates = rungCandidates.Candidates;
        if (candidates.Count == 0)
        {
            return rungCandidates.NotRelevant;
        }

        if (w.Results.Count == 0)
        {
            return rungCandidates.NotEvaluated;
        }

        var judged = new List<Judged>(candidates.Count);
        foreach (var c in candidates)
        {
            judged.Add(w.JudgementFor(c)!);
        }

        var margin = IsStrictest(rung);
        Judged? undecided = null;
        Judged? weak = null;
        foreach (var j in judged)
        {
            if (j.Outcome.Verdict == Verdict.Indeterminate)
            {
                undecided ??= j;
                continue;
            }

            if (!(margin ? j.Outcome.MeetsBy(j.Outcome.Uncertainty) : j.Outcome.Meets))
            {
                return new RungAnswer(RungCheck.Fails, candidates, judged, j, null);
            }

            if (rung.MinimumEvidence is { } min && j.Result.Evidence < min)
            {
                weak ??= j;
            }
        }

        if (undecided is not null)
        {
            return new RungAnswer(RungCheck.Indeterminate, candidates, judged, undecided, null);
        }

        return weak is not null
            ? new RungAnswer(RungCheck.EvidenceTooWeak, candidates, judged, weak, null)
            : new RungAnswer(RungCheck.Holds, candidates, judged, null, null);
    }

    private static readonly LocalizedText NoMandatory = new("没有强制性要求、明示标准或标示值要求", "no mandatory, declared-standard or label requirement");

    /// <summary>The applicable requirements of the tiers (binding ones only, for the mandatory rung).</summary>
    private static RungCandidates Applicable(IndicatorWork w, IReadOnlyList<StandardTier> tiers, bool binding)
    {
        var list = new List<Candidate>();
        foreach (var c in w.Applicable)
        {
            if ((!binding || c.Binding) && c.InTiers(tiers))
            {
                list.Add(c);
            }
        }

        return new RungCandidates(list, binding ? NoMandatory : NoRequirementOf(tiers));
    }

    /// <summary>Whether a rung asks for the strictest reference by more than U (format 1.0's <c>beatsAll</c> reads as this).</summary>
    public static bool IsStrictest(LevelRung rung) => rung.Test is RungTest.MeetsStrictest or RungTest.BeatsAll;

    /// <summary>
    /// The highest grade each standard of the tiers defines for the product's family, counted only where it is stricter
    /// than the baseline: the strictest requirement binding the product, else the loosest grade of that standard that
    /// applies to the product.
    /// </summary>
    private static RungCandidates TopGrades(IndicatorWork w, IReadOnlyList<StandardTier> tiers, AssessmentContext context)
    {
        var inTiers = w.Family.Where(c => c.InTiers(tiers)).ToList();
        if (inTiers.Count == 0)
        {
            return new RungCandidates([], NoRequirementOf(tiers));
        }

        var binding = Maximal(w.Applicable.Where(c => c.Binding && c.InTiers(tiers) && !c.Own).ToList(), w.Indicator, context);
        var counted = new List<Candidate>();
        foreach (var group in KeyedGroups.InOrder(inTiers, c => EditionSelector.Family(c.Standard.Code), StringComparer.Ordinal))
        {
            var top = int.MinValue;
            foreach (var c in group)
            {
                top = Math.Max(top, GradeRank(c));
            }

            var applicable = group.Where(c => w.Applicable.Contains(c)).ToList();
            var baseline = binding;
            if (baseline.Count == 0)
            {
                var loosest = StableOrder.First<Candidate>(applicable.Count > 0 ? applicable : group, (a, b) => GradeRank(a).CompareTo(GradeRank(b)));
                baseline = loosest is null ? [] : [loosest];
            }

            foreach (var candidate in group.Where(c => GradeRank(c) == top))
            {
                if (baseline.Count > 0 && baseline.All(b => context.Compare(w.Indicator, candidate, b) == ComparisonOutcome.Stricter))
                {
                    counted.Add(candidate);
                }
            }
        }

        return new RungCandidates(counted, new LocalizedText("没有高于强制性要求的国内等级", "no domestic grade above the mandatory one"));
    }

    private static int GradeRank(Candidate c) => c.Requirement.Grade?.Rank ?? 0;

    /// <summary>
    /// The strictest requirements of the tiers among every class and grade of the product's family, from those no other is
    /// stricter than (<paramref name="maximal"/>): of equally strict ones, one (one the value's test method can be judged
    /// against, else an applicable one, else an international one); of ranges that overlap without nesting, the narrowest
    /// containing the value.
    /// </summary>
    private static RungCandidates Strictest(IndicatorWork w, RungCandidates maximal, AssessmentContext context) =>
        maximal.Candidates.Count <= 1 ? maximal : new RungCandidates(Strictest(maximal.Candidates, w, context), maximal.Reason);

    /// <summary>The requirements no other is stricter than: they depend on the requirements alone, not on any value.</summary>
    internal static List<Candidate> Maximal(List<Candidate> candidates, Indicator indicator, AssessmentContext context) =>
        candidates.Where(c => !candidates.Any(o => !ReferenceEquals(o, c) && context.Compare(indicator, o, c) == ComparisonOutcome.Stricter)).ToList();

    private static List<Candidate> Strictest(List<Candidate> maximal, IndicatorWork w, AssessmentContext context)
    {
        // Most preferred first, equal preferences in catalog order: a stable insertion sort of a handful, each preference
        // worked out once.
        var order = new Candidate[maximal.Count];
        var preference = new int[maximal.Count];
        for (var n = 0; n < maximal.Count; n++)
        {
            var p = Preference(maximal[n], w, context);
            var at = n;
            for (; at > 0 && preference[at - 1] > p; at--)
            {
                order[at] = order[at - 1];
                preference[at] = preference[at - 1];
            }

            order[at] = maximal[n];
            preference[at] = p;
        }

        var chosen = new List<Candidate>(order.Length);
        foreach (var c in order)
        {
            if (!EqualToAny(chosen, c, w.Indicator, context))
            {
                chosen.Add(c);
            }
        }

        var ranges = 0;
        foreach (var c in chosen)
        {
            ranges += IsRange(c) ? 1 : 0;
        }

        if (ranges > 1 && context.NumberOf(w) is { } x)
        {
            // Of the ranges containing the value, the narrowest (the first of equally narrow ones) replaces them all.
            // A range open on one side has no width and counts as the narrowest, as ordering by the width did.
            Candidate? narrowest = null;
            decimal? width = null;
            foreach (var c in chosen)
            {
                if (IsRange(c) && NumericBounds.TryCreate(c.Requirement.Limit, out var b) && b.Within(x) &&
                    (narrowest is null || (b.Max - b.Min is { } w2 ? width is { } w1 && w2 < w1 : width is not null)))
                {
                    narrowest = c;
                    width = b.Max - b.Min;
                }
            }

            if (narrowest is not null)
            {
                chosen.RemoveAll(IsRange);
                chosen.Add(narrowest);
            }
        }

        return chosen;
    }

    private static bool IsRange(Candidate c) => c.Requirement.Limit.Kind is LimitKind.Range or LimitKind.Tolerance;

    private static bool EqualToAny(List<Candidate> chosen, Candidate c, Indicator indicator, AssessmentContext context)
    {
        foreach (var o in chosen)
        {
            if (context.Compare(indicator, o, c) == ComparisonOutcome.Equal)
            {
                return true;
            }
        }

        return false;
    }

    private static int Preference(Candidate c, IndicatorWork w, AssessmentContext context) =>
        (context.MethodFits(w, c.Requirement) ? 0 : 4) + (w.Applicable.Contains(c) ? 0 : 2) +
        (c.Tier is StandardTier.International or StandardTier.ForeignAdvanced ? 0 : 1);

    // Rung tiers are catalog data: the wording of "no requirement of these tiers" is made once per list of tiers.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<StandardTier>, LocalizedText> NoRequirementTexts = [];

    private static LocalizedText NoRequirementOf(IReadOnlyList<StandardTier> tiers) => NoRequirementTexts.GetValue(tiers, t =>
    {
        if (t.Count == 0)
        {
            return new("没有参照要求", "no reference requirement");
        }

        var names = new LocalizedText[t.Count];
        for (var i = 0; i < t.Count; i++)
        {
            names[i] = Vocabulary.Tier(t[i]);
        }

        return new($"没有{string.Join("、", names.Select(n => n.Zh))}的要求", $"no {string.Join(", ", names.Select(n => n.En))} requirement");
    });
}
