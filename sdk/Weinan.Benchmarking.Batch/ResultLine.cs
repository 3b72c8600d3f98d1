using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch;

/// <summary>
/// The compact result line of <c>results.jsonl</c> (format <see cref="Format"/>, documented in <c>docs/batch.md</c>):
/// one assessment on one line — where the row came from, who and what was assessed, the catalogs and rules used, the
/// level, every value with its verdict against every requirement as applied (requirement id, standard edition, limit
/// and unit), and the gaps. Names and provenance stay in the catalog the line names; the full result is what
/// <c>wbench assess --format json</c> writes.
/// </summary>
public static class ResultLine
{
    /// <summary>The format id written into every line.</summary>
    public const string Format = "wbench-result-line/1.0";

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The line of a result, UTF-8, without the newline.</summary>
    public static byte[] Write(AssessmentResult result, SourceRow row)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(row);
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(8192);
        buffer.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            Write(w, result, row);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter w, AssessmentResult r, SourceRow row)
    {
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteStartObject("source");
        w.WriteString("file", row.File);
        w.WriteNumber("row", row.Row);
        w.WriteEndObject();
        w.WriteString("submissionId", r.SubmissionId);
        w.WriteString("sector", r.Sector);
        Optional(w, "period", r.Period);
        WriteEnterprise(w, r.Enterprise);
        w.WriteStartObject("product");
        Optional(w, "id", r.Product.Id);
        w.WriteString("name", r.Product.Name);
        Optional(w, "category", r.Product.Category);
        Optional(w, "class", r.Product.ProductClass);
        w.WriteEndObject();
        Optional(w, "enterpriseStandard", r.EnterpriseStandardCode);

        WriteCatalogs(w, r.Catalogs);
        w.WriteStartObject("rules");
        w.WriteString("date", r.Rules.AssessmentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("method", Camel(r.Rules.DefaultMethod.ToString()));
        w.WriteString("decisionRule", Camel(r.Rules.DecisionRule.Kind.ToString()));
        if (r.Rules.DecisionRule.Kind != DecisionRuleKind.SimpleAcceptance)
        {
            w.WriteString("guardBandFactor", r.Rules.DecisionRule.GuardBandFactor);
        }

        w.WriteString("ladder", r.Rules.Ladder);
        w.WriteString("target", r.Rules.TargetRung);
        w.WriteEndObject();

        w.WriteStartObject("level");
        w.WriteString("rung", r.Level.Rung);
        w.WriteString("scope", Camel(r.Level.Scope.ToString()));
        w.WriteBoolean("failing", r.Level.Failing);
        w.WriteBoolean("determined", r.Level.Determined);
        w.WriteEndObject();

        w.WriteStartArray("indicators");
        foreach (var i in r.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("id", i.IndicatorId);
            Optional(w, "component", i.Component);
            w.WriteString("value", i.Value);
            w.WriteString("unit", i.Unit);
            if (i.SubmittedUnit is not null && i.ValueInUnit is not null)
            {
                w.WriteString("valueInUnit", i.ValueInUnit);
                w.WriteString("submittedUnit", i.SubmittedUnit);
            }

            if (i.Key)
            {
                w.WriteBoolean("key", true);
            }

            if (i.Derived)
            {
                w.WriteBoolean("derived", true);
            }

            w.WriteString("evidence", Camel(i.Evidence.ToString()));
            Optional(w, "reference", i.Reference);
            w.WriteString("rung", i.Rung);
            w.WriteStartArray("judgements");
            foreach (var j in i.Judgements)
            {
                w.WriteStartObject();
                Optional(w, "requirement", j.Requirement.RequirementId);
                w.WriteString("standard", j.Requirement.StandardCode);
                w.WriteString("tier", Camel(j.Requirement.Tier.ToString()));
                w.WriteString("limit", j.Requirement.Limit.ToString());
                w.WriteString("unit", j.Requirement.Unit);
                if (j.Role == JudgementRole.Reference)
                {
                    w.WriteString("role", "reference");
                }

                if (!j.Binding)
                {
                    w.WriteBoolean("binding", false);
                }

                if (j.ComparedValue != j.Value)
                {
                    w.WriteString("compared", j.ComparedValue);
                }

                w.WriteString("verdict", Camel(j.Verdict.ToString()));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("gaps");
        foreach (var g in r.Gaps)
        {
            w.WriteStartObject();
            w.WriteString("indicator", g.IndicatorId);
            Optional(w, "component", g.Component);
            w.WriteString("kind", Camel(g.Kind.ToString()));
            Optional(w, "requirement", g.Limit.RequirementId);
            w.WriteString("standard", g.Limit.StandardCode);
            w.WriteString("next", g.NextRung);
            w.WriteString("measured", g.Measured);
            w.WriteString("required", g.Required);
            if (g.RequiredEvidence is { } evidence)
            {
                w.WriteString("requiredEvidence", Camel(evidence.ToString()));
            }

            if (g.GradeSteps is { } steps)
            {
                w.WriteNumber("gradeSteps", steps);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Indicators with no assessment: a value submitted where no requirement applies, or a requirement with no usable
        // value. The line names them, so a typed value is never lost from the batch's output without a trace.
        if (r.NotEvaluated.Count > 0)
        {
            w.WriteStartArray("notEvaluated");
            foreach (var n in r.NotEvaluated)
            {
                w.WriteStartObject();
                w.WriteString("id", n.IndicatorId);
                Optional(w, "component", n.Component);
                w.WriteString("kind", Camel(n.Kind.ToString()));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (r.Issues.Count > 0)
        {
            w.WriteStartArray("warnings");
            foreach (var issue in r.Issues)
            {
                w.WriteStringValue(issue.Code);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>The enterprise as batch outputs write it: name, and credit code, county and cluster when given.</summary>
    internal static void WriteEnterprise(Utf8JsonWriter w, Enterprise enterprise)
    {
        w.WriteStartObject("enterprise");
        w.WriteString("name", enterprise.Name);
        Optional(w, "creditCode", enterprise.CreditCode);
        Optional(w, "county", enterprise.County);
        Optional(w, "cluster", enterprise.Cluster);
        w.WriteEndObject();
    }

    /// <summary>The catalogs used, each with its id and version.</summary>
    internal static void WriteCatalogs(Utf8JsonWriter w, IReadOnlyList<CatalogReference> catalogs)
    {
        w.WriteStartArray("catalogs");
        foreach (var c in catalogs)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("version", c.Version);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>An enum name in camelCase (the JSON spelling), made once per name: every line writes dozens.</summary>
    internal static string Camel(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : CamelNames.GetOrAdd(name, static n => char.ToLowerInvariant(n[0]) + n[1..]);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> CamelNames = new(StringComparer.Ordinal);
}
