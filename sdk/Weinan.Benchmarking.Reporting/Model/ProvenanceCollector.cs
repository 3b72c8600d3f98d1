using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Reporting.Model;

/// <summary>Collects every distinct limit a report shows, in order of first use, and numbers the unconfirmed ones.</summary>
internal sealed class ProvenanceCollector(AssessmentResult result, string language, Func<string?, string> esc)
{
    private readonly List<(string Key, string IndicatorId, LimitSource Source)> _sources = [];
    private readonly Dictionary<string, int> _footnotes = new(StringComparer.Ordinal);
    private readonly List<string> _footnoteTexts = [];

    public IReadOnlyList<string> Footnotes => _footnoteTexts;

    /// <summary>Registers a limit; returns its footnote number if its provenance is unconfirmed, else 0.</summary>
    public int Footnote(LimitSource source, string indicatorId)
    {
        var key = Key(source, indicatorId);
        if (!_sources.Any(s => s.Key == key))
        {
            _sources.Add((key, indicatorId, source));
            if (source.Provenance?.Confidence == Confidence.Unconfirmed)
            {
                var p = source.Provenance;
                var what = $"{ReportModelBuilder.IndicatorName(result, indicatorId, language)}"
                    + ReportStrings.Pick(language, "，", ", ") + $"{ReportModelBuilder.SourceName(source, language)} {LimitText(source, indicatorId)}";
                var text = ReportStrings.Pick(language, $"该限值未经原始来源确认：{what}。", $"This limit is not confirmed by a primary source: {what}.")
                    // A Chinese sentence ends in a full-width stop, which needs no space after it.
                    + (p.Note is null ? "" : ReportStrings.Pick(language, "", " ") + p.Note.For(language))
                    + (string.IsNullOrEmpty(p.Source) ? "" : ReportStrings.Pick(language, $"（来源：{p.Source}）", $" (source: {p.Source})"));
                _footnoteTexts.Add(esc(text));
                _footnotes[key] = _footnoteTexts.Count;
            }
        }

        return _footnotes.TryGetValue(key, out var n) ? n : 0;
    }

    /// <summary>
    /// Registers the catalog conversions and test methods the result applied, after every limit: each unconfirmed one gets
    /// the next footnote.
    /// </summary>
    public void CatalogData()
    {
        foreach (var c in result.Conversions)
        {
            if (c?.Confidence == Confidence.Unconfirmed)
            {
                AddFootnote(c, ReportStrings.Pick(language, $"该换算系数未经原始来源确认：{ConversionText(c)} ×{c.Factor}。",
                    $"This conversion factor is not confirmed by a primary source: {ConversionText(c)} ×{c.Factor}."), c.Note, c.Source);
            }
        }

        foreach (var t in result.TestMethods)
        {
            if (t?.Confidence == Confidence.Unconfirmed)
            {
                var limit = string.IsNullOrEmpty(t.DetectionLimit) ? "" : ReportStrings.Pick(language, $"（检出限 {DetectionLimitText(t)}）", $" (detection limit {DetectionLimitText(t)})");
                AddFootnote(t, ReportStrings.Pick(language, $"该检测方法的记录未经原始来源确认：{t.Code}{limit}。",
                    $"This test method's record is not confirmed by a primary source: {t.Code}{limit}."), t.Note, t.Source);
            }
        }
    }

    /// <summary>A footnote for an unconfirmed catalog item: what it is, then its note and source.</summary>
    private void AddFootnote(object item, string what, LocalizedText? note, string? source)
    {
        if (_itemFootnotes.ContainsKey(item))
        {
            return;
        }

        var text = what + (note is null ? "" : ReportStrings.Pick(language, "", " ") + note.For(language))
            + (string.IsNullOrEmpty(source) ? "" : ReportStrings.Pick(language, $"（来源：{source}）", $" (source: {source})"));
        _footnoteTexts.Add(esc(text));
        _itemFootnotes[item] = _footnoteTexts.Count;
    }

    private readonly Dictionary<object, int> _itemFootnotes = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Every limit, grouped by indicator in order of first use, each citing its source and note by number; then the
    /// conversions applied, citing theirs the same way; and those sources and notes, each once, numbered in order of first
    /// citation.
    /// </summary>
    public (IReadOnlyList<ProvenanceView> Rows, IReadOnlyList<ConversionView> Conversions, IReadOnlyList<TestMethodView> TestMethods,
        IReadOnlyList<SourceView> Sources) Appendix(string enterpriseOwn)
    {
        var sources = new List<(string Source, string Note)>();
        int Cite((string Source, string Note) cited)
        {
            if (cited.Source.Length == 0 && cited.Note.Length == 0)
            {
                return 0;
            }

            var number = sources.IndexOf(cited) + 1;
            if (number == 0)
            {
                sources.Add(cited);
                number = sources.Count;
            }

            return number;
        }

        var rows = _sources.GroupBy(s => s.IndicatorId, StringComparer.Ordinal)
            .SelectMany(g => g.Select((s, k) =>
            {
                var p = s.Source.Provenance;
                var standard = result.Standards.FirstOrDefault(a => a.Code == s.Source.StandardCode);
                var edition = standard is null ? "" : ReportStrings.Status(standard.Status, language)
                    + (string.IsNullOrEmpty(standard.SupersededBy) ? "" : $" → {standard.SupersededBy}");
                var css = p is null ? "enterprise" : p.Confidence.ToString().ToLowerInvariant();
                var fn = _footnotes.TryGetValue(s.Key, out var n) ? n : 0;
                var cited = (Source: esc(p?.Source), Note: esc(p?.Note?.For(language)));
                var number = Cite(cited);

                return new ProvenanceView(esc(ReportModelBuilder.IndicatorName(result, s.IndicatorId, language)), esc(s.Source.StandardCode),
                    esc(s.Source.Grade?.For(language)), esc(s.Source.Clause?.For(language)), esc(LimitText(s.Source, s.IndicatorId)),
                    esc(s.Source.RequirementId), esc(edition), esc(p is null ? enterpriseOwn : ReportStrings.Confidence(p.Confidence, language)),
                    css, fn > 0, fn, cited.Source, cited.Note, k == 0, number);
            })).ToList();
        var conversions = result.Conversions.Where(c => c is not null).Select(c => new ConversionView(esc(ConversionText(c)), esc(c.Factor),
            esc(c.IndicatorId is null ? ReportStrings.Pick(language, "全部指标", "All indicators") : ReportModelBuilder.IndicatorName(result, c.IndicatorId, language)),
            esc(ReportStrings.Confidence(c.Confidence, language)), c.Confidence.ToString().ToLowerInvariant(), c.Confidence == Confidence.Unconfirmed,
            FootnoteOf(c), Cite((esc(c.Source), esc(c.Note?.For(language)))))).ToList();
        var methods = result.TestMethods.Where(t => t is not null).Select(t => new TestMethodView(esc(t.Code), esc(t.Title?.For(language)),
            esc(DetectionLimitText(t)), esc(string.Join(ReportStrings.Pick(language, "、", ", "), t.Equivalent)),
            esc(ReportStrings.Confidence(t.Confidence, language)), t.Confidence.ToString().ToLowerInvariant(), t.Confidence == Confidence.Unconfirmed,
            FootnoteOf(t), Cite((esc(t.Source), esc(t.Note?.For(language)))))).ToList();
        return (rows, conversions, methods, sources.Select((c, k) => new SourceView(k + 1, c.Source, c.Note)).ToList());
    }

    private int FootnoteOf(object item) => _itemFootnotes.TryGetValue(item, out var n) ? n : 0;

    /// <summary>A method's detection limit with its unit (none written: the unit of the indicator it measures).</summary>
    private static string DetectionLimitText(TestMethod t) =>
        string.IsNullOrEmpty(t.DetectionLimit) ? "" : string.IsNullOrWhiteSpace(t.Unit) ? t.DetectionLimit : $"{t.DetectionLimit} {t.Unit}";

    /// <summary>A conversion's units and bases, from and to: <c>% 以 HCOOH 计 → % 以 CH3COOH 计</c>.</summary>
    private string ConversionText(Conversion c) => $"{WithBasis(c.FromUnit, c.FromBasis)} → {WithBasis(c.ToUnit, c.ToBasis)}";

    private string WithBasis(string unit, string? basis) => string.IsNullOrWhiteSpace(basis)
        ? unit
        : ReportStrings.Pick(language, $"{unit} 以 {basis} 计", $"{unit} as {basis}").Trim();

    /// <summary>A limit as the report shows it, categorical values by name.</summary>
    private string LimitText(LimitSource source, string indicatorId) =>
        ReportModelBuilder.LimitText(source, language, ReportModelBuilder.ValuesOf(result, indicatorId));

    private static string Key(LimitSource source, string indicatorId) =>
        source.RequirementId ?? $"{indicatorId}|{source.StandardCode}|{source.Grade?.Label}|{source.Limit}|{source.Unit}";
}
