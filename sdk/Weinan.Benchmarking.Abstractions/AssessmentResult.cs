namespace Weinan.Benchmarking.Abstractions;

/// <summary>
/// The outcome of one assessment, with the exact limits, editions and rules applied, so it can be reproduced.
/// </summary>
public sealed record AssessmentResult
{
    /// <summary>Version of the result JSON format.</summary>
    public string SchemaVersion { get; init; } = SchemaVersions.Result;

    /// <summary>Id of the submission assessed.</summary>
    public string SubmissionId { get; init; } = "";

    /// <summary>Sector.</summary>
    public string Sector { get; init; } = "";

    /// <summary>The submission's reporting period (<c>2026</c>, <c>2026-H2</c>, <c>2026-Q3</c>, <c>2026-07</c>), when it gave one.</summary>
    public string? Period { get; init; }

    /// <summary>Name of the sector's catalog, e.g. 纺织服装 / Textiles and apparel.</summary>
    public LocalizedText? SectorName { get; init; }

    /// <summary>Name of the product class, e.g. 婴幼儿用品 / Infant products.</summary>
    public LocalizedText? ProductClassName { get; init; }

    /// <summary>The enterprise, as submitted.</summary>
    public Enterprise Enterprise { get; init; } = new();

    /// <summary>The product, as submitted.</summary>
    public Product Product { get; init; } = new();

    /// <summary>Enterprise standard code, if one was submitted.</summary>
    public string? EnterpriseStandardCode { get; init; }

    /// <summary>Catalogs (plugins) used, with their versions.</summary>
    public IReadOnlyList<CatalogReference> Catalogs { get; init; } = [];

    /// <summary>The rules applied.</summary>
    public AppliedRules Rules { get; init; } = new();

    /// <summary>Standard editions applied, with their status on the assessment date.</summary>
    public IReadOnlyList<AppliedStandard> Standards { get; init; } = [];

    /// <summary>
    /// The catalog's conversions the assessment applied (result 1.3): to judge a value, compare two limits, read a declared
    /// value or show a value in the indicator's unit; each as the catalog states it (units, bases, factor, source,
    /// confidence), in catalog order. The built-in units' conversions, exact by definition, are not listed.
    /// </summary>
    public IReadOnlyList<Conversion> Conversions { get; init; } = [];

    /// <summary>
    /// The catalog's test-method records the assessment relied on (result 1.3): the detection limit of a method taken for a
    /// value reported below detection without one, or a declared equivalence that let a value measured by one method be
    /// judged against a limit defined by another; each as the catalog states it (code, detection limit, equivalents,
    /// source, confidence), in catalog order.
    /// </summary>
    public IReadOnlyList<TestMethod> TestMethods { get; init; } = [];

    /// <summary>Per-indicator results.</summary>
    public IReadOnlyList<IndicatorResult> Indicators { get; init; } = [];

    /// <summary>Limit comparisons: enterprise and national limits against reference limits.</summary>
    public IReadOnlyList<LimitComparison> Comparisons { get; init; } = [];

    /// <summary>Overall level on the ladder.</summary>
    public LevelOutcome Level { get; init; } = new();

    /// <summary>Ranked gaps to the next rung, most urgent first.</summary>
    public IReadOnlyList<Gap> Gaps { get; init; } = [];

    /// <summary>Indicators not applicable or not evaluated, with the reason.</summary>
    public IReadOnlyList<NotEvaluatedItem> NotEvaluated { get; init; } = [];

    /// <summary>Issues found in the inputs.</summary>
    public IReadOnlyList<Issue> Issues { get; init; } = [];
}

/// <summary>A catalog used by an assessment.</summary>
/// <param name="Id">Catalog or plugin id.</param>
/// <param name="Version">Its version.</param>
public sealed record CatalogReference(string Id, string Version);

/// <summary>The rules an assessment applied.</summary>
public sealed record AppliedRules
{
    /// <summary>Assessment date.</summary>
    public DateOnly AssessmentDate { get; init; }

    /// <summary>Judgement method used where a requirement states none.</summary>
    public JudgementMethod DefaultMethod { get; init; }

    /// <summary>Decision rule for values with uncertainty.</summary>
    public DecisionRule DecisionRule { get; init; } = DecisionRule.Simple;

    /// <summary>Rounding rule, e.g. GB/T 8170-2008 round half to even.</summary>
    public string Rounding { get; init; } = "";

    /// <summary>The rounding rule in both languages.</summary>
    public LocalizedText? RoundingText { get; init; }

    /// <summary>Rule for values below the detection limit.</summary>
    public string BelowDetectionLimit { get; init; } = "";

    /// <summary>The rule for values below the detection limit in both languages.</summary>
    public LocalizedText? BelowDetectionLimitText { get; init; }

    /// <summary>Ladder id.</summary>
    public string Ladder { get; init; } = "";

    /// <summary>Ladder name.</summary>
    public LocalizedText? LadderName { get; init; }

    /// <summary>The ladder's rungs as applied, from the highest to the lowest.</summary>
    public IReadOnlyList<LevelRung> LadderRungs { get; init; } = [];

    /// <summary>Target rung of the gap analysis.</summary>
    public string TargetRung { get; init; } = "";
}

/// <summary>Status of a standard edition on the assessment date.</summary>
public enum EditionStatus
{
    /// <summary>In force.</summary>
    InForce,
    /// <summary>Not yet in force.</summary>
    NotYetEffective,
    /// <summary>Withdrawn or superseded.</summary>
    Withdrawn,
}

/// <summary>A standard edition applied in an assessment.</summary>
public sealed record AppliedStandard
{
    /// <summary>Code with edition.</summary>
    public string Code { get; init; } = "";

    /// <summary>Title.</summary>
    public LocalizedText Title { get; init; } = LocalizedText.Empty;

    /// <summary>Tier.</summary>
    public StandardTier Tier { get; init; }

    /// <summary>Force.</summary>
    public StandardForce Force { get; init; }

    /// <summary>Status on the assessment date.</summary>
    public EditionStatus Status { get; init; }

    /// <summary>Replacement, when withdrawn.</summary>
    public string? SupersededBy { get; init; }
}

/// <summary>A limit and where it comes from.</summary>
public sealed record LimitSource
{
    /// <summary>Standard code (or the enterprise standard's).</summary>
    public string StandardCode { get; init; } = "";

    /// <summary>Tier of the standard.</summary>
    public StandardTier Tier { get; init; }

    /// <summary>Grade, if any.</summary>
    public Grade? Grade { get; init; }

    /// <summary>Clause.</summary>
    public LocalizedText? Clause { get; init; }

    /// <summary>The limit as written.</summary>
    public Limit Limit { get; init; } = Limit.Empty;

    /// <summary>Unit of the limit.</summary>
    public string Unit { get; init; } = "";

    /// <summary>Requirement id; null for enterprise limits.</summary>
    public string? RequirementId { get; init; }

    /// <summary>Provenance; null for enterprise limits.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>No limit: the shared default of the model's limit sources.</summary>
    internal static LimitSource Empty { get; } = new();
}

/// <summary>The result for one indicator (or one component of it).</summary>
public sealed record IndicatorResult
{
    /// <summary>Indicator id.</summary>
    public string IndicatorId { get; init; } = "";

    /// <summary>Component (e.g. the fibre <c>cotton</c>), for indicators measured per component.</summary>
    public string? Component { get; init; }

    /// <summary>Name.</summary>
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    /// <summary>Name of the component, if any.</summary>
    public LocalizedText? ComponentName { get; init; }

    /// <summary>Unit.</summary>
    public string Unit { get; init; } = "";

    /// <summary>Key indicator.</summary>
    public bool Key { get; init; }

    /// <summary>Direction.</summary>
    public Direction Direction { get; init; }

    /// <summary>Value as submitted (the first result submitted for the indicator).</summary>
    public string Value { get; init; } = "";

    /// <summary>The value in the indicator's unit, when it was submitted in another unit (e.g. 120000 for 12 % in mg/kg).</summary>
    public string? ValueInUnit { get; init; }

    /// <summary>The named values of a categorical indicator, so reports can name the value and the accepted ones.</summary>
    public IReadOnlyList<IndicatorValue> Values { get; init; } = [];

    /// <summary>The scale of an ordinal indicator from worst to best (e.g. the grey-scale grades <c>1, 1-2, …, 5</c>), so reports
    /// can draw and count grades without a copy of the catalog; empty for other kinds.</summary>
    public IReadOnlyList<string> Scale { get; init; } = [];

    /// <summary>Unit the value was submitted in; empty = the indicator's unit.</summary>
    public string? SubmittedUnit { get; init; }

    /// <summary>Expanded uncertainty as submitted.</summary>
    public string? Uncertainty { get; init; }

    /// <summary>Test method the value was measured by (as submitted, else the indicator's).</summary>
    public string? TestMethod { get; init; }

    /// <summary>Test report number or other reference, as submitted.</summary>
    public string? Reference { get; init; }

    /// <summary>Value the product declares for the indicator (label claim), if any.</summary>
    public string? Declared { get; init; }

    /// <summary>Evidence grade.</summary>
    public EvidenceGrade Evidence { get; init; }

    /// <summary>Whether the value was computed by a derived-indicator rule.</summary>
    public bool Derived { get; init; }

    /// <summary>Judgements against every applicable requirement, then against the references the leading rungs use.</summary>
    public IReadOnlyList<Judgement> Judgements { get; init; } = [];

    /// <summary>Highest rung this indicator reaches; empty when it reaches none (see <see cref="RungNote"/>).</summary>
    public string Rung { get; init; } = "";

    /// <summary>Why the indicator stands where it does when that is not plain (no requirement of a rung's tiers, not decided).</summary>
    public LocalizedText? RungNote { get; init; }

    /// <summary>Highest tier and grade met (the strictest requirement passed), if any.</summary>
    public LimitSource? BestMet { get; init; }

    /// <summary>Rungs the evidence grade kept this indicator from, if any.</summary>
    public string? CappedBy { get; init; }
}

/// <summary>Why a requirement was judged.</summary>
public enum JudgementRole
{
    /// <summary>The requirement applies to the product's class.</summary>
    Applicable,
    /// <summary>
    /// A requirement of another class or a higher grade of the product's family, judged only to place the indicator on
    /// the leading rungs (the strictest reference, the highest domestic grade); the product is not bound by it.
    /// </summary>
    Reference,
}

/// <summary>The judgement of one value against one requirement.</summary>
public sealed record Judgement
{
    /// <summary>The requirement and its limit as applied.</summary>
    public LimitSource Requirement { get; init; } = LimitSource.Empty;

    /// <summary>Applicable to the product, or a reference for the leading rungs.</summary>
    public JudgementRole Role { get; init; }

    /// <summary>Whether the product is bound by the requirement: mandatory, of the standard it declares, or a label claim.</summary>
    public bool Binding { get; init; }

    /// <summary>The value judged, as submitted (one of the results for the indicator).</summary>
    public string Value { get; init; } = "";

    /// <summary>Test method of the value judged.</summary>
    public string? TestMethod { get; init; }

    /// <summary>Test report number of the value judged.</summary>
    public string? Reference { get; init; }

    /// <summary>The declared value, for a declared-value limit.</summary>
    public string? Declared { get; init; }

    /// <summary>Method used.</summary>
    public JudgementMethod Method { get; init; }

    /// <summary>Where the method came from: <c>requirement</c> or <c>options</c>.</summary>
    public string MethodSource { get; init; } = "";

    /// <summary>Decision rule applied (simple acceptance when no uncertainty was given).</summary>
    public DecisionRule DecisionRule { get; init; } = DecisionRule.Simple;

    /// <summary>Rounding interval used by the rounded method.</summary>
    public string? RoundingInterval { get; init; }

    /// <summary>The value compared (rounded for the rounded method, converted to the limit's unit).</summary>
    public string ComparedValue { get; init; } = "";

    /// <summary>The interval the limit allows, in the limit's unit (e.g. <c>90 ~ 100</c> for a declared 95 ± 5).</summary>
    public string? AcceptanceBounds { get; init; }

    /// <summary>Conversion applied to the value, e.g. <c>% → mg/kg ×10000</c>; null when none.</summary>
    public string? Conversion { get; init; }

    /// <summary>Verdict.</summary>
    public Verdict Verdict { get; init; }

    /// <summary>Reason or note (indeterminate reason, below-detection rule, conversion, withdrawn edition).</summary>
    public LocalizedText? Note { get; init; }
}

/// <summary>Comparison of a subject limit with a reference limit.</summary>
public sealed record LimitComparison
{
    /// <summary>Indicator id.</summary>
    public string IndicatorId { get; init; } = "";

    /// <summary>The subject (enterprise or national limit).</summary>
    public LimitSource Subject { get; init; } = LimitSource.Empty;

    /// <summary>The reference limit.</summary>
    public LimitSource Reference { get; init; } = LimitSource.Empty;

    /// <summary>Outcome.</summary>
    public ComparisonOutcome Outcome { get; init; }

    /// <summary>Note: conversion applied, precision difference, or why not comparable.</summary>
    public LocalizedText? Note { get; init; }
}

/// <summary>Which indicators the overall level speaks for.</summary>
public enum LevelScope
{
    /// <summary>Every indicator with requirements of the rung.</summary>
    AllIndicators,
    /// <summary>Key indicators only: some other indicator has not been shown to meet the rung (it was not failed either).</summary>
    KeyIndicators,
}

/// <summary>What keeps a rung from holding for one indicator.</summary>
public enum ObstacleKind
{
    /// <summary>A requirement of the rung is not met.</summary>
    Fails,
    /// <summary>No usable value was submitted.</summary>
    NotEvaluated,
    /// <summary>A judgement could not be decided (method, detection limit, conversion).</summary>
    Indeterminate,
    /// <summary>The evidence is weaker than the rung asks.</summary>
    EvidenceTooWeak,
    /// <summary>A rung this one requires does not hold.</summary>
    RequiresRung,
}

/// <summary>One thing that keeps the next rung from holding.</summary>
public sealed record LevelObstacle
{
    /// <summary>The rung not reached.</summary>
    public string Rung { get; init; } = "";

    /// <summary>What is wrong.</summary>
    public ObstacleKind Kind { get; init; }

    /// <summary>Indicator concerned; empty for <see cref="ObstacleKind.RequiresRung"/>.</summary>
    public string IndicatorId { get; init; } = "";

    /// <summary>Component concerned, if any.</summary>
    public string? Component { get; init; }

    /// <summary>The requirement concerned, if one.</summary>
    public LimitSource? Requirement { get; init; }

    /// <summary>The rung required, for <see cref="ObstacleKind.RequiresRung"/>.</summary>
    public string? RequiredRung { get; init; }
}

/// <summary>A rung that has no requirement for the product, so it is neither reached nor failed.</summary>
/// <param name="Rung">Rung id.</param>
/// <param name="Reason">Why, e.g. no domestic grade above the mandatory one.</param>
public sealed record SkippedRung(string Rung, LocalizedText Reason);

/// <summary>The overall level.</summary>
public sealed record LevelOutcome
{
    /// <summary>Rung id; empty when the level could not be determined.</summary>
    public string Rung { get; init; } = "";

    /// <summary>Rung name.</summary>
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    /// <summary>Whether the rung is a failing one.</summary>
    public bool Failing { get; init; }

    /// <summary>
    /// False when no rung could be confirmed and none failed: a binding requirement was not evaluated or not decided.
    /// </summary>
    public bool Determined { get; init; } = true;

    /// <summary>Which indicators the level speaks for.</summary>
    public LevelScope Scope { get; init; }

    /// <summary>Why a higher rung was not reached.</summary>
    public LocalizedText? Reason { get; init; }

    /// <summary>What keeps the next rung from holding, indicator by indicator.</summary>
    public IReadOnlyList<LevelObstacle> Obstacles { get; init; } = [];

    /// <summary>Rungs that have no requirement for this product.</summary>
    public IReadOnlyList<SkippedRung> SkippedRungs { get; init; } = [];
}

/// <summary>What a gap asks for.</summary>
public enum GapKind
{
    /// <summary>A value that meets a limit.</summary>
    Limit,
    /// <summary>Stronger evidence for a value that already meets the limit.</summary>
    Evidence,
}

/// <summary>A gap between an indicator and the next rung.</summary>
public sealed record Gap
{
    /// <summary>1 = most urgent.</summary>
    public int Priority { get; init; }

    /// <summary>Indicator id.</summary>
    public string IndicatorId { get; init; } = "";

    /// <summary>Component, if any.</summary>
    public string? Component { get; init; }

    /// <summary>Name.</summary>
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    /// <summary>Key indicator.</summary>
    public bool Key { get; init; }

    /// <summary>Limit or evidence.</summary>
    public GapKind Kind { get; init; }

    /// <summary>Whether the decisive requirement binds the product (mandatory, declared standard, label claim).</summary>
    public bool Binding { get; init; }

    /// <summary>Rung now; empty when the indicator stands on none.</summary>
    public string CurrentRung { get; init; } = "";

    /// <summary>Rung aimed at.</summary>
    public string NextRung { get; init; } = "";

    /// <summary>The limit that decides the next rung.</summary>
    public LimitSource Limit { get; init; } = LimitSource.Empty;

    /// <summary>Measured value.</summary>
    public string Measured { get; init; } = "";

    /// <summary>
    /// Value needed in the limit's unit, e.g. <c>≤ 16</c>, <c>&lt; 14</c> (with a margin), <c>90 ~ 100</c>; <c>&lt; DL</c>
    /// (below the detection limit) for a not-permitted limit.
    /// </summary>
    public string Required { get; init; } = "";

    /// <summary>What is needed in words, where it is no figure (未检出 / not detected); reports show it in place of <see cref="Required"/>.</summary>
    public LocalizedText? RequiredText { get; init; }

    /// <summary>Evidence grade needed, for an evidence gap.</summary>
    public EvidenceGrade? RequiredEvidence { get; init; }

    /// <summary>
    /// Margin the value must keep from the limit: the guard band of the decision rule, or U for a rung that asks for a
    /// value better than the limit by more than its uncertainty; in the limit's unit.
    /// </summary>
    public string? Margin { get; init; }

    /// <summary>Absolute gap in the limit's unit (positive = improvement needed), if quantitative.</summary>
    public string? AbsoluteGap { get; init; }

    /// <summary>Relative gap in percent of the limit, if quantitative.</summary>
    public string? RelativeGapPercent { get; init; }

    /// <summary>Gap in grade steps, for an ordinal indicator.</summary>
    public int? GradeSteps { get; init; }
}

/// <summary>Why an indicator was not evaluated.</summary>
public enum NotEvaluatedKind
{
    /// <summary>No requirement applies to the product.</summary>
    NotApplicable,
    /// <summary>A requirement applies, but no usable value was submitted.</summary>
    NotEvaluated,
}

/// <summary>An indicator not evaluated.</summary>
public sealed record NotEvaluatedItem
{
    /// <summary>Indicator id.</summary>
    public string IndicatorId { get; init; } = "";

    /// <summary>Component, if any.</summary>
    public string? Component { get; init; }

    /// <summary>Name.</summary>
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    /// <summary>Kind.</summary>
    public NotEvaluatedKind Kind { get; init; }

    /// <summary>Reason.</summary>
    public LocalizedText Reason { get; init; } = LocalizedText.Empty;
}
