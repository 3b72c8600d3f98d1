using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Leaders;

/// <summary>
/// Writes a <see cref="LeaderTable"/> as JSON (format <see cref="LeaderTable.Format"/>) or CSV, names and notes in one
/// language. Shares are written as fractions rounded half to even to 0.0001 beside the counts they come from; scores as
/// they were ranked.
/// </summary>
public static class LeaderTableWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The columns of the text and CSV tables, in a language.</summary>
    public static IReadOnlyList<string> Columns(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
        ? ["Rank", "Enterprise", "Standard", "Coverage", "Stricter than national", "Stricter than international", "Score", "Candidate"]
        : ["名次", "企业", "标准编号", "覆盖率", "严于国家/行业", "严于国际", "得分", "领跑者候选"];

    /// <summary>The cells of one entry as the text table shows them: shares as a percentage with their counts.</summary>
    public static IReadOnlyList<string> Cells(LeaderEntry entry, string language)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var en = language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        string Share(Share s) => s.Of == 0 ? "—" : en ? $"{LeaderFormula.Percent(s)} ({s.Count}/{s.Of})" : $"{LeaderFormula.Percent(s)}（{s.Count}/{s.Of}）";
        return
        [
            entry.Rank.ToString(CultureInfo.InvariantCulture),
            entry.Enterprise.Name,
            entry.StandardCode,
            Share(entry.Coverage),
            Share(entry.National),
            Share(entry.International),
            entry.Score.ToString("0.00", CultureInfo.InvariantCulture),
            entry.Candidate ? "✓" : "",
        ];
    }

    /// <summary>The table as indented JSON.</summary>
    public static string Json(LeaderTable table, string language)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("format", LeaderTable.Format);
            w.WriteString("category", table.Category);
            if (table.Period is { } period)
            {
                w.WriteString("period", period);
            }
            else
            {
                w.WriteNull("period");
            }

            w.WriteString("assessmentDate", table.AssessmentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteStartArray("formula");
            foreach (var line in table.Formula)
            {
                w.WriteStringValue(line.For(language));
            }

            w.WriteEndArray();
            w.WriteStartObject("criteria");
            w.WriteNumber("coverageWeight", table.Criteria.CoverageWeight);
            w.WriteNumber("nationalWeight", table.Criteria.NationalWeight);
            w.WriteNumber("internationalWeight", table.Criteria.InternationalWeight);
            w.WriteNumber("minCoverage", table.Criteria.MinCoverage);
            w.WriteNumber("minNational", table.Criteria.MinNational);
            w.WriteBoolean("keyIndicatorsAtInternationalLevel", table.Criteria.KeyIndicatorsAtInternationalLevel);
            w.WriteEndObject();
            w.WriteStartObject("products");
            w.WriteNumber("inCategory", table.Products);
            w.WriteNumber("withoutEnterpriseStandard", table.WithoutEnterpriseStandard);
            w.WriteNumber("notAssessed", table.NotAssessed);
            w.WriteEndObject();
            w.WriteStartArray("lists");
            foreach (var list in table.Lists)
            {
                WriteList(w, list, language);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The table as CSV, one line per entry, headers and notes in the language; cells a spreadsheet would run as formulas are neutralised.</summary>
    public static void Csv(LeaderTable table, TextWriter writer, string language)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        var en = language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape, NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(en
            ? ["Sector", "Variety", "Rank", "Enterprise", "Credit code", "Standard", "Products", "Compliant products",
                "Coverage", "Indicators limited", "Reference indicators", "Stricter than national", "Limits stricter than national", "Limits with a national reference",
                "Stricter than international", "Limits stricter than international", "Limits with an international reference", "Score", "Candidate", "Notes"]
            : ["行业", "品种", "名次", "企业", "统一社会信用代码", "标准编号", "产品数", "达标产品数",
                "覆盖率", "已限定指标数", "参照指标数", "严于国家/行业", "严于国家/行业的限值数", "有国家/行业参照的限值数",
                "严于国际", "严于国际的限值数", "有国际参照的限值数", "得分", "领跑者候选", "说明"]);
        foreach (var list in table.Lists)
        {
            foreach (var e in list.Entries)
            {
                csv.WriteRecord(
                [
                    list.SectorName.For(language), list.Name.For(language), N(e.Rank), e.Enterprise.Name, e.Enterprise.CreditCode ?? "", e.StandardCode,
                    N(e.Products), N(e.CompliantProducts),
                    Fraction(e.Coverage), N(e.Coverage.Count), N(e.Coverage.Of),
                    Fraction(e.National), N(e.National.Count), N(e.National.Of),
                    Fraction(e.International), N(e.International.Count), N(e.International.Of),
                    e.Score.ToString("0.00", CultureInfo.InvariantCulture),
                    e.Candidate ? (en ? "yes" : "是") : (en ? "no" : "否"),
                    string.Join(en ? "; " : "；", e.Notes.Select(n => LeaderWords.Note(n).For(language))),
                ]);
            }
        }

        csv.Flush();
    }

    private static void WriteList(Utf8JsonWriter w, LeaderList list, string language)
    {
        w.WriteStartObject();
        w.WriteString("sector", list.Sector);
        w.WriteString("sectorName", list.SectorName.For(language));
        w.WriteStartArray("catalogs");
        foreach (var c in list.Catalogs)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("version", c.Version);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("productClass", list.ProductClass);
        w.WriteString("variety", list.Name.For(language));
        w.WriteStartArray("referenceIndicators");
        foreach (var r in list.References)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("name", r.Name.For(language));
            w.WriteBoolean("key", r.Key);
            References(w, "national", r.National);
            References(w, "international", r.International);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("entries");
        foreach (var e in list.Entries)
        {
            WriteEntry(w, e, language);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter w, LeaderEntry e, string language)
    {
        w.WriteStartObject();
        w.WriteNumber("rank", e.Rank);
        w.WriteStartObject("enterprise");
        w.WriteString("name", e.Enterprise.Name);
        Optional(w, "creditCode", e.Enterprise.CreditCode);
        Optional(w, "county", e.Enterprise.County);
        Optional(w, "cluster", e.Enterprise.Cluster);
        w.WriteEndObject();
        w.WriteStartObject("standard");
        w.WriteString("code", e.StandardCode);
        Optional(w, "title", e.StandardTitle);
        w.WriteEndObject();
        w.WriteNumber("products", e.Products);
        w.WriteNumber("compliantProducts", e.CompliantProducts);
        WriteShare(w, "coverage", e.Coverage);
        WriteShare(w, "stricterThanNational", e.National);
        WriteShare(w, "stricterThanInternational", e.International);
        w.WriteNumber("score", e.Score);
        w.WriteBoolean("candidate", e.Candidate);
        w.WriteStartArray("notes");
        foreach (var n in e.Notes)
        {
            w.WriteStartObject();
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(n.Kind.ToString()));
            w.WriteBoolean("excludes", n.Excludes);
            w.WriteString("text", LeaderWords.Note(n).For(language));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("indicators");
        foreach (var i in e.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("id", i.IndicatorId);
            if (i.Limit is { } limit)
            {
                w.WriteString("limit", limit.ToString());
                Optional(w, "unit", i.Unit);
            }
            else
            {
                w.WriteNull("limit");
            }

            Outcome(w, "national", i.National);
            Outcome(w, "international", i.International);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void References(Utf8JsonWriter w, string name, IReadOnlyList<LimitSource> sources)
    {
        w.WriteStartArray(name);
        foreach (var s in sources)
        {
            w.WriteStartObject();
            w.WriteString("standard", s.StandardCode);
            Optional(w, "grade", s.Grade?.Label);
            w.WriteString("limit", s.Limit.ToString());
            Optional(w, "unit", string.IsNullOrEmpty(s.Unit) ? null : s.Unit);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteShare(Utf8JsonWriter w, string name, Share share)
    {
        w.WriteStartObject(name);
        w.WriteNumber("count", share.Count);
        w.WriteNumber("of", share.Of);
        w.WriteNumber("share", decimal.Round(share.Value, 4, MidpointRounding.ToEven));
        w.WriteEndObject();
    }

    private static void Outcome(Utf8JsonWriter w, string name, ComparisonOutcome? outcome)
    {
        if (outcome is { } o)
        {
            w.WriteString(name, JsonNamingPolicy.CamelCase.ConvertName(o.ToString()));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteString(name, value);
        }
    }

    private static string Fraction(Share share) =>
        decimal.Round(share.Value, 4, MidpointRounding.ToEven).ToString("0.0000", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
