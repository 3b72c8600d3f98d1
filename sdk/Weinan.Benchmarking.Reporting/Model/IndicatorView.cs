namespace Weinan.Benchmarking.Reporting.Model;

/// <summary>One indicator as reported.</summary>
/// <param name="Id">Indicator id.</param>
/// <param name="Name">Name in the report language.</param>
/// <param name="Unit">Unit; empty if none.</param>
/// <param name="Key">Key indicator.</param>
/// <param name="Value">Measured value as submitted.</param>
/// <param name="Uncertainty">Expanded uncertainty; empty if none.</param>
/// <param name="Evidence">Evidence grade.</param>
/// <param name="Derived">Whether the value was computed by a derived-indicator rule.</param>
/// <param name="Rung">Name of the rung this indicator reaches; the "not given" mark when it reaches none.</param>
/// <param name="RungNote">Why it stands there (rungs with no requirement for it, what stopped it); empty if plain.</param>
/// <param name="TestMethod">Test method of the value; empty if none.</param>
/// <param name="Reference">Test report number; empty if none.</param>
/// <param name="Declared">The value the product declares, with unit; empty if none.</param>
/// <param name="SubmittedUnit">Unit the value was submitted in when it is not the indicator's; empty otherwise.</param>
/// <param name="BestMet">The strictest requirement met, e.g. <c>GB 18401-2010 A ≤ 20</c>; empty if none.</param>
/// <param name="CappedBy">Rungs the evidence grade kept this indicator from; empty if none.</param>
/// <param name="Failing">Whether a binding judgement (mandatory, declared standard, label claim) fails.</param>
/// <param name="Css">CSS class: <c>fail</c> or <c>pass</c>.</param>
/// <param name="Judgements">Judgements against every applicable requirement.</param>
/// <param name="Chart">Bullet chart; null for categorical indicators.</param>
public sealed record IndicatorView(
    string Id, string Name, string Unit, bool Key, string Value, string Uncertainty, string Evidence, bool Derived,
    string Rung, string RungNote, string TestMethod, string Reference, string Declared, string SubmittedUnit,
    string BestMet, string CappedBy, bool Failing, string Css, IReadOnlyList<JudgementView> Judgements, ChartView? Chart);

/// <summary>One judgement as reported.</summary>
/// <param name="Standard">Standard code.</param>
/// <param name="Tier">Tier name.</param>
/// <param name="Grade">Grade label; empty if none.</param>
/// <param name="Clause">Clause; empty if none.</param>
/// <param name="Limit">Limit as written, with unit.</param>
/// <param name="Role">Empty for a requirement applicable to the product; the reference mark for another class or higher grade.</param>
/// <param name="Binding">Whether the requirement binds the product.</param>
/// <param name="Value">The value judged as submitted, with its test method and report number when they differ from the indicator's.</param>
/// <param name="Bounds">The interval the limit allows, with unit (e.g. 90 ~ 100 % for a declared value).</param>
/// <param name="ComparedValue">Value compared.</param>
/// <param name="Method">Method name and where it came from.</param>
/// <param name="DecisionRule">Decision rule.</param>
/// <param name="Verdict">Verdict name.</param>
/// <param name="VerdictCss">CSS class: <c>pass</c>, <c>cpass</c>, <c>cfail</c>, <c>fail</c>, <c>indeterminate</c>, or <c>short</c> for a reference not reached.</param>
/// <param name="Note">Note; empty if none.</param>
/// <param name="Unconfirmed">Whether the limit's provenance is unconfirmed.</param>
/// <param name="Footnote">Footnote number of an unconfirmed limit, else 0.</param>
public sealed record JudgementView(
    string Standard, string Tier, string Grade, string Clause, string Limit, string Role, bool Binding, string Value, string Bounds,
    string ComparedValue, string Method,
    string DecisionRule, string Verdict, string VerdictCss, string Note, bool Unconfirmed, int Footnote);

/// <summary>
/// A bullet chart drawn in SVG: one row per reference limit (its passing region as a bar), a vertical marker at the
/// measured value across all rows, and an axis. Coordinates are invariant strings ready for SVG attributes.
/// </summary>
/// <param name="Kind"><c>quantitative</c> or <c>ordinal</c>.</param>
/// <param name="Width">SVG width.</param>
/// <param name="Height">SVG height.</param>
/// <param name="PlotLeft">Left edge of the plot area.</param>
/// <param name="PlotRight">Right edge of the plot area.</param>
/// <param name="PlotWidth">Width of the plot area.</param>
/// <param name="AxisY">Y of the axis line.</param>
/// <param name="BarHeight">Height of each row's bar.</param>
/// <param name="Rows">One row per limit, strictest first.</param>
/// <param name="Ticks">Axis ticks.</param>
/// <param name="HasMarker">Whether the measured value could be placed.</param>
/// <param name="MarkerX">X of the measured value.</param>
/// <param name="MarkerLabel">Label of the measured value.</param>
/// <param name="MarkerLabelX">X of the label (kept inside the plot).</param>
/// <param name="MarkerLabelAnchor">SVG text-anchor of the label.</param>
/// <param name="MarkerTop">Top of the marker line.</param>
/// <param name="MarkerBottom">Bottom of the marker line.</param>
/// <param name="Description">Text alternative of the chart.</param>
public sealed record ChartView(
    string Kind, int Width, int Height, string PlotLeft, string PlotRight, string PlotWidth, string AxisY, int BarHeight,
    IReadOnlyList<ChartRowView> Rows, IReadOnlyList<TickView> Ticks, bool HasMarker, string MarkerX, string MarkerLabel,
    string MarkerLabelX, string MarkerLabelAnchor, string MarkerTop, string MarkerBottom, string Description);

/// <summary>One limit row of a bullet chart.</summary>
/// <param name="Label">Row label (standard and grade).</param>
/// <param name="Limit">Limit as written.</param>
/// <param name="Y">Top of the bar.</param>
/// <param name="TextY">Baseline of the label and the limit, on the line above the bar.</param>
/// <param name="X">Left of the passing region.</param>
/// <param name="W">Width of the passing region.</param>
/// <param name="Css">CSS class: <c>pass</c> or <c>fail</c> (the verdict for this limit), plus <c>s1</c>…<c>s4</c> for strictness shading.</param>
/// <param name="Unconfirmed">Whether the limit's provenance is unconfirmed.</param>
/// <param name="Footnote">Footnote number of an unconfirmed limit, else 0.</param>
public sealed record ChartRowView(string Label, string Limit, string Y, string TextY, string X, string W, string Css,
    bool Unconfirmed, int Footnote);

/// <summary>An axis tick.</summary>
/// <param name="X">Position.</param>
/// <param name="Label">Label.</param>
/// <param name="Anchor">SVG text-anchor of the label: <c>start</c> for the first tick, <c>end</c> for the last, else <c>middle</c>.</param>
public sealed record TickView(string X, string Label, string Anchor);
