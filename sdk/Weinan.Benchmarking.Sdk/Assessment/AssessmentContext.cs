using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Catalogs;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// What every stage of one assessment shares: the options, the unit converter, the catalog's test methods, and the
/// judging of one value against one requirement (choosing, among several results for an indicator, one measured by a
/// method the requirement accepts).
/// </summary>
internal sealed class AssessmentContext(AssessmentOptions options, UnitConverter converter, TestMethods methods,
    IReadOnlyDictionary<string, Standard> standards)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RequirementPair, KeptComparison> _comparisons = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Standard, LocalizedText> _withdrawnNotes = new(ReferenceEqualityComparer.Instance);

    public AssessmentOptions Options { get; } = options;

    public UnitConverter Converter { get; } = converter;

    public TestMethods Methods { get; } = methods;

    /// <summary>The catalog's standard editions by code.</summary>
    public IReadOnlyDictionary<string, Standard> Standards { get; } = standards;

    /// <summary>Direction-aware comparison of two requirements' limits (a stricter than b, …), converted to one unit.</summary>
    public ComparisonOutcome Compare(Indicator indicator, Candidate a, Candidate b)
    {
        // The enterprise's own limits are new objects in every submission: only catalog pairs are kept.
        if (a.Own || b.Own)
        {
            return CompareNow(indicator, a, b).Outcome;
        }

        var key = new RequirementPair(a.Requirement, b.Requirement);
        if (_comparisons.TryGetValue(key, out var kept))
        {
            // The conversions the kept comparison applied are applied again by every assessment that relies on it.
            AppliedData.Add(kept.Applied);
            return kept.Result.Outcome;
        }

        return CompareAndKeep(key, indicator, a, b);
    }

    // Apart from Compare: the lambda's captures are allocated on entry to the method that holds it, and the comparisons
    // found kept (nearly all) should not pay for them.
    private ComparisonOutcome CompareAndKeep(RequirementPair key, Indicator indicator, Candidate a, Candidate b)
    {
        var comparison = AppliedData.Kept(() => CompareNow(indicator, a, b), out var applied);
        _comparisons.TryAdd(key, new KeptComparison(comparison, applied));
        return comparison.Outcome;
    }

    private ComparisonResult CompareNow(Indicator indicator, Candidate a, Candidate b) =>
        LimitComparer.Compare(a.Requirement.Limit, UnitOf(a.Requirement, indicator),
            b.Requirement.Limit, UnitOf(b.Requirement, indicator), indicator.Scale, Converter, indicator.Id, indicator.Basis);

    /// <summary>A comparison of two catalog limits, kept for every later assessment, with the catalog conversions it applied.</summary>
    private sealed class KeptComparison(ComparisonResult result, AppliedData applied)
    {
        public ComparisonResult Result { get; } = result;

        public AppliedData Applied { get; } = applied;
    }

    /// <summary>The first numeric value of the indicator in its own unit, if it has one.</summary>
    public decimal? NumberOf(IndicatorWork w)
    {
        if (w.Primary is not { } result || MeasuredValue.Parse(result, w.Indicator) is not { Kind: MeasuredValueKind.Number } value)
        {
            return null;
        }

        var unit = string.IsNullOrWhiteSpace(result.Unit) ? w.Indicator.Unit : result.Unit;
        return Converter.TryGetFactor(unit, null, w.Indicator.Unit, null, w.Indicator.Id, out var f, out _) &&
               DecimalMath.TryMultiply(value.Number.Value, f, out var x) ? x : null;
    }

    /// <summary>Whether one of the indicator's results may be judged against the requirement's test methods.</summary>
    public bool MethodFits(IndicatorWork w, Requirement requirement)
    {
        if (requirement.TestMethods.Count == 0)
        {
            return true;
        }

        foreach (var r in w.Results)
        {
            if (MethodOf(r, w.Indicator) is { } m && Methods.Accepts(m, requirement.TestMethods))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The test method of a result: as submitted, else the indicator's.</summary>
    public static string? MethodOf(MeasuredResult result, Indicator indicator) =>
        string.IsNullOrWhiteSpace(result.TestMethod) ? indicator.Method : result.TestMethod;

    private static readonly DecisionRule SimpleAcceptance = new();

    /// <summary>Judges one requirement against the indicator's value that suits it.</summary>
    public Judged Judge(IndicatorWork w, Candidate candidate, JudgementRole role)
    {
        var requirement = candidate.Requirement;
        var (result, mismatch) = Pick(w, requirement);
        var method = requirement.Method ?? Options.DefaultMethod;
        // A not-permitted limit has no value to draw a guard band from: simple acceptance is the rule applied.
        var rule = string.IsNullOrWhiteSpace(result.Uncertainty) || requirement.Limit.Kind == LimitKind.NotPermitted ? SimpleAcceptance : Options.DecisionRule;
        var testMethod = MethodOf(result, w.Indicator);
        JudgeOutcome outcome;
        if (mismatch is not null)
        {
            outcome = new JudgeOutcome(Verdict.Indeterminate, result.Value, null, mismatch, false);
        }
        else
        {
            outcome = LimitJudge.Judge(w.ValueOf(result), result, w.Indicator,
                requirement, method, Options.DecisionRule, Converter, w.Declared);
        }

        if (candidate.Status == EditionStatus.Withdrawn)
        {
            outcome = outcome with { Note = LimitJudge.Combine(outcome.Note, WithdrawnNote(candidate.Standard)) };
        }

        return new Judged(candidate, role, result, outcome, method, requirement.Method is null ? "options" : "requirement", rule, testMethod,
            requirement.Limit.Kind == LimitKind.Declared ? w.Declared?.Value : null);
    }

    /// <summary>
    /// The result to judge against a requirement: one measured by a method the requirement accepts (or of an unknown
    /// method), a quantified value before one reported below detection; when every result was measured by another method,
    /// the first, with the reason it cannot be judged.
    /// </summary>
    private (MeasuredResult Result, LocalizedText? Mismatch) Pick(IndicatorWork w, Requirement requirement)
    {
        MeasuredResult? firstAccepted = null;
        IReadOnlyList<TestMethod> firstDeclaring = [];
        foreach (var r in w.Results)
        {
            IReadOnlyList<TestMethod> declaring = [];
            if (requirement.TestMethods.Count > 0 && MethodOf(r, w.Indicator) is { } m && !Methods.Accepts(m, requirement.TestMethods, out declaring))
            {
                continue;
            }

            if (w.Results.Count == 1 || MeasuredValue.Parse(r, w.Indicator).Kind == MeasuredValueKind.Number)
            {
                // A value judged only because the catalog declares its method equivalent relies on that declaration.
                AppliedData.Add(declaring);
                return (r, null);
            }

            if (firstAccepted is null)
            {
                (firstAccepted, firstDeclaring) = (r, declaring);
            }
        }

        if (firstAccepted is not null)
        {
            AppliedData.Add(firstDeclaring);
            return (firstAccepted, null);
        }

        var first = w.Results[0];
        var used = MethodOf(first, w.Indicator);
        var defining = string.Join("、", requirement.TestMethods);
        return (first, new LocalizedText(
            $"测定方法 {used} 与限值规定的方法 {defining} 不同，目录未声明二者等效",
            $"measured by {used}, but the limit is defined by {string.Join(", ", requirement.TestMethods)}, which the catalog does not declare equivalent"));
    }

    /// <summary>A value reported below detection with no detection limit takes its method's, when the catalog records one.</summary>
    internal MeasuredResult WithMethodDetectionLimit(MeasuredResult result, string? testMethod, out TestMethod? from)
    {
        from = null;
        if (!string.IsNullOrWhiteSpace(result.DetectionLimit) || Methods.Describe(testMethod) is not { DetectionLimit: { } dl } method)
        {
            return result;
        }

        if (!Units.Same(method.Unit ?? "", result.Unit ?? "") && !string.IsNullOrWhiteSpace(method.Unit))
        {
            return result;
        }

        from = method;
        return result with { DetectionLimit = dl };
    }

    /// <summary>"This edition is withdrawn; replaced by …; the edition in force on the assessment date is …" (worded once per catalog edition).</summary>
    private LocalizedText WithdrawnNote(Standard standard) =>
        Standards.TryGetValue(standard.Code, out var known) && ReferenceEquals(known, standard)
            ? _withdrawnNotes.GetOrAdd(standard, WordWithdrawnNote)
            : WordWithdrawnNote(standard);

    private LocalizedText WordWithdrawnNote(Standard standard)
    {
        var replaced = standard.SupersededBy;
        var current = StandardEditions.CurrentEdition(standard, Standards, Options.AssessmentDate);
        var zh = $"该版本已废止{(replaced is null ? "" : "，被 " + replaced + " 代替")}";
        var en = $"this edition is withdrawn{(replaced is null ? "" : "; replaced by " + replaced)}";
        if (current is not null && current.Code != replaced)
        {
            zh += $"；评价日现行版本为 {current.Code}";
            en += $"; the edition in force on the assessment date is {current.Code}";
        }

        return new LocalizedText(zh, en);
    }

    private static string UnitOf(Requirement r, Indicator i) => string.IsNullOrWhiteSpace(r.Unit) ? i.Unit : r.Unit;

    /// <summary>
    /// A pair of requirements compared by reference: hashing the records field by field would be slow. A class, not a
    /// tuple: keeps start-up free of JIT work (docs/performance.md, Cold start).
    /// </summary>
    private sealed class RequirementPair(Requirement first, Requirement second) : IEquatable<RequirementPair>
    {
        private readonly Requirement _first = first;
        private readonly Requirement _second = second;

        public bool Equals(RequirementPair? other) =>
            other is not null && ReferenceEquals(_first, other._first) && ReferenceEquals(_second, other._second);

        public override bool Equals(object? obj) => Equals(obj as RequirementPair);

        public override int GetHashCode() =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_first), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_second));
    }
}
