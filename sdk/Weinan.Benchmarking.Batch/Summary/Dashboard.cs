using System.Globalization;
using System.Text;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Reporting;

namespace Weinan.Benchmarking.Batch.Summary;

/// <summary>
/// Writes <c>dashboard.html</c> (documented in <c>docs/batch.md</c>): one self-contained page — inline CSS and SVG, no
/// script, no external resource, and a content security policy that forbids loading any — with the level distribution
/// per sector and per county, per industry cluster the median and the P10–P90 and P25–P75 bands of each key indicator
/// against the national and international limits that applied, and the most common gaps. Every text from the input or a
/// catalog is escaped. Values stay decimals; only SVG coordinates are computed in double.
/// </summary>
public static class Dashboard
{
    /// <summary>The most sectors or counties drawn per chart.</summary>
    public const int GroupsDrawn = 30;

    /// <summary>The most gaps drawn.</summary>
    public const int GapsDrawn = 15;

    private const int LabelWidth = 190, BarLeft = 200, BarWidth = 560, RowHeight = 26, BandWidth = 420, BandHeight = 38;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] Palette = ["#1a9850", "#66bd63", "#a6d96a", "#d9ef8b", "#fee08b", "#fdae61"];
    private static readonly decimal[] Percentiles = [0.10m, 0.25m, 0.50m, 0.75m, 0.90m];

    /// <summary>The page, in <paramref name="language"/> (zh-CN or en).</summary>
    public static string Render(BatchSummary summary, string language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var page = new Page(language);
        var t = page.T;
        var totals = summary.Totals ?? new BatchTotals(0, 0, 0, 0, TimeSpan.Zero);
        var html = page.Html;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-CN").Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(page.E(t(SummaryText.DashboardTitle))).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header>\n<h1>").Append(page.E(t(SummaryText.DashboardTitle))).Append("</h1>\n<p class=\"meta\">")
            .Append(page.E(t(SummaryText.Summary(totals)))).Append("</p>\n<p class=\"meta\">");
        Facts(page, summary);
        html.Append("</p>\n</header>\n");

        var levels = summary.LevelsSeen;
        Levels(page, "levels-sector", t(SummaryText.LevelsBySector), summary.Sectors, levels);
        Levels(page, "levels-county", t(SummaryText.LevelsByCounty), summary.Counties, levels);
        Clusters(page, summary);
        Gaps(page, summary.Gaps);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private sealed class Page(string language)
    {
        public StringBuilder Html { get; } = new(64 * 1024);

        public string Language => language;

        public string T(LocalizedText text) => text.For(language);

        public string E(string? text) => TextEscaper.Html(text);
    }

    private static void Facts(Page page, BatchSummary summary)
    {
        var facts = new List<string>();
        facts.AddRange(summary.Periods.Select(p => $"{page.T(SummaryText.Periods)}：{page.T(p.Name)}（{page.T(SummaryText.RowsAssessedIn(p.Levels.Assessed))}）"));
        facts.AddRange(summary.Dates.Keys.Select(d => $"{page.T(SummaryText.Date)}：{d.ToString("yyyy-MM-dd", Inv)}"));
        facts.AddRange(summary.Catalogs.Select(c => $"{page.T(SummaryText.Catalog)}：{page.T(c.Name)}"));
        page.Html.Append(string.Join("<br>", facts.Take(12).Select(page.E)));
    }

    /// <summary>A colour per level: greens down the ladder, red for a failing rung, grey when not determined.</summary>
    private static string Colour(SummaryLevel level) =>
        level.Undetermined ? "#9e9e9e" : level.Failing ? "#d73027" : Palette[Math.Min(level.Position, Palette.Length - 1)];

    private static void Levels(Page page, string id, string title, IReadOnlyList<SummaryGroup> groups, IReadOnlyList<SummaryLevel> levels)
    {
        var html = page.Html;
        html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(page.E(title)).Append("</h2>\n");
        if (groups.Count == 0 || levels.Count == 0)
        {
            html.Append("<p>").Append(page.E(page.T(SummaryText.NoLevels))).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"legend\">");
        foreach (var level in levels)
        {
            html.Append("<span><i style=\"background:").Append(Colour(level)).Append("\"></i>").Append(page.E(page.T(level.Name))).Append("</span>");
        }

        html.Append("</p>\n");
        var drawn = groups.Take(GroupsDrawn).ToList();
        var height = (drawn.Count * RowHeight) + 4;
        html.Append("<svg class=\"bars\" role=\"img\" width=\"").Append(BarLeft + BarWidth + 80).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(BarLeft + BarWidth + 80).Append(' ').Append(height).Append("\" aria-label=\"").Append(page.E(title)).Append("\">\n");
        for (var k = 0; k < drawn.Count; k++)
        {
            var group = drawn[k];
            var y = (k * RowHeight) + 2;
            var name = page.T(group.Name);
            html.Append("<g><text class=\"label\" x=\"").Append(LabelWidth).Append("\" y=\"").Append(y + 16).Append("\" text-anchor=\"end\">")
                .Append(page.E(Shorten(name, 16))).Append("<title>").Append(page.E(name)).Append("</title></text>\n");
            var x = 0m;
            foreach (var level in levels)
            {
                var count = group.Levels[level.Index];
                if (count == 0)
                {
                    continue;
                }

                var width = count * (decimal)BarWidth / group.Levels.Assessed;
                html.Append("<rect x=\"").Append(F(BarLeft + x)).Append("\" y=\"").Append(y).Append("\" width=\"").Append(F(width))
                    .Append("\" height=\"20\" fill=\"").Append(Colour(level)).Append("\"><title>")
                    .Append(page.E($"{name} · {page.T(level.Name)}：{count}（{group.Levels.Share(level.Index).ToString(Inv)} %）")).Append("</title></rect>");
                x += width;
            }

            html.Append("<text class=\"count\" x=\"").Append(BarLeft + BarWidth + 6).Append("\" y=\"").Append(y + 16).Append("\">")
                .Append(group.Levels.Assessed.ToString(Inv)).Append("</text></g>\n");
        }

        html.Append("</svg>\n");
        if (drawn.Count < groups.Count)
        {
            html.Append("<p class=\"note\">").Append(page.E(page.T(SummaryText.GroupsNotDrawn(drawn.Count, groups.Count)))).Append("</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void Clusters(Page page, BatchSummary summary)
    {
        var html = page.Html;
        html.Append("<section id=\"clusters\">\n<h2>").Append(page.E(page.T(SummaryText.KeyIndicators))).Append("</h2>\n<p class=\"note\">")
            .Append(page.E(page.T(SummaryText.BandLegend))).Append("</p>\n");
        var samples = summary.Samples;
        if (samples.Count == 0)
        {
            html.Append("<p>").Append(page.E(page.T(SummaryText.NoSamples))).Append("</p>\n");
        }

        foreach (var cluster in samples.GroupBy(s => s.Cluster))
        {
            html.Append("<h3>").Append(page.E(page.T(cluster.Key.Name))).Append(" <small>")
                .Append(page.E(page.T(SummaryText.RowsAssessedIn(cluster.Key.Levels.Assessed)))).Append("</small></h3>\n<table class=\"bands\">\n<thead><tr><th>")
                .Append(page.E(page.T(SummaryText.Indicator))).Append("</th><th>").Append(page.E(page.T(SummaryText.Distribution))).Append("</th><th>P10</th><th>P25</th><th>")
                .Append(page.E(page.T(SummaryText.Median))).Append("</th><th>P75</th><th>P90</th><th>").Append(page.E(page.T(SummaryText.Limits)))
                .Append("</th><th>").Append(page.E(page.T(SummaryText.Values))).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var sample in cluster)
            {
                Band(page, sample);
            }

            html.Append("</tbody>\n</table>\n");
        }

        if (summary.RowsNotSampled > 0)
        {
            html.Append("<p class=\"note\">").Append(page.E(page.T(SummaryText.ClustersNotSampled(BatchSummary.SampledClusterLimit, summary.RowsNotSampled))))
                .Append("</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void Band(Page page, IndicatorSample sample)
    {
        var html = page.Html;
        var unit = string.IsNullOrEmpty(sample.Unit) ? "" : $"（{sample.Unit}）";
        html.Append("<tr><th scope=\"row\">").Append(page.E(page.T(sample.Indicator) + unit)).Append("<br><small>")
            .Append(page.E(page.T(sample.Sector))).Append("</small></th>");
        var sorted = sample.Values.Sorted();
        if (sorted.Length == 0)
        {
            html.Append("<td colspan=\"6\">").Append(page.E(page.T(SummaryText.NoValues))).Append("</td>");
        }
        else
        {
            var p = Percentiles.Select(q => ValueSample.Percentile(sorted, q)).ToArray();
            html.Append("<td>");
            BandSvg(page, sample, p);
            html.Append("</td>");
            foreach (var value in p)
            {
                html.Append("<td class=\"num\">").Append(page.E(Number(value))).Append("</td>");
            }
        }

        html.Append("<td class=\"limits\">");
        foreach (var limit in sample.Limits)
        {
            html.Append("<span class=\"").Append(limit.International ? "intl" : "nat").Append("\">")
                .Append(page.E($"{page.T(Vocabulary.Tier(limit.Tier))} {page.T(limit.Source)} {page.T(limit.Text)}")).Append("</span><br>");
        }

        html.Append("</td><td class=\"n\">").Append(page.E(page.T(SummaryText.ValuesCounted(sample.Values.Seen))));
        if (sample.Values.Sampled)
        {
            html.Append("<br>").Append(page.E(page.T(SummaryText.Sampled(sample.Values.Size))));
        }

        if (sample.BelowDetection > 0)
        {
            html.Append("<br>").Append(page.E(page.T(SummaryText.BelowDetection(sample.BelowDetection))));
        }

        if (sample.NotQuantified > 0)
        {
            html.Append("<br>").Append(page.E(page.T(SummaryText.NotQuantified(sample.NotQuantified))));
        }

        html.Append("</td></tr>\n");
    }

    /// <summary>The band chart: the domain spans P10–P90 and every limit; decimals become double only as coordinates.</summary>
    private static void BandSvg(Page page, IndicatorSample sample, decimal[] p)
    {
        var (lo, hi) = Domain(p[0], p[^1], sample.Limits.SelectMany(l => l.Bounds));
        const int left = 8, plot = BandWidth - 16;
        string X(decimal v) => F(left + ((v - lo) / (hi - lo) * plot));

        var html = page.Html;
        html.Append("<svg width=\"").Append(BandWidth).Append("\" height=\"").Append(BandHeight).Append("\" viewBox=\"0 0 ").Append(BandWidth).Append(' ')
            .Append(BandHeight).Append("\" role=\"img\" aria-label=\"").Append(page.E(page.T(sample.Indicator))).Append("\">")
            .Append("<line class=\"axis\" x1=\"").Append(left).Append("\" x2=\"").Append(left + plot).Append("\" y1=\"24\" y2=\"24\"/>")
            .Append("<rect class=\"outer\" x=\"").Append(X(p[0])).Append("\" y=\"8\" width=\"").Append(F(Width(p[0], p[4]))).Append("\" height=\"16\"><title>P10–P90 ")
            .Append(page.E($"{Number(p[0])} – {Number(p[4])}")).Append("</title></rect>")
            .Append("<rect class=\"inner\" x=\"").Append(X(p[1])).Append("\" y=\"8\" width=\"").Append(F(Width(p[1], p[3]))).Append("\" height=\"16\"><title>P25–P75 ")
            .Append(page.E($"{Number(p[1])} – {Number(p[3])}")).Append("</title></rect>")
            .Append("<line class=\"median\" x1=\"").Append(X(p[2])).Append("\" x2=\"").Append(X(p[2])).Append("\" y1=\"5\" y2=\"27\"><title>")
            .Append(page.E($"{page.T(SummaryText.Median)} {Number(p[2])}")).Append("</title></line>");
        foreach (var limit in sample.Limits)
        {
            foreach (var bound in limit.Bounds)
            {
                html.Append("<line class=\"").Append(limit.International ? "intl" : "nat").Append("\" x1=\"").Append(X(bound)).Append("\" x2=\"").Append(X(bound))
                    .Append("\" y1=\"2\" y2=\"30\"><title>").Append(page.E($"{page.T(Vocabulary.Tier(limit.Tier))} {page.T(limit.Source)} {page.T(limit.Text)}"))
                    .Append("</title></line>");
            }
        }

        html.Append("<text class=\"tick\" x=\"").Append(left).Append("\" y=\"36\">").Append(page.E(Number(lo))).Append("</text>")
            .Append("<text class=\"tick\" x=\"").Append(left + plot).Append("\" y=\"36\" text-anchor=\"end\">").Append(page.E(Number(hi))).Append("</text></svg>");

        decimal Width(decimal from, decimal to) => Math.Max(1m, (to - from) / (hi - lo) * plot);
    }

    /// <summary>
    /// The band chart's axis: from the lower to the upper percentile and every limit's bounds, with a twentieth of the span
    /// to spare at each end; never below zero where nothing drawn is negative.
    /// </summary>
    internal static (decimal Lo, decimal Hi) Domain(decimal low, decimal high, IEnumerable<decimal> bounds)
    {
        var (lo, hi) = (low, high);
        foreach (var bound in bounds)
        {
            lo = Math.Min(lo, bound);
            hi = Math.Max(hi, bound);
        }

        var span = hi - lo;
        var pad = span > 0 ? span * 0.05m : Math.Max(Math.Abs(hi) * 0.1m, 1m);
        return (lo >= 0 ? Math.Max(0m, lo - pad) : lo - pad, hi + pad);
    }

    private static void Gaps(Page page, IReadOnlyList<GapCount> gaps)
    {
        var html = page.Html;
        html.Append("<section id=\"gaps\">\n<h2>").Append(page.E(page.T(SummaryText.CommonGaps))).Append("</h2>\n");
        if (gaps.Count == 0)
        {
            html.Append("<p>").Append(page.E(page.T(SummaryText.None))).Append("</p>\n</section>\n");
            return;
        }

        var drawn = gaps.Take(GapsDrawn).ToList();
        var most = drawn[0].Count;
        html.Append("<p class=\"note\">").Append(page.E(page.T(SummaryText.GapsShown(drawn.Count)))).Append("</p>\n<table class=\"gaps\">\n<thead><tr><th>")
            .Append(page.E(page.T(SummaryText.Indicator))).Append("</th><th>").Append(page.E(page.T(SummaryText.Requirement))).Append("</th><th>")
            .Append(page.E(page.T(SummaryText.Standard))).Append("</th><th>").Append(page.E(page.T(SummaryText.NextRung))).Append("</th><th>")
            .Append(page.E(page.T(SummaryText.Times))).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var g in drawn)
        {
            var width = g.Count * 300m / most;
            html.Append("<tr><td>").Append(page.E(page.T(g.Indicator))).Append("<br><small>").Append(page.E(page.T(g.Sector))).Append("</small></td><td>")
                .Append(page.E(page.T(g.Requirement))).Append("</td><td>").Append(page.E(page.T(g.Standard))).Append("</td><td>")
                .Append(page.E(page.T(g.NextRung))).Append("</td><td><svg width=\"360\" height=\"18\" viewBox=\"0 0 360 18\"><rect class=\"gap\" x=\"0\" y=\"2\" width=\"")
                .Append(F(Math.Max(1m, width))).Append("\" height=\"14\"/><text class=\"count\" x=\"").Append(F(Math.Max(1m, width) + 4)).Append("\" y=\"14\">")
                .Append(g.Count.ToString(Inv)).Append("</text></svg></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    /// <summary>A value as a decimal number, at most six decimals, no trailing zeros.</summary>
    private static string Number(decimal value) => decimal.Round(value, 6, MidpointRounding.AwayFromZero).ToString("0.######", Inv);

    /// <summary>An SVG coordinate.</summary>
    private static string F(decimal value) => ((double)value).ToString("0.#", Inv);

    private const string Style = """
        body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #222; }
        h1 { font-size: 22px; margin: 0 0 8px; }
        h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        .meta, .note { color: #555; font-size: 13px; }
        .legend span { display: inline-block; margin-right: 14px; font-size: 13px; }
        .legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
        svg text { font-size: 12px; fill: #333; }
        svg .tick { font-size: 10px; fill: #777; }
        table { border-collapse: collapse; font-size: 13px; }
        th, td { border-bottom: 1px solid #eee; padding: 4px 8px; text-align: left; vertical-align: middle; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.n, td.limits { font-size: 12px; color: #555; }
        span.nat { color: #b2182b; } span.intl { color: #2166ac; }
        .axis { stroke: #bbb; stroke-width: 1; }
        .outer { fill: #c6dbef; } .inner { fill: #6baed6; }
        .median { stroke: #08306b; stroke-width: 3; }
        line.nat { stroke: #d73027; stroke-width: 2; stroke-dasharray: 4 2; }
        line.intl { stroke: #4575b4; stroke-width: 2; stroke-dasharray: 4 2; }
        rect.gap { fill: #f46d43; }
        .gaps td:nth-child(4), .bands th { white-space: nowrap; }

        """;
}
