namespace Weinan.Benchmarking.Reporting.Model;

/// <summary>A limit comparison as reported.</summary>
/// <param name="Indicator">Indicator name.</param>
/// <param name="Subject">Subject standard code and grade.</param>
/// <param name="SubjectTier">Subject tier name.</param>
/// <param name="SubjectLimit">Subject limit with unit.</param>
/// <param name="Reference">Reference standard code and grade.</param>
/// <param name="ReferenceTier">Reference tier name.</param>
/// <param name="ReferenceLimit">Reference limit with unit.</param>
/// <param name="Outcome">Outcome name.</param>
/// <param name="OutcomeCss">CSS class: <c>stricter</c>, <c>equal</c>, <c>looser</c> or <c>nc</c>.</param>
/// <param name="Note">Note; empty if none.</param>
/// <param name="SubjectUnconfirmed">Whether the subject limit's provenance is unconfirmed.</param>
/// <param name="SubjectFootnote">Footnote number of the subject limit when unconfirmed, else 0.</param>
/// <param name="ReferenceUnconfirmed">Whether the reference limit's provenance is unconfirmed.</param>
/// <param name="ReferenceFootnote">Footnote number of the reference limit when unconfirmed, else 0.</param>
public sealed record ComparisonView(
    string Indicator, string Subject, string SubjectTier, string SubjectLimit, string Reference, string ReferenceTier,
    string ReferenceLimit, string Outcome, string OutcomeCss, string Note, bool SubjectUnconfirmed, int SubjectFootnote,
    bool ReferenceUnconfirmed, int ReferenceFootnote);

/// <summary>A gap as reported.</summary>
/// <param name="Priority">1 = most urgent.</param>
/// <param name="Indicator">Indicator name.</param>
/// <param name="Key">Key indicator.</param>
/// <param name="CurrentRung">Name of the rung now.</param>
/// <param name="NextRung">Name of the rung aimed at.</param>
/// <param name="Measured">Measured value with unit.</param>
/// <param name="Required">Value needed with unit.</param>
/// <param name="AbsoluteGap">Absolute gap with unit; empty if not quantitative.</param>
/// <param name="RelativeGap">Relative gap in percent; empty if not quantitative.</param>
/// <param name="Limit">The deciding limit: standard, grade, limit.</param>
/// <param name="Unconfirmed">Whether the limit's provenance is unconfirmed.</param>
/// <param name="Footnote">Footnote number of the unconfirmed limit, else 0.</param>
/// <param name="Binding">Whether the deciding requirement binds the product (a failure to correct first).</param>
/// <param name="Margin">Margin the value must keep from the limit (guard band or U), with unit; empty if none.</param>
public sealed record GapView(
    int Priority, string Indicator, bool Key, string CurrentRung, string NextRung, string Measured, string Required,
    string AbsoluteGap, string RelativeGap, string Limit, bool Unconfirmed, int Footnote, bool Binding, string Margin);

/// <summary>An item not evaluated.</summary>
public sealed record NotEvaluatedView(string Indicator, string Kind, string Reason);

/// <summary>The rules applied.</summary>
public sealed record RulesView(
    string AssessmentDate, string DefaultMethod, string DecisionRule, string GuardBand, string Rounding,
    string BelowDetectionLimit, string Ladder, string TargetRung, string SchemaVersion);

/// <summary>A standard edition applied.</summary>
/// <param name="Code">Code with edition.</param>
/// <param name="Title">Title.</param>
/// <param name="Tier">Tier name.</param>
/// <param name="Force">Force name.</param>
/// <param name="Status">Status name.</param>
/// <param name="StatusCss">CSS class: <c>in-force</c>, <c>not-yet</c> or <c>withdrawn</c>.</param>
/// <param name="SupersededBy">Replacement; empty if none.</param>
public sealed record StandardView(string Code, string Title, string Tier, string Force, string Status, string StatusCss,
    string SupersededBy);

/// <summary>The provenance of one limit.</summary>
/// <param name="Indicator">Indicator name.</param>
/// <param name="Standard">Standard code.</param>
/// <param name="Grade">Grade label; empty if none.</param>
/// <param name="Clause">Clause; empty if none.</param>
/// <param name="Limit">Limit with unit.</param>
/// <param name="RequirementId">Requirement id; empty for enterprise limits.</param>
/// <param name="Edition">Edition status; empty if the standard is not among those applied.</param>
/// <param name="Confidence">Confidence name.</param>
/// <param name="ConfidenceCss">CSS class: <c>confirmed</c>, <c>secondary</c>, <c>derived</c>, <c>unconfirmed</c> or <c>enterprise</c>.</param>
/// <param name="Unconfirmed">Whether the provenance is unconfirmed.</param>
/// <param name="Footnote">Footnote number when unconfirmed, else 0.</param>
/// <param name="Source">Source read.</param>
/// <param name="Note">Provenance note; empty if none.</param>
/// <param name="FirstOfIndicator">Whether this is the indicator's first limit (the appendix groups limits by indicator).</param>
/// <param name="SourceNumber">Number of the source and note in <see cref="ReportModel.Sources"/>; 0 for an enterprise's own limit.</param>
public sealed record ProvenanceView(
    string Indicator, string Standard, string Grade, string Clause, string Limit, string RequirementId, string Edition,
    string Confidence, string ConfidenceCss, bool Unconfirmed, int Footnote, string Source, string Note, bool FirstOfIndicator,
    int SourceNumber);
