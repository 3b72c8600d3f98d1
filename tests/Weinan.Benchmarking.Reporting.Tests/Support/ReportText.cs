using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Reporting.Tests.Support;

/// <summary>
/// What a reader sees of a report, and the words in it that are not in the report's language once the data is taken out:
/// names the enterprise gave (enterprise, product, enterprise standard, report numbers, test methods, units it wrote),
/// standard codes, units and symbols of the catalog, and the sources cited. What is left is the report's own text —
/// labels, vocabulary, catalog names and notes, the engine's sentences — and must be in the report's language.
/// </summary>
internal static partial class ReportText
{
    /// <summary>Proper names that are the same in both languages.</summary>
    private static readonly string[] Names = ["Weinan.Benchmarking", "DyStar"];

    /// <summary>The text a reader sees: HTML text, the visible attributes and the CSS <c>content</c> strings; Markdown unescaped.</summary>
    public static string Visible(string report, ReportFormat format)
    {
        if (format == ReportFormat.Markdown)
        {
            // Markdown output holds no HTML entity (ReportLanguageTests checks it), so none is decoded here.
            return MarkdownEscape().Replace(Autolink().Replace(report.Replace("<br>", " ", StringComparison.Ordinal), "$1"), "$1");
        }

        var sb = new StringBuilder();
        foreach (Match style in StyleBlock().Matches(report))
        {
            foreach (Match s in CssString().Matches(style.Groups[1].Value))
            {
                sb.Append(CssUnescape(s.Groups[1].Value)).Append('\n');
            }
        }

        var body = StyleBlock().Replace(report, " ");
        foreach (Match a in VisibleAttribute().Matches(body))
        {
            sb.Append(WebUtility.HtmlDecode(a.Groups[2].Value)).Append('\n');
        }

        sb.Append(WebUtility.HtmlDecode(Tag().Replace(body, " ")));
        return sb.ToString();
    }

    /// <summary>
    /// The data of a sample: what the enterprise wrote and what the catalog names by code or symbol; and the names of the
    /// sites its sources cite, which its notes use (…，yumpu；centexbel …).
    /// </summary>
    public static SampleData Data(SectorSample sample)
    {
        var (submission, catalog, result) = (sample.Submission, sample.Catalog, sample.Result);
        var named = catalog.Indicators.Where(i => i.Values.Count > 0).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var data = new List<string?>
        {
            submission.Id, submission.Enterprise.Name, submission.Enterprise.CreditCode, submission.Enterprise.County,
            submission.Enterprise.Cluster, submission.Product.Name, submission.EnterpriseStandard?.Code, submission.EnterpriseStandard?.Title,
        };
        data.AddRange(submission.Product.DeclaredStandards);
        data.AddRange(submission.Product.DeclaredValues.SelectMany(v => new[] { v.Value, v.Unit }));
        data.AddRange(submission.Results.SelectMany(r => new[] { r.Reference, r.TestMethod, r.Unit, r.DetectionLimit, named.Contains(r.IndicatorId) ? null : r.Value }));
        data.AddRange(catalog.Standards.Select(s => s.Code));
        data.AddRange(catalog.TestMethods.SelectMany(t => t.Equivalent.Append(t.Code)));
        data.AddRange(catalog.Units.Select(u => u.Symbol));
        data.AddRange(catalog.Indicators.Select(i => i.Unit));
        data.AddRange(catalog.Requirements.SelectMany(r => r.TestMethods.Concat([r.Unit, r.StandardCode, r.Provenance.Source])));
        data.AddRange(result.Standards.SelectMany(s => new[] { s.Code, s.SupersededBy }));
        data.AddRange(result.Indicators.SelectMany(i => new[] { i.Unit, i.SubmittedUnit, i.TestMethod, i.Reference }));
        data.AddRange(result.Indicators.SelectMany(i => i.Judgements).SelectMany(j => new[] { j.TestMethod, j.Reference }));
        data.AddRange(Units.Symbols);
        data.AddRange(catalog.Conversions.SelectMany(c => new[] { c.FromUnit, c.ToUnit, c.FromBasis, c.ToBasis, c.Factor, c.Source }));

        // A symbol a conversion's note writes in both its languages (mol, lbf) is a symbol, not English; shorter ones are
        // not taken as words anyway, and as data they would be cut out of longer words (the "in" of made-in-china).
        data.AddRange(catalog.Conversions.Where(c => c.Note is not null).SelectMany(c =>
            LatinToken().Matches(c.Note!.Zh).Select(m => m.Value).Intersect(LatinToken().Matches(c.Note.En).Select(m => m.Value), StringComparer.Ordinal)
                .Where(t => t.Length >= 3)));

        var sources = catalog.Requirements.Select(r => r.Provenance.Source).Concat(catalog.TestMethods.Select(t => t.Source))
            .Concat(catalog.Conversions.Select(c => c.Source));
        var sites = sources.SelectMany(s => Url().Matches(s ?? "")).Select(u => new Uri(u.Value, UriKind.Absolute).Host)
            .SelectMany(h => h.Split('.')).Where(label => label.Length >= 4 && label is not ("www" or "info" or "docs" or "product"));
        return new SampleData(Longest(data), Longest(sites.Concat(Names)));
    }

    /// <summary>English words, ids and enum names in a zh-CN report outside its data.</summary>
    public static IReadOnlyList<string> EnglishOutside(string visible, SampleData data) =>
        Findings(visible, data, LatinToken(), token => LowercaseRun().IsMatch(token));

    /// <summary>
    /// Ids and enum names in a report outside its data, in either language: the names of the contract's enum members that
    /// join words (<c>selfTested</c>, <c>NotApplicable</c>, <c>lowerIsBetter</c>), and the catalog's ids of indicators,
    /// requirements, product classes and categorical values that no word could be (lower case with a hyphen, underscore or
    /// digit: <c>not-detected</c>, <c>gb18401-a-formaldehyde</c>; a designation such as the grade <c>HRB400E</c> is data, and
    /// so is a phrase the catalog's own clauses use, such as <c>mass-per-metre</c>).
    /// </summary>
    public static IReadOnlyList<string> IdsOutside(string visible, SampleData data, Catalog catalog)
    {
        var ids = catalog.Indicators.Select(i => i.Id)
            .Concat(catalog.Indicators.SelectMany(i => i.Values).Select(v => v.Id))
            .Concat(catalog.Requirements.Select(r => r.Id))
            .Concat(catalog.ProductClasses.Select(c => c.Id))
            .Where(id => !string.IsNullOrEmpty(id) && id.Any(char.IsAsciiLetterLower) && id.Any(c => c is '-' or '_' || char.IsAsciiDigit(c)))
            .Where(id => !catalog.Requirements.Any(r => (r.Clause?.En ?? "").Contains(id, StringComparison.Ordinal)));
        var names = typeof(Verdict).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).SelectMany(Enum.GetNames)
            .Where(n => n.Skip(1).Any(char.IsAsciiLetterUpper) && n.Any(char.IsAsciiLetterLower))
            .SelectMany(n => new[] { n, char.ToLowerInvariant(n[0]) + n[1..] });
        var words = ids.Concat(names).ToHashSet(StringComparer.Ordinal);
        return Findings(visible, data, IdToken(), words.Contains);
    }

    /// <summary>Chinese text in an English report outside its data.</summary>
    public static IReadOnlyList<string> ChineseOutside(string visible, SampleData data) =>
        Findings(visible, data, ChineseRun(), _ => true);

    /// <summary>
    /// Half-width parentheses around Chinese text in a zh-CN report that no data string holds as written: the report's own
    /// asides (a tier, a role, "目标水平：…") take the full-width （…）; a standard's title or a chemical name keeps its own.
    /// </summary>
    public static IReadOnlyList<string> HalfWidthAsidesOutside(string visible, SampleData data) =>
        HalfWidthAside().Matches(visible).Select(m => m.Value)
            .Where(v => !data.Strings.Any(d => d.Contains(v, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal).ToList();

    private static List<string> Findings(string visible, SampleData data, Regex token, Func<string, bool> foreign)
    {
        // Data that cites addresses first, then the addresses, then the other data, then the names of the sites.
        var text = Remove(visible, data.Strings.Where(d => d.Contains("://", StringComparison.Ordinal)));
        text = Url().Replace(text, " ");
        text = Remove(text, data.Strings.Where(d => !d.Contains("://", StringComparison.Ordinal)));
        text = Remove(EuAct().Replace(text, " "), data.Names);
        text = Whitespace().Replace(Quotation().Replace(text, " "), " ");
        return token.Matches(text).Where(m => foreign(m.Value))
            .Select(m => $"“{m.Value}” in …{text[Math.Max(0, m.Index - 30)..Math.Min(text.Length, m.Index + m.Length + 30)]}…")
            .Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Removes whole words only: a unit "h" is data, the h of "which" is not.</summary>
    private static string Remove(string text, IEnumerable<string> strings)
    {
        foreach (var d in strings)
        {
            var pattern = (char.IsAsciiLetterOrDigit(d[0]) ? @"(?<![A-Za-z0-9])" : "") + Regex.Escape(d) +
                          (char.IsAsciiLetterOrDigit(d[^1]) ? @"(?![A-Za-z0-9])" : "");
            text = Regex.Replace(text, pattern, " ");
        }

        return text;
    }

    private static List<string> Longest(IEnumerable<string?> strings) => strings.Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d!.Trim())
        .Distinct(StringComparer.Ordinal).OrderByDescending(d => d.Length).ThenBy(d => d, StringComparer.Ordinal).ToList();

    private static string CssUnescape(string s) => CssEscape().Replace(s, m => m.Groups[1].Success
        ? char.ConvertFromUtf32(Convert.ToInt32(m.Groups[1].Value, 16))
        : m.Groups[2].Value);

    [GeneratedRegex(@"<style[^>]*>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"content:\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex CssString();

    [GeneratedRegex(@"\\([0-9A-Fa-f]{1,6}) ?|\\(.)")]
    private static partial Regex CssEscape();

    [GeneratedRegex(@"\s(aria-label|title|data-label|alt)=""([^""]*)""")]
    private static partial Regex VisibleAttribute();

    /// <summary>A Markdown autolink, <c>&lt;https://…&gt;</c>.</summary>
    [GeneratedRegex(@"<(https?://[^<>\s]*)>")]
    private static partial Regex Autolink();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\([^()]*\p{IsCJKUnifiedIdeographs}[^()]*\)")]
    private static partial Regex HalfWidthAside();

    [GeneratedRegex(@"\\([\\|*_`\[\]#<>~&])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"https?://[^\s)|<>""]+")]
    private static partial Regex Url();

    /// <summary>A quotation of a source's own wording: “Passes” in a Chinese note, '澄清' in an English one.</summary>
    [GeneratedRegex(@"“[^“”]{1,40}”|‘[^‘’]{1,40}’|'[^'\s][^']{0,38}'")]
    private static partial Regex Quotation();

    /// <summary>A European act cited by its number: Directive 2009/106/EC, Regulation (EU) 2023/915.</summary>
    [GeneratedRegex(@"\b(Directive|Regulation)\s+(\((EC|EU|EEC)\)\s+)?(No\s+)?\d+/\d+(/(EC|EU|EEC))?")]
    private static partial Regex EuAct();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:[-_.'’][A-Za-z0-9]+)*")]
    private static partial Regex LatinToken();

    /// <summary>A run of letters, digits, hyphens and underscores: an id as a catalog writes it.</summary>
    [GeneratedRegex(@"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*")]
    private static partial Regex IdToken();

    [GeneratedRegex(@"[a-z]{3,}")]
    private static partial Regex LowercaseRun();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF01-\uFF5E]+")]
    private static partial Regex ChineseRun();
}

/// <summary>The data of a sample (see <see cref="ReportText.Data"/>), longest first.</summary>
internal sealed record SampleData(IReadOnlyList<string> Strings, IReadOnlyList<string> Names);
