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
    /// Every limit, grouped by indicator in order of first use, each citing its source and note by number; and those
    /// sources and notes, each once, numbered in order of first citation.
    /// </summary>
    public (IReadOnlyList<ProvenanceView> Rows, IReadOnlyList<SourceView> Sources) Appendix(string enterpriseOwn)
    {
        var sources = new List<(string Source, string Note)>();
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
                var number = 0;
                if (cited.Source.Length > 0 || cited.Note.Length > 0)
                {
                    number = sources.IndexOf(cited) + 1;
                    if (number == 0)
                    {
                        sources.Add(cited);
                        number = sources.Count;
                    }
                }

                return new ProvenanceView(esc(ReportModelBuilder.IndicatorName(result, s.IndicatorId, language)), esc(s.Source.StandardCode),
                    esc(s.Source.Grade?.For(language)), esc(s.Source.Clause?.For(language)), esc(LimitText(s.Source, s.IndicatorId)),
                    esc(s.Source.RequirementId), esc(edition), esc(p is null ? enterpriseOwn : ReportStrings.Confidence(p.Confidence, language)),
                    css, fn > 0, fn, cited.Source, cited.Note, k == 0, number);
            })).ToList();
        return (rows, sources.Select((c, k) => new SourceView(k + 1, c.Source, c.Note)).ToList());
    }

    /// <summary>A limit as the report shows it, categorical values by name.</summary>
    private string LimitText(LimitSource source, string indicatorId) =>
        ReportModelBuilder.LimitText(source, language, ReportModelBuilder.ValuesOf(result, indicatorId));

    private static string Key(LimitSource source, string indicatorId) =>
        source.RequirementId ?? $"{indicatorId}|{source.StandardCode}|{source.Grade?.Label}|{source.Limit}|{source.Unit}";
}
