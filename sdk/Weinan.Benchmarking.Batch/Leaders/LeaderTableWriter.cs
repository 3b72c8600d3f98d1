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
            w.WritePropertyName("period");
            if (table.Period is { } period)
            {
                w.WriteStringValue(period);
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteString("assessmentDate", table.AssessmentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Array(w, "formula", table.Formula, line => w.WriteStringValue(line.For(language)));
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
            Array(w, "lists", table.Lists, list => WriteList(w, list, language));
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
        ResultLine.WriteCatalogs(w, list.Catalogs);
        w.WriteString("productClass", list.ProductClass);
        w.WriteString("variety", list.Name.For(language));
        Array(w, "referenceIndicators", list.References, r =>
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("name", r.Name.For(language));
            w.WriteBoolean("key", r.Key);
            Array(w, "national", r.National, s => WriteReference(w, s));
            Array(w, "international", r.International, s => WriteReference(w, s));
            w.WriteEndObject();
        });
        Array(w, "entries", list.Entries, e => WriteEntry(w, e, language));
        w.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter w, LeaderEntry e, string language)
    {
        w.WriteStartObject();
        w.WriteNumber("rank", e.Rank);
        ResultLine.WriteEnterprise(w, e.Enterprise);
        w.WriteStartObject("standard");
        w.WriteString("code", e.StandardCode);
        ResultLine.Optional(w, "title", e.StandardTitle);
        w.WriteEndObject();
        w.WriteNumber("products", e.Products);
        w.WriteNumber("compliantProducts", e.CompliantProducts);
        WriteShare(w, "coverage", e.Coverage);
        WriteShare(w, "stricterThanNational", e.National);
        WriteShare(w, "stricterThanInternational", e.International);
        w.WriteNumber("score", e.Score);
        w.WriteBoolean("candidate", e.Candidate);
        Array(w, "notes", e.Notes, n =>
        {
            w.WriteStartObject();
            w.WriteString("kind", ResultLine.Camel(n.Kind.ToString()));
            w.WriteBoolean("excludes", n.Excludes);
            w.WriteString("text", LeaderWords.Note(n).For(language));
            w.WriteEndObject();
        });
        Array(w, "indicators", e.Indicators, i =>
        {
            w.WriteStartObject();
            w.WriteString("id", i.IndicatorId);
            ResultLine.Optional(w, "limit", i.Limit?.ToString());
            ResultLine.Optional(w, "unit", i.Limit is null ? null : i.Unit);
            ResultLine.Optional(w, "national", i.National is { } national ? ResultLine.Camel(national.ToString()) : null);
            ResultLine.Optional(w, "international", i.International is { } international ? ResultLine.Camel(international.ToString()) : null);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter w, LimitSource source)
    {
        w.WriteStartObject();
        w.WriteString("standard", source.StandardCode);
        ResultLine.Optional(w, "grade", source.Grade?.Label);
        w.WriteString("limit", source.Limit.ToString());
        ResultLine.Optional(w, "unit", string.IsNullOrEmpty(source.Unit) ? null : source.Unit);
        w.WriteEndObject();
    }

    private static void WriteShare(Utf8JsonWriter w, string name, Share share)
    {
        w.WriteStartObject(name);
        w.WriteNumber("count", share.Count);
        w.WriteNumber("of", share.Of);
        w.WriteNumber("share", decimal.Round(share.Value, 4, MidpointRounding.ToEven));
        w.WriteEndObject();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(item);
        }

        w.WriteEndArray();
    }

    private static string Fraction(Share share) =>
        decimal.Round(share.Value, 4, MidpointRounding.ToEven).ToString("0.0000", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
