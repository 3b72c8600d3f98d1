using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>A requirement considered for a product: its standard edition, status, and whether it binds the product.</summary>
/// <param name="Requirement">The requirement.</param>
/// <param name="Standard">Its standard edition.</param>
/// <param name="Status">Status of the edition on the assessment date.</param>
/// <param name="Binding">Whether the product is bound by it: mandatory, of the standard the product declares, or a label claim.</param>
/// <param name="Declared">Whether it binds because the product declares its standard (its own, or a catalog standard it
/// states it conforms to) or because it is a label claim: failing it is 不符合明示标准.</param>
/// <param name="Own">Whether it belongs to the enterprise's own standard (not a catalog requirement).</param>
internal sealed record Candidate(Requirement Requirement, Standard Standard, EditionStatus Status, bool Binding, bool Declared = false, bool Own = false)
{
    public StandardTier Tier => Standard.Tier;

    /// <summary>Candidates are the same only when they are the same object: comparing the requirement records field by field is slow.</summary>
    public bool Equals(Candidate? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public bool InTiers(IReadOnlyList<StandardTier> tiers)
    {
        if (tiers.Count == 0)
        {
            return true;
        }

        // A loop, not Enumerable.Contains over the enum: keeps start-up free of JIT work (docs/performance.md, Cold start).
        for (var i = 0; i < tiers.Count; i++)
        {
            if (tiers[i] == Standard.Tier)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The requirement as written into results (made once: a catalog candidate is shared by every submission of a plan).</summary>
    public LimitSource Source => _source ??= Assessor.Source(Requirement, Standard);

    private LimitSource? _source;

    /// <summary>What failing this requirement is called (worded once per requirement and wording).</summary>
    public LocalizedText Wording(FailureWording wording, Func<FailureWording, Candidate, LocalizedText> word)
    {
        _wordings ??= new LocalizedText?[3];
        return _wordings[(int)wording] ??= word(wording, this);
    }

    private LocalizedText?[]? _wordings;
}

/// <summary>How a requirement that keeps a rung from holding is named: failed, not reached, or met without the margin.</summary>
internal enum FailureWording
{
    Fails,
    NotReached,
    NotByMargin,
}

/// <summary>One requirement judged against one of the indicator's values.</summary>
internal sealed record Judged(Candidate Candidate, JudgementRole Role, MeasuredResult Result, JudgeOutcome Outcome,
    JudgementMethod Method, string MethodSource, DecisionRule Rule, string? TestMethod, string? Declared)
{
    public Requirement Requirement => Candidate.Requirement;

    public Standard Standard => Candidate.Standard;
}

/// <summary>Working state of one indicator (or one component of it) during an assessment.</summary>
internal sealed class IndicatorWork(IndicatorPlan plan, IndicatorComponent? component, IReadOnlyList<MeasuredResult> results, bool derived,
    DeclaredValue? declared, bool withConditional)
{
    private readonly AssessmentContext context = plan.Plan.Context;

    // By the rung's place on the plan's ladder, made when the first rung is answered.
    private RungAnswer?[]? _answers;

    public Indicator Indicator { get; } = plan.Indicator;

    /// <summary>What the indicator's requirements are for this kind of product, shared by every submission of the plan.</summary>
    public IndicatorPlan Plan { get; } = plan;

    /// <summary>Whether the applicable requirements include those with a condition (a value was submitted).</summary>
    public bool WithConditional { get; } = withConditional;

    public IndicatorComponent? Component { get; } = component;

    /// <summary>Results for the indicator, the first submitted first (several when measured by several methods).</summary>
    public IReadOnlyList<MeasuredResult> Results { get; } = results;

    public MeasuredResult? Primary => Results.Count > 0 ? Results[0] : null;

    public bool Derived { get; } = derived;

    public DeclaredValue? Declared { get; } = declared;

    /// <summary>Requirements that apply to the product's class (binding or not); shared with the plan, never changed.</summary>
    public List<Candidate> Applicable { get; private set; } = None;

    /// <summary>Whether the applicable requirements include the enterprise's own limits (read once they are all added).</summary>
    public bool HasOwn => _hasOwn ??= Applicable.Exists(c => c.Own);

    private bool? _hasOwn;

    /// <summary>Requirements of every class and grade of the product's family, applicable ones included; shared with the plan, never changed.</summary>
    public List<Candidate> Family { get; private set; } = None;

    /// <summary>No requirements, until <see cref="Against"/> sets them (shared: the lists are never changed).</summary>
    private static readonly List<Candidate> None = [];

    /// <summary>Sets the requirements the indicator is assessed against (the lists are the plan's or made for this submission, and are not changed).</summary>
    public IndicatorWork Against(List<Candidate> applicable, List<Candidate> family)
    {
        Applicable = applicable;
        Family = family;
        return this;
    }

    /// <summary>Judgements made so far: the applicable ones first, then references in the order the rungs asked for them.</summary>
    public List<Judged> Judgements { get; } = [];

    public bool Evaluated => Results.Count > 0 && Judgements.Count > 0;

    public string Key => _key ??= Component is null ? Indicator.Id : $"{Indicator.Id}#{Component.Id}";

    private string? _key;

    /// <summary>Judges every applicable requirement.</summary>
    public void JudgeApplicable()
    {
        if (Results.Count == 0)
        {
            return;
        }

        foreach (var candidate in Applicable)
        {
            JudgementFor(candidate);
        }
    }

    /// <summary>The judgement against a requirement, judged now if it was not yet (a reference for the leading rungs).</summary>
    public Judged? JudgementFor(Candidate candidate)
    {
        if (Results.Count == 0)
        {
            return null;
        }

        foreach (var made in Judgements)
        {
            if (ReferenceEquals(made.Candidate, candidate))
            {
                return made;
            }
        }

        var role = Applicable.Contains(candidate) ? JudgementRole.Applicable : JudgementRole.Reference;
        var judged = context.Judge(this, candidate, role);
        Judgements.Add(judged);
        return judged;
    }

    /// <summary>
    /// A result's value as judged: read with the detection limit of its test method when it gives none (read once per
    /// result: every requirement judged against the result reads the same).
    /// </summary>
    public MeasuredValue ValueOf(MeasuredResult result)
    {
        // Kept apart from the indicator's state: most indicators of a submission are not evaluated and never read a value.
        if (_read is not { } read || !ReferenceEquals(read.Result, result))
        {
            var value = MeasuredValue.Parse(context.WithMethodDetectionLimit(result, AssessmentContext.MethodOf(result, Indicator), out var method), Indicator);
            if (method is not null && value.Kind == MeasuredValueKind.BelowDetection)
            {
                // Read below the detection limit its method's record gives.
                AppliedData.Add([method]);
            }

            _read = read = new ReadValue(result, value);
        }

        return read.Value;
    }

    private ReadValue? _read;

    private sealed record ReadValue(MeasuredResult Result, MeasuredValue Value);

    /// <summary>How a rung comes out for this indicator (answered once per rung of the plan's ladder).</summary>
    public RungAnswer Answer(LevelRung rung)
    {
        var rungs = Plan.Plan.Ladder.Rungs;
        for (var i = 0; i < rungs.Count; i++)
        {
            if (ReferenceEquals(rungs[i], rung))
            {
                _answers ??= new RungAnswer?[rungs.Count];
                return _answers[i] ??= RungTests.Answer(this, rung, context);
            }
        }

        // A rung of another ladder is answered, not kept.
        return RungTests.Answer(this, rung, context);
    }
}
