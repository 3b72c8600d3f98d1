using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Reporting.Model;

/// <summary>Builds the immutable <see cref="ReportModel"/> from an assessment result for one format and language.</summary>
public static class ReportModelBuilder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Builds the model. Pure: no clock, culture or file system.</summary>
    /// <param name="result">The assessment result.</param>
    /// <param name="format">Output format; decides how text is escaped.</param>
    /// <param name="language"><c>zh-CN</c> (default) or <c>en</c>.</param>
    public static ReportModel Build(AssessmentResult result, ReportFormat format, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        language = ReportStrings.IsEnglish(language ?? "") ? "en" : "zh-CN";
        var esc = TextEscaper.For(format);
        var ladder = LadderBuilder.Resolve(result);
        string RungName(string id) => esc(ladder.NameOf(id, language));

        var provenance = new ProvenanceCollector(result, language, esc);
        string Pick(string zh, string en) => ReportStrings.Pick(language, zh, en);

        // Ids are shown only where the catalog gives no name (a category is a free word of the submission, not shown).
        var header = new HeaderView(
            esc(result.Enterprise.Name), esc(result.Enterprise.CreditCode), esc(result.Enterprise.County), esc(result.Enterprise.Cluster),
            esc(result.Product.Name), "", esc(result.ProductClassName?.For(language) ?? result.Product.ProductClass),
            Date(result.Rules.AssessmentDate), esc(result.SubmissionId), esc(result.SectorName?.For(language) ?? result.Sector), esc(result.EnterpriseStandardCode),
            esc(string.Join(Pick("；", "; "), result.Catalogs.Select(c => CatalogText(result, c, language)))), esc(result.SchemaVersion));

        var levelName = result.Level.Name.For(language);
        levelName = string.IsNullOrEmpty(levelName) ? ladder.NameOf(result.Level.Rung, language) : levelName;
        var topRung = ladder.Rungs.Count > 0 && ladder.Rungs[0].Id == result.Level.Rung;
        var scope = Vocabulary.Scope(result.Level.Scope).For(language);
        var scopeNote = scope.Length == 0 ? "" : Pick($"（{scope}）", $"({scope})");
        var level = new LevelView(esc(result.Level.Rung), esc(levelName), result.Level.Failing, esc(result.Level.Reason?.For(language)),
            !result.Level.Determined ? "undetermined" : result.Level.Failing ? "fail" : topRung ? "top" : "ok", esc(scope),
            esc(Pick(levelName + scopeNote, scope.Length == 0 ? levelName : $"{levelName} {scopeNote}")), result.Level.Determined, esc(scopeNote));

        var indicators = result.Indicators.Select(i => BuildIndicator(i, language, esc, provenance, RungName)).ToList();

        var comparisons = result.Comparisons
            .Select((c, index) => (c, index))
            .OrderBy(x => IndicatorOrder(result, x.c.IndicatorId)).ThenBy(x => x.index)
            .Select(x =>
            {
                var c = x.c;
                var values = ValuesOf(result, c.IndicatorId);
                // Each side's limit carries its own mark, so a footnote stands beside the figure it is about.
                var subjectFn = provenance.Footnote(c.Subject, c.IndicatorId);
                var referenceFn = provenance.Footnote(c.Reference, c.IndicatorId);
                return new ComparisonView(
                    esc(IndicatorName(result, c.IndicatorId, language)),
                    esc(SourceName(c.Subject, language)), esc(ReportStrings.Tier(c.Subject.Tier, language)), esc(LimitText(c.Subject, language, values)),
                    esc(SourceName(c.Reference, language)), esc(ReportStrings.Tier(c.Reference.Tier, language)), esc(LimitText(c.Reference, language, values)),
                    esc(ReportStrings.Outcome(c.Outcome, language)), OutcomeCss(c.Outcome), esc(c.Note?.For(language)),
                    subjectFn > 0, subjectFn, referenceFn > 0, referenceFn);
            }).ToList();

        var gaps = result.Gaps.OrderBy(g => g.Priority).ThenBy(g => IndicatorOrder(result, g.IndicatorId)).Select(g =>
        {
            var unit = string.IsNullOrEmpty(g.Limit.Unit) ? UnitOf(result, g.IndicatorId, "") : g.Limit.Unit;
            var indicator = result.Indicators.FirstOrDefault(i => i.IndicatorId == g.IndicatorId && i.Component == g.Component);
            var values = ValuesOf(result, g.IndicatorId);
            var fn = provenance.Footnote(g.Limit, g.IndicatorId);
            var required = g.Kind == GapKind.Evidence && g.RequiredEvidence is { } grade
                ? Pick($"证据等级 ≥ {Vocabulary.Evidence(grade).Zh}", $"evidence ≥ {Vocabulary.Evidence(grade).En}")
                : g.RequiredText is { } words ? words.For(language) : WithUnit(g.Required, unit);
            var absolute = g.GradeSteps is { } steps ? Pick($"{steps} 级", steps == 1 ? "1 grade" : $"{steps} grades") : WithUnit(g.AbsoluteGap, unit);
            return new GapView(g.Priority, esc(ComponentName(result, g.IndicatorId, g.Component, g.Name, language)), g.Key,
                string.IsNullOrEmpty(g.CurrentRung) ? esc(Pick("—", "—")) : RungName(g.CurrentRung), RungName(g.NextRung),
                esc(values.Count > 0 ? Vocabulary.Value(g.Measured, values).For(language) : MeasuredText(g.Measured, indicator, unit)),
                esc(values.Count > 0 && g.Kind == GapKind.Limit ? Vocabulary.Limit(g.Limit.Limit, null, values).For(language) : required), esc(absolute),
                string.IsNullOrEmpty(g.RelativeGapPercent) ? "" : esc(g.RelativeGapPercent + " %"),
                esc($"{SourceName(g.Limit, language)} {LimitText(g.Limit, language, values)}"), fn > 0, fn, g.Binding, esc(WithUnit(g.Margin, unit)));
        }).ToList();

        var notEvaluated = result.NotEvaluated.Select(n => new NotEvaluatedView(esc(n.Name.For(language)),
            esc(ReportStrings.NotEvaluatedKind(n.Kind, language)), esc(n.Reason.For(language)))).ToList();

        var rules = new RulesView(Date(result.Rules.AssessmentDate),
            esc(ReportStrings.Method(result.Rules.DefaultMethod, language)),
            esc(ReportStrings.DecisionRule(result.Rules.DecisionRule, language)),
            esc(ReportStrings.GuardBand(result.Rules.DecisionRule, language)),
            esc(result.Rules.RoundingText?.For(language) ?? result.Rules.Rounding),
            esc(result.Rules.BelowDetectionLimitText?.For(language) ?? result.Rules.BelowDetectionLimit),
            esc(result.Rules.LadderName?.For(language) ?? result.Rules.Ladder),
            string.IsNullOrEmpty(result.Rules.TargetRung) ? "" : RungName(result.Rules.TargetRung), esc(result.SchemaVersion));

        var standards = result.Standards.Select(s => new StandardView(esc(s.Code), esc(s.Title.For(language)),
            esc(ReportStrings.Tier(s.Tier, language)), esc(ReportStrings.Force(s.Force, language)),
            esc(ReportStrings.Status(s.Status, language)),
            s.Status switch { EditionStatus.InForce => "in-force", EditionStatus.NotYetEffective => "not-yet", _ => "withdrawn" },
            esc(s.SupersededBy))).ToList();

        var issues = result.Issues.Select(i => new IssueView(esc(i.Code), esc(ReportStrings.Severity(i.Severity, language)), esc(i.Path),
            esc(i.Message.For(language)),
            esc(i.File is null ? "" : i.Line is null ? i.File : string.Create(Inv, $"{i.File}({i.Line},{i.Column})")))).ToList();

        provenance.CatalogData();
        var footnotes = provenance.Footnotes.Select((f, index) => new FootnoteView(index + 1, f)).ToList();
        var appendix = provenance.Appendix(Pick("企业自定", "Enterprise's own"));

        return new ReportModel
        {
            Language = language,
            Format = format == ReportFormat.Html ? "html" : "markdown",
            Header = header,
            Level = level,
            Summary = new SummaryView(indicators.Count, indicators.Count(i => i.Failing), gaps.Count, notEvaluated.Count, footnotes.Count),
            Ladder = ladder.Draw(result, language, esc),
            Indicators = indicators,
            Comparisons = comparisons,
            Gaps = gaps,
            NotEvaluated = notEvaluated,
            Rules = rules,
            Standards = standards,
            Provenance = appendix.Rows,
            Conversions = appendix.Conversions,
            TestMethods = appendix.TestMethods,
            Footnotes = footnotes,
            Issues = issues,
            Sources = appendix.Sources,
            Print = format == ReportFormat.Html ? PrintTexts(result, language) : new PrintView("", "", "", "", ""),
        };
    }

    private static IndicatorView BuildIndicator(IndicatorResult i, string language, Func<string?, string> esc,
        ProvenanceCollector provenance, Func<string, string> rungName)
    {
        var judgements = i.Judgements.Select(j =>
        {
            var fn = provenance.Footnote(j.Requirement, i.IndicatorId);
            var method = ReportStrings.Pick(language,
                $"{ReportStrings.Method(j.Method, language)}（{ReportStrings.MethodSource(j.MethodSource, language)}）",
                $"{ReportStrings.Method(j.Method, language)} ({ReportStrings.MethodSource(j.MethodSource, language)})");
            if (!string.IsNullOrEmpty(j.RoundingInterval))
            {
                method += ReportStrings.Pick(language, $"，修约间隔 {j.RoundingInterval}", $", rounding interval {j.RoundingInterval}");
            }

            // Only a binding requirement is failed; a reference, a higher grade or a foreign level the product is not
            // bound by is reached or not reached.
            var reference = j.Role == JudgementRole.Reference;
            var verdict = j.Binding ? Vocabulary.Verdict(j.Verdict) : Vocabulary.ReferenceVerdict(j.Verdict);
            var css = !j.Binding && j.Verdict is Verdict.Fail or Verdict.ConditionalFail ? "short" : VerdictCss(j.Verdict);
            // A categorical value by its name, as the indicator's own value is shown.
            var value = i.Values.Count > 0 ? Vocabulary.Value(j.Value, i.Values).For(language) : j.Value;
            if (!string.IsNullOrEmpty(j.TestMethod) && j.TestMethod != i.TestMethod)
            {
                // The result judged is told apart by its method; its value too only when the compared value is not it.
                value = j.Value == j.ComparedValue ? j.TestMethod : $"{value} ({j.TestMethod})";
            }

            return new JudgementView(esc(j.Requirement.StandardCode), esc(ReportStrings.Tier(j.Requirement.Tier, language)),
                esc(j.Requirement.Grade?.For(language)), esc(j.Requirement.Clause?.For(language)), esc(LimitText(j.Requirement, language, i.Values)),
                reference ? esc(ReportStrings.Pick(language, "参照：更高等级或其他类别", "reference: higher grade or another class")) : "",
                j.Binding, esc(value), j.Requirement.Limit.Kind == LimitKind.Declared ? esc(WithUnit(j.AcceptanceBounds, j.Requirement.Unit)) : "",
                esc(i.Values.Count > 0 ? Vocabulary.Value(j.ComparedValue, i.Values).For(language) : j.ComparedValue),
                esc(method), esc(ReportStrings.DecisionRule(j.DecisionRule, language)), esc(ReportStrings.Cell(verdict, language)),
                css, esc(j.Note?.For(language)), fn > 0, fn);
        }).ToList();

        var failing = i.Judgements.Any(j => j.Binding && j.Verdict is Verdict.Fail or Verdict.ConditionalFail);
        var chart = ChartBuilder.Build(i, language, esc, j => provenance.Footnote(j.Requirement, i.IndicatorId));
        return new IndicatorView(esc(i.IndicatorId + (i.Component is null ? "" : "-" + i.Component)),
            esc(ComponentName(i.Name, i.ComponentName, language)), esc(i.Unit), i.Key, esc(ValueText(i, language)),
            esc(string.IsNullOrEmpty(i.SubmittedUnit) ? i.Uncertainty : WithUnit(i.Uncertainty, i.SubmittedUnit)),
            esc(ReportStrings.Evidence(i.Evidence, language)), i.Derived,
            string.IsNullOrEmpty(i.Rung) ? "—" : rungName(i.Rung), esc(i.RungNote?.For(language)), esc(i.TestMethod), esc(i.Reference),
            esc(WithUnit(i.Declared, i.Unit)), esc(SubmittedUnitText(i)),
            i.BestMet is null ? "" : esc($"{SourceName(i.BestMet, language)} {LimitText(i.BestMet, language, i.Values)}"),
            string.IsNullOrEmpty(i.CappedBy) ? "" : rungName(i.CappedBy), failing, failing ? "fail" : "pass", judgements, chart);
    }

    /// <summary>The value as submitted, in words: a categorical value by its name, a number as written (its unit apart).</summary>
    internal static string ValueText(IndicatorResult i, string language) =>
        i.Values.Count > 0 ? Vocabulary.Value(i.Value, i.Values).For(language) : i.Value;

    /// <summary>
    /// The unit a value was submitted in when it is not the indicator's, with the value in the indicator's unit:
    /// <c>% (= 120000 mg/kg)</c>, so that the templates, which write the value and then this unit, show
    /// <c>12 % (= 120000 mg/kg)</c>; empty for a value in the indicator's unit.
    /// </summary>
    internal static string SubmittedUnitText(IndicatorResult i) =>
        string.IsNullOrEmpty(i.SubmittedUnit) ? "" : i.ValueInUnit is { } inUnit ? $"{i.SubmittedUnit} (= {inUnit} {i.Unit})" : i.SubmittedUnit;

    /// <summary>
    /// A gap's measured value with its unit: the indicator's value submitted in another unit as it was submitted,
    /// <c>0.0082 % (= 82 mg/kg)</c>; any other with the limit's unit.
    /// </summary>
    private static string MeasuredText(string measured, IndicatorResult? indicator, string limitUnit) =>
        indicator is not null && measured == indicator.Value && SubmittedUnitText(indicator) is { Length: > 0 } submitted
            ? $"{measured} {submitted}"
            : WithUnit(measured, limitUnit);

    /// <summary>An indicator's name with its component: 纤维含量（棉）.</summary>
    internal static string ComponentName(LocalizedText name, LocalizedText? component, string language) =>
        component is null ? name.For(language) : ReportStrings.Pick(language, $"{name.Zh}（{component.Zh}）", $"{name.En} ({component.En})");

    private static string ComponentName(AssessmentResult result, string indicatorId, string? component, LocalizedText name, string language) =>
        ComponentName(name, result.Indicators.FirstOrDefault(i => i.IndicatorId == indicatorId && i.Component == component)?.ComponentName, language);

    /// <summary>The running header and the page number of the printed report, as CSS strings.</summary>
    private static PrintView PrintTexts(AssessmentResult result, string language)
    {
        var labels = ReportStrings.Labels(language);
        return new PrintView(
            TextEscaper.CssString($"{labels["title"]} · {labels["submission"]} {result.SubmissionId}"),
            TextEscaper.CssString(result.Enterprise.Name),
            TextEscaper.CssString(ReportStrings.Pick(language, "第 ", "Page ")),
            TextEscaper.CssString(ReportStrings.Pick(language, " 页 / 共 ", " of ")),
            TextEscaper.CssString(ReportStrings.Pick(language, " 页", "")));
    }

    /// <summary>
    /// A catalog by its sector's name and version (纺织服装（2.0.0 版）); a catalog that does not serve the sector, such as a
    /// data-only catalog of the enterprise's, by its id.
    /// </summary>
    private static string CatalogText(AssessmentResult result, CatalogReference catalog, string language) =>
        catalog.Id == result.Sector && result.SectorName?.For(language) is { Length: > 0 } sector
            ? ReportStrings.Pick(language, $"{sector}（{catalog.Version} 版）", $"{sector} {catalog.Version}")
            : $"{catalog.Id} {catalog.Version}";

    internal static string Date(DateOnly date) => date == default ? "" : date.ToString("yyyy-MM-dd", Inv);

    internal static string SourceName(LimitSource source, string language) =>
        source.Grade is null ? source.StandardCode : $"{source.StandardCode} · {source.Grade.For(language)}";

    /// <summary>A limit with its unit; a declared-value limit names the declared value in words (标示值 / declared).</summary>
    internal static string LimitText(LimitSource source, string language, IReadOnlyList<IndicatorValue>? values = null) =>
        Vocabulary.Limit(source.Limit, source.Unit, values).For(language);

    internal static string WithUnit(string? value, string? unit) =>
        string.IsNullOrEmpty(value) ? "" : string.IsNullOrEmpty(unit) ? value : $"{value} {unit}";

    /// <summary>The named values of a categorical indicator, so its limits and values name them (无异味, not <c>none</c>).</summary>
    internal static IReadOnlyList<IndicatorValue> ValuesOf(AssessmentResult result, string indicatorId) =>
        result.Indicators.FirstOrDefault(i => i.IndicatorId == indicatorId)?.Values ?? [];

    private static string UnitOf(AssessmentResult result, string indicatorId, string fallback) =>
        result.Indicators.FirstOrDefault(i => i.IndicatorId == indicatorId)?.Unit is { Length: > 0 } unit ? unit : fallback;

    private static int IndicatorOrder(AssessmentResult result, string indicatorId)
    {
        for (var k = 0; k < result.Indicators.Count; k++)
        {
            if (result.Indicators[k].IndicatorId == indicatorId)
            {
                return k;
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// An indicator's name in the report's language, from the part of the result that names it: its judgements, a gap, or
    /// (an enterprise limit of an indicator with no measured value) the list of what was not evaluated; its id only when
    /// none does.
    /// </summary>
    internal static string IndicatorName(AssessmentResult result, string indicatorId, string language) =>
        Named(result.Indicators.FirstOrDefault(i => i.IndicatorId == indicatorId)?.Name, language)
        ?? Named(result.Gaps.FirstOrDefault(g => g.IndicatorId == indicatorId)?.Name, language)
        ?? Named(result.NotEvaluated.FirstOrDefault(n => n.IndicatorId == indicatorId && n.Component is null)?.Name, language)
        ?? indicatorId;

    private static string? Named(LocalizedText? name, string language) => name?.For(language) is { Length: > 0 } text ? text : null;

    private static string VerdictCss(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "pass",
        Verdict.ConditionalPass => "cpass",
        Verdict.ConditionalFail => "cfail",
        Verdict.Fail => "fail",
        _ => "indeterminate",
    };

    private static string OutcomeCss(ComparisonOutcome outcome) => outcome switch
    {
        ComparisonOutcome.Stricter => "stricter",
        ComparisonOutcome.Equal => "equal",
        ComparisonOutcome.Looser => "looser",
        _ => "nc",
    };
}
