namespace Weinan.Benchmarking.Abstractions;

/// <summary>Level of a standard in the Chinese system or abroad.</summary>
public enum StandardTier
{
    /// <summary>ISO, IEC, Codex and other international standards.</summary>
    International,
    /// <summary>EN, ASTM, JIS, EU regulations, OEKO-TEX and other foreign advanced standards.</summary>
    ForeignAdvanced,
    /// <summary>GB, GB/T, GB/Z.</summary>
    National,
    /// <summary>HG, YB, JC, FZ, QB, NY and other industry standards.</summary>
    Industry,
    /// <summary>DB (local) standards.</summary>
    Local,
    /// <summary>T/ (group) standards.</summary>
    Group,
    /// <summary>Q/ (enterprise) standards.</summary>
    Enterprise,
}

/// <summary>Legal force of a standard.</summary>
public enum StandardForce
{
    /// <summary>Mandatory (e.g. GB, 强制性).</summary>
    Mandatory,
    /// <summary>Recommended (e.g. GB/T, 推荐性).</summary>
    Recommended,
    /// <summary>Guidance document (e.g. GB/Z, 指导性).</summary>
    Guidance,
}

/// <summary>Degree of adoption of an international standard (GB/T 20000.2).</summary>
public enum AdoptionDegree
{
    /// <summary>Identical (等同采用).</summary>
    IDT,
    /// <summary>Modified (修改采用).</summary>
    MOD,
    /// <summary>Not equivalent (非等效).</summary>
    NEQ,
}

/// <summary>What kind of value an indicator carries.</summary>
public enum IndicatorKind
{
    /// <summary>A decimal quantity with a unit.</summary>
    Quantitative,
    /// <summary>An ordinal grade on a scale, e.g. colour fastness "3-4".</summary>
    Ordinal,
    /// <summary>A categorical outcome, e.g. "none" / "detected".</summary>
    Categorical,
}

/// <summary>Which way is better for an indicator.</summary>
public enum Direction
{
    /// <summary>Smaller values are better (upper limits).</summary>
    LowerIsBetter,
    /// <summary>Larger values are better (lower limits, ordinal grades).</summary>
    HigherIsBetter,
    /// <summary>Values inside a target range are better.</summary>
    TargetRange,
}

/// <summary>Category of an indicator.</summary>
public enum IndicatorCategory
{
    /// <summary>Safety (安全).</summary>
    Safety,
    /// <summary>Performance (性能).</summary>
    Performance,
    /// <summary>Environment (环保).</summary>
    Environment,
    /// <summary>Energy (能耗).</summary>
    Energy,
}

/// <summary>Shape of a limit as the standard writes it.</summary>
public enum LimitKind
{
    /// <summary>At most <c>Max</c> (≤ or &lt;).</summary>
    Upper,
    /// <summary>At least <c>Min</c> (≥ or &gt;).</summary>
    Lower,
    /// <summary>Between <c>Min</c> and <c>Max</c>.</summary>
    Range,
    /// <summary><c>Nominal</c> ± <c>Tolerance</c>.</summary>
    Tolerance,
    /// <summary>At least the ordinal grade <c>Min</c> on the indicator's scale.</summary>
    Ordinal,
    /// <summary>One of the <c>Accepted</c> categorical values.</summary>
    Categorical,
    /// <summary>
    /// The value the product declares (on its label) for the indicator, within a permitted <c>Deviation</c>
    /// (e.g. fibre content ± 5 percentage points, a nutrient ≥ 80 % of the declared value).
    /// </summary>
    Declared,
    /// <summary>
    /// Not permitted in the product (不得使用, e.g. an additive GB 2760 does not list for the food category): a result
    /// reported below the detection limit meets it, any quantified amount fails it. No <c>Min</c> or <c>Max</c>.
    /// </summary>
    NotPermitted,
}

/// <summary>How well a figure is backed by its source.</summary>
public enum Confidence
{
    /// <summary>Read in the cited source.</summary>
    Confirmed,
    /// <summary>Read only in a secondary source; re-check before release.</summary>
    Secondary,
    /// <summary>Computed by applying a confirmed rule.</summary>
    Derived,
    /// <summary>Not confirmed; shown with a mark wherever it is used.</summary>
    Unconfirmed,
}

/// <summary>GB/T 8170-2008 §4 limit judgement method (ASTM E29 has the same pair).</summary>
public enum JudgementMethod
{
    /// <summary>全数值比较法: compare the unrounded value.</summary>
    Absolute,
    /// <summary>修约值比较法: round the value to the limit's last written digit (or the stated interval) first.</summary>
    Rounded,
}

/// <summary>ILAC-G8:09/2019 decision rule.</summary>
public enum DecisionRuleKind
{
    /// <summary>Binary, simple acceptance (w = 0).</summary>
    SimpleAcceptance,
    /// <summary>Binary with guard band w.</summary>
    GuardBand,
    /// <summary>Non-binary with guard band w: pass / conditional pass / conditional fail / fail.</summary>
    NonBinary,
}

/// <summary>How a measured value is backed.</summary>
public enum EvidenceGrade
{
    /// <summary>Declared by the enterprise without a test report.</summary>
    Declared,
    /// <summary>Tested by the enterprise's own laboratory.</summary>
    SelfTested,
    /// <summary>Tested by an accredited (CNAS/CMA) laboratory.</summary>
    AccreditedLab,
    /// <summary>Independently verified by a third party.</summary>
    IndependentlyVerified,
}

/// <summary>Outcome of judging one value against one limit.</summary>
public enum Verdict
{
    /// <summary>Meets the limit.</summary>
    Pass,
    /// <summary>Meets the limit, but within the guard band (non-binary rule).</summary>
    ConditionalPass,
    /// <summary>Fails the limit, but within the guard band (non-binary rule).</summary>
    ConditionalFail,
    /// <summary>Fails the limit.</summary>
    Fail,
    /// <summary>The rule cannot decide; the reason is recorded.</summary>
    Indeterminate,
}

/// <summary>Outcome of comparing a subject limit with a reference limit.</summary>
public enum ComparisonOutcome
{
    /// <summary>The subject limit is stricter than the reference.</summary>
    Stricter,
    /// <summary>The limits are equal.</summary>
    Equal,
    /// <summary>The subject limit is looser than the reference.</summary>
    Looser,
    /// <summary>The limits cannot be compared; the reason is recorded.</summary>
    NotComparable,
}

/// <summary>Severity of an issue record.</summary>
public enum Severity
{
    /// <summary>The input cannot be used as it is.</summary>
    Error,
    /// <summary>The input can be used, but something deserves attention.</summary>
    Warning,
    /// <summary>For information.</summary>
    Info,
}

/// <summary>The test a ladder rung applies (<c>docs/rules.md</c> §8).</summary>
public enum RungTest
{
    /// <summary>
    /// Meets the strictest requirement of the rung's tiers (empty = every tier) among every class and grade of the
    /// product's family, by more than the expanded uncertainty U when U is given (国际领先).
    /// </summary>
    MeetsStrictest,
    /// <summary>
    /// Meets every requirement of the rung's tiers that applies to the product's class, and no evaluated indicator fails
    /// any of them (国际先进).
    /// </summary>
    MeetsAll,
    /// <summary>
    /// Meets the highest grade or class a standard of the rung's tiers defines for the product's family, where that grade
    /// is stricter than the requirement binding the product (国内领先).
    /// </summary>
    MeetsTopGrade,
    /// <summary>Meets every requirement that binds the product: mandatory ones, the declared standard's and label claims (达标).</summary>
    MeetsMandatory,
    /// <summary>Always holds (the bottom rung).</summary>
    Always,
    /// <summary>
    /// Format 1.0's "strictly better than every reference": read as <see cref="MeetsStrictest"/> with a warning, because
    /// almost any passing value is strictly better than a limit it meets.
    /// </summary>
    BeatsAll,
}

/// <summary>How a permitted deviation from a declared value is expressed.</summary>
public enum DeviationMode
{
    /// <summary>In the requirement's unit (e.g. percentage points of fibre content, grams of net content).</summary>
    Absolute,
    /// <summary>In percent of the declared value (e.g. ≥ 80 % of the declared protein).</summary>
    Relative,
}
