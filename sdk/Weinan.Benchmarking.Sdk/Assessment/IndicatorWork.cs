using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>One applicable requirement with its judgement.</summary>
internal sealed record Judged(Requirement Requirement, Standard Standard, EditionStatus Status, JudgeOutcome Outcome,
    JudgementMethod Method, string MethodSource, DecisionRule Rule);

/// <summary>Working state of one indicator during an assessment.</summary>
internal sealed class IndicatorWork(Indicator indicator, MeasuredResult? result, bool derived)
{
    public Indicator Indicator { get; } = indicator;

    public MeasuredResult? Result { get; } = result;

    public bool Derived { get; } = derived;

    public List<Judged> Judgements { get; } = [];

    public List<(Requirement Requirement, Standard Standard, EditionStatus Status)> Applicable { get; } = [];

    public bool Evaluated => Result is not null && Judgements.Count > 0;

    // Positioning, the overall level and the gap analysis all ask the same questions of each rung; answer once.
    private readonly Dictionary<LevelRung, IReadOnlyList<(Requirement Requirement, Standard Standard)>> _relevant = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LevelRung, RungCheck> _checks = new(ReferenceEqualityComparer.Instance);

    /// <summary>Requirements a rung looks at for this indicator.</summary>
    public IReadOnlyList<(Requirement Requirement, Standard Standard)> Relevant(LevelRung rung)
    {
        if (!_relevant.TryGetValue(rung, out var relevant))
        {
            _relevant[rung] = relevant = FindRelevant(rung);
        }

        return relevant;
    }

    private List<(Requirement Requirement, Standard Standard)> FindRelevant(LevelRung rung)
    {
        var inTiers = Applicable.Where(a => rung.Tiers.Count == 0 || rung.Tiers.Contains(a.Standard.Tier)).ToList();
        return rung.Test switch
        {
            RungTest.MeetsMandatory => inTiers.Where(a => a.Standard.Force == StandardForce.Mandatory).Select(a => (a.Requirement, a.Standard)).ToList(),
            RungTest.MeetsTopGrade => inTiers.Where(a => a.Requirement.Grade is null ||
                    a.Requirement.Grade.Rank >= inTiers.Where(o => o.Standard.Code == a.Standard.Code && o.Requirement.Grade is not null)
                        .Max(o => o.Requirement.Grade!.Rank))
                .Select(a => (a.Requirement, a.Standard)).ToList(),
            RungTest.Always => [],
            _ => inTiers.Select(a => (a.Requirement, a.Standard)).ToList(),
        };
    }

    /// <summary>The judgements against the requirements a rung looks at.</summary>
    public List<Judged> JudgedFor(LevelRung rung) => JudgedFor(Relevant(rung));

    private List<Judged> JudgedFor(IReadOnlyList<(Requirement Requirement, Standard Standard)> relevant) =>
        Judgements.Where(j => relevant.Any(r => ReferenceEquals(r.Requirement, j.Requirement))).ToList();

    /// <summary>Whether the rung holds for this indicator: null when no requirement of the rung applies.</summary>
    public RungCheck Check(LevelRung rung)
    {
        if (!_checks.TryGetValue(rung, out var check))
        {
            _checks[rung] = check = Decide(rung);
        }

        return check;
    }

    private RungCheck Decide(LevelRung rung)
    {
        if (rung.Test == RungTest.Always)
        {
            return RungCheck.Holds;
        }

        var relevant = Relevant(rung);
        if (relevant.Count == 0)
        {
            return RungCheck.NotRelevant;
        }

        if (!Evaluated)
        {
            return RungCheck.NotEvaluated;
        }

        var judged = JudgedFor(relevant);
        var ok = rung.Test == RungTest.BeatsAll ? judged.All(j => j.Outcome.Beats) : judged.All(j => j.Outcome.Meets);
        if (!ok)
        {
            // Nothing failed outright, but the rule could not decide one requirement: say so rather than "not met".
            return judged.Any(j => j.Outcome.Verdict == Verdict.Indeterminate) &&
                   judged.All(j => j.Outcome.Verdict is Verdict.Indeterminate or Verdict.Pass or Verdict.ConditionalPass)
                ? RungCheck.Indeterminate
                : RungCheck.Fails;
        }

        return rung.MinimumEvidence is { } min && Result!.Evidence < min ? RungCheck.EvidenceTooWeak : RungCheck.Holds;
    }
}

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
