namespace Weinan.Benchmarking.Reporting.Model;

/// <summary>
/// Everything a report template sees, built once per render from an <c>AssessmentResult</c>. Templates read it as
/// <c>report</c> with snake_case member names (Scriban's standard renamer: <c>Header.EnterpriseName</c> is
/// <c>report.header.enterprise_name</c>) and the labels as <c>l.key</c>.
/// Every text member is already escaped for the output format (HTML or Markdown): templates print members as they
/// are and never escape or parse them again. Numbers and dates are formatted with the invariant culture.
/// </summary>
public sealed record ReportModel
{
    /// <summary>Language tag of the report, <c>zh-CN</c> or <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Output format, <c>html</c> or <c>markdown</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Header facts.</summary>
    public required HeaderView Header { get; init; }

    /// <summary>Overall level.</summary>
    public required LevelView Level { get; init; }

    /// <summary>Counts for the summary strip.</summary>
    public required SummaryView Summary { get; init; }

    /// <summary>The ladder, from the highest rung to the lowest, with its SVG geometry.</summary>
    public required LadderView Ladder { get; init; }

    /// <summary>Indicator results in submission order.</summary>
    public required IReadOnlyList<IndicatorView> Indicators { get; init; }

    /// <summary>Limit comparisons, by indicator then subject then reference.</summary>
    public required IReadOnlyList<ComparisonView> Comparisons { get; init; }

    /// <summary>Gaps, most urgent first.</summary>
    public required IReadOnlyList<GapView> Gaps { get; init; }

    /// <summary>Items not evaluated, with the reason.</summary>
    public required IReadOnlyList<NotEvaluatedView> NotEvaluated { get; init; }

    /// <summary>The rules applied.</summary>
    public required RulesView Rules { get; init; }

    /// <summary>Standard editions applied.</summary>
    public required IReadOnlyList<StandardView> Standards { get; init; }

    /// <summary>Every distinct limit used, with its provenance.</summary>
    public required IReadOnlyList<ProvenanceView> Provenance { get; init; }

    /// <summary>The catalog conversions the assessment applied, with their provenance; empty when none.</summary>
    public required IReadOnlyList<ConversionView> Conversions { get; init; }

    /// <summary>The catalog's test-method records the assessment relied on, with their provenance; empty when none.</summary>
    public required IReadOnlyList<TestMethodView> TestMethods { get; init; }

    /// <summary>Footnotes (one per unconfirmed limit, then per unconfirmed conversion factor and test-method record), numbered from 1.</summary>
    public required IReadOnlyList<FootnoteView> Footnotes { get; init; }

    /// <summary>Issues found in the inputs.</summary>
    public required IReadOnlyList<IssueView> Issues { get; init; }

    /// <summary>The sources and notes the provenance appendix cites, numbered from 1.</summary>
    public required IReadOnlyList<SourceView> Sources { get; init; }

    /// <summary>The texts of the printed page's margins.</summary>
    public required PrintView Print { get; init; }
}

/// <summary>
/// The texts of the printed page's margins, each a quoted CSS string ready for a <c>content</c> property of the HTML report's
/// <c>@page</c> rule (escaped for CSS, not HTML); empty strings in Markdown.
/// </summary>
/// <param name="RunningHead">Top left of every page: the report's title and id, 对标达标分析报告 · 申报编号 WN-2026-TX-0042.</param>
/// <param name="Enterprise">Top right of every page: the enterprise.</param>
/// <param name="PageBefore">The page number's text before the number: 第 / Page.</param>
/// <param name="PageBetween">Between the page number and the page count: 页，共 / of.</param>
/// <param name="PageAfter">After the page count: 页 / nothing.</param>
public sealed record PrintView(string RunningHead, string Enterprise, string PageBefore, string PageBetween, string PageAfter);

/// <summary>A source read for some limits, with its provenance note, as the provenance appendix lists it.</summary>
/// <param name="Number">Number from 1, cited as [n] by the appendix rows.</param>
/// <param name="Source">Source read (addresses or documents).</param>
/// <param name="Note">Provenance note; empty if none.</param>
public sealed record SourceView(int Number, string Source, string Note);

/// <summary>A catalog test-method record the assessment relied on, as the provenance appendix lists it.</summary>
/// <param name="Code">The method's code, e.g. <c>GB/T 2912.1-2009</c>.</param>
/// <param name="Title">Its title; empty if none.</param>
/// <param name="DetectionLimit">The detection limit it reports down to, with its unit; empty if none.</param>
/// <param name="Equivalent">The methods it is declared equivalent to; empty if none.</param>
/// <param name="Confidence">Confidence name.</param>
/// <param name="ConfidenceCss">CSS class: <c>confirmed</c>, <c>secondary</c>, <c>derived</c> or <c>unconfirmed</c>.</param>
/// <param name="Unconfirmed">Whether the record is unconfirmed.</param>
/// <param name="Footnote">Footnote number when unconfirmed, else 0.</param>
/// <param name="SourceNumber">Number of its source and note in <see cref="ReportModel.Sources"/>; 0 when it has neither.</param>
public sealed record TestMethodView(string Code, string Title, string DetectionLimit, string Equivalent, string Confidence, string ConfidenceCss,
    bool Unconfirmed, int Footnote, int SourceNumber);

/// <summary>A catalog conversion the assessment applied, as the provenance appendix lists it.</summary>
/// <param name="Conversion">From and to, units and bases: <c>% 以 HCOOH 计 → % 以 CH3COOH 计</c>.</param>
/// <param name="Factor">The factor as the catalog writes it, e.g. <c>60.05/46.03</c>.</param>
/// <param name="AppliesTo">The indicator it is restricted to, or all indicators.</param>
/// <param name="Confidence">Confidence name.</param>
/// <param name="ConfidenceCss">CSS class: <c>confirmed</c>, <c>secondary</c>, <c>derived</c> or <c>unconfirmed</c>.</param>
/// <param name="Unconfirmed">Whether the factor is unconfirmed.</param>
/// <param name="Footnote">Footnote number when unconfirmed, else 0.</param>
/// <param name="SourceNumber">Number of its source and note in <see cref="ReportModel.Sources"/>; 0 when it has neither.</param>
public sealed record ConversionView(string Conversion, string Factor, string AppliesTo, string Confidence, string ConfidenceCss, bool Unconfirmed,
    int Footnote, int SourceNumber);

/// <summary>Header facts of a report.</summary>
public sealed record HeaderView(
    string EnterpriseName, string CreditCode, string County, string Cluster, string ProductName, string Category,
    string ProductClass, string AssessmentDate, string SubmissionId, string Sector, string EnterpriseStandard,
    string Catalogs, string SchemaVersion);

/// <summary>The overall level.</summary>
/// <param name="Rung">Rung id.</param>
/// <param name="Name">Rung name.</param>
/// <param name="Failing">Whether the rung is a failing one.</param>
/// <param name="Reason">Why a higher rung was not reached; empty if none.</param>
/// <param name="Css">CSS class: <c>fail</c>, <c>top</c>, <c>ok</c> or <c>undetermined</c>.</param>
/// <param name="Scope">The scope the level is limited to (e.g. 核心指标); empty when it speaks for every indicator.</param>
/// <param name="Label">The name with its scope, as the badge shows it: 国际先进（核心指标）.</param>
/// <param name="Determined">False when no rung could be determined.</param>
/// <param name="ScopeNote">The scope as the badge's second line: （核心指标） / (key indicators); empty when there is none.</param>
public sealed record LevelView(string Rung, string Name, bool Failing, string Reason, string Css, string Scope, string Label, bool Determined,
    string ScopeNote);

/// <summary>Counts for the summary strip.</summary>
public sealed record SummaryView(int Indicators, int Failing, int Gaps, int NotEvaluated, int Unconfirmed);

/// <summary>A ladder and its drawing.</summary>
/// <param name="Width">SVG width.</param>
/// <param name="Height">SVG height.</param>
/// <param name="Rungs">Rungs from the highest to the lowest.</param>
/// <param name="Skipped">Rungs with no requirement for the product, and why.</param>
/// <param name="SkippedText">The same as one sentence in the report language; empty if none.</param>
public sealed record LadderView(int Width, int Height, IReadOnlyList<RungView> Rungs, IReadOnlyList<SkippedRungView> Skipped, string SkippedText);

/// <summary>A rung with no requirement for the product.</summary>
/// <param name="Name">Rung name.</param>
/// <param name="Reason">Why it has none.</param>
public sealed record SkippedRungView(string Name, string Reason);

/// <summary>One rung of the ladder as drawn: a step of the staircase.</summary>
/// <param name="Id">Rung id.</param>
/// <param name="Name">Rung name.</param>
/// <param name="Current">Whether the product stands on this rung.</param>
/// <param name="Reached">Whether the product reaches this rung.</param>
/// <param name="Failing">Whether the rung is a failing one.</param>
/// <param name="IndicatorsReaching">Number of indicators whose own rung is this one or higher.</param>
/// <param name="IndicatorsTotal">Number of indicators assessed.</param>
/// <param name="Css">CSS class: <c>current</c>, <c>reached</c>, <c>above</c>, <c>failing</c> or <c>current failing</c>.</param>
/// <param name="X">Step left edge.</param>
/// <param name="Y">Step top edge.</param>
/// <param name="W">Step width.</param>
/// <param name="H">Step height.</param>
/// <param name="Cx">Horizontal centre.</param>
/// <param name="NameLines">The rung name in one or two lines (long names are split at a space to fit the step).</param>
/// <param name="NameY">Baseline of the first line of the rung name.</param>
/// <param name="CountY">Baseline of the indicator count.</param>
/// <param name="MarkerY">Tip of the "this product" marker above the step.</param>
public sealed record RungView(string Id, string Name, bool Current, bool Reached, bool Failing, int IndicatorsReaching,
    int IndicatorsTotal, string Css, string X, string Y, string W, string H, string Cx, IReadOnlyList<string> NameLines, string NameY,
    string CountY, string MarkerY);

/// <summary>Header, footnote and severity of an issue.</summary>
public sealed record IssueView(string Code, string Severity, string Path, string Message, string Where);

/// <summary>A footnote.</summary>
/// <param name="Number">Number from 1.</param>
/// <param name="Text">Text.</param>
public sealed record FootnoteView(int Number, string Text);
