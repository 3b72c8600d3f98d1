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

        w.WriteStartArray(N.Indicators);
        foreach (var i in r.Indicators)
        {
            w.WriteStartObject();
            w.WriteString(N.Id, i.IndicatorId);
            Optional(w, N.Component, i.Component);
            w.WriteString(N.Value, i.Value);
            w.WriteString(N.Unit, i.Unit);
            if (i.SubmittedUnit is not null && i.ValueInUnit is not null)
            {
                w.WriteString(N.ValueInUnit, i.ValueInUnit);
                w.WriteString(N.SubmittedUnit, i.SubmittedUnit);
            }

            if (i.Key)
            {
                w.WriteBoolean(N.Key, true);
            }

            if (i.Derived)
            {
                w.WriteBoolean(N.Derived, true);
            }

            w.WriteString(N.Evidence, EnumText<EvidenceGrade>.Of(i.Evidence));
            Optional(w, N.Reference, i.Reference);
            w.WriteString(N.Rung, i.Rung);
            w.WriteStartArray(N.Judgements);
            foreach (var j in i.Judgements)
            {
                w.WriteStartObject();
                WriteSource(w, j.Requirement);
                if (j.Role == JudgementRole.Reference)
                {
                    w.WriteString(N.Role, ReferenceRole);
                }

                if (!j.Binding)
                {
                    w.WriteBoolean(N.Binding, false);
                }

                if (j.ComparedValue != j.Value)
                {
                    w.WriteString(N.Compared, j.ComparedValue);
                }

                w.WriteString(N.Verdict, EnumText<Verdict>.Of(j.Verdict));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(N.Gaps);
        foreach (var g in r.Gaps)
        {
            w.WriteStartObject();
            w.WriteString(N.Indicator, g.IndicatorId);
            Optional(w, N.Component, g.Component);
            w.WriteString(N.Kind, EnumText<GapKind>.Of(g.Kind));
            Optional(w, N.Requirement, g.Limit.RequirementId);
            w.WriteString(N.Standard, g.Limit.StandardCode);
            w.WriteString(N.Next, g.NextRung);
            w.WriteString(N.Measured, g.Measured);
            w.WriteString(N.Required, g.Required);
            if (g.RequiredEvidence is { } evidence)
            {
                w.WriteString(N.RequiredEvidence, EnumText<EvidenceGrade>.Of(evidence));
            }

            if (g.GradeSteps is { } steps)
            {
                w.WriteNumber(N.GradeSteps, steps);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Indicators with no assessment: a value submitted where no requirement applies, or a requirement with no usable
        // value. The line names them, so a typed value is never lost from the batch's output without a trace.
        if (r.NotEvaluated.Count > 0)
        {
            w.WriteStartArray(N.NotEvaluated);
            foreach (var n in r.NotEvaluated)
            {
                w.WriteStartObject();
                w.WriteString(N.Id, n.IndicatorId);
                Optional(w, N.Component, n.Component);
                w.WriteString(N.Kind, EnumText<NotEvaluatedKind>.Of(n.Kind));
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

    private static void Optional(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>
    /// A judgement's requirement as applied: id, standard, tier, limit as written and unit. A catalog requirement's source
    /// is shared by every line of its plan, so its texts are encoded once; an enterprise's own limit (no requirement id) is
    /// new in every submission and written as it is, so that the table of encodings never takes per-row objects.
    /// </summary>
    private static void WriteSource(Utf8JsonWriter w, LimitSource source)
    {
        if (source.RequirementId is null)
        {
            w.WriteString(N.Standard, source.StandardCode);
            w.WriteString(N.Tier, EnumText<StandardTier>.Of(source.Tier));
            w.WriteString(N.Limit, source.Limit.ToString());
            w.WriteString(N.Unit, source.Unit);
            return;
        }

        var encoded = EncodedSources.GetValue(source, static s => new EncodedSource(s));
        w.WriteString(N.Requirement, encoded.Requirement);
        w.WriteString(N.Standard, encoded.Standard);
        w.WriteString(N.Tier, EnumText<StandardTier>.Of(source.Tier));
        w.WriteString(N.Limit, encoded.Limit);
        w.WriteString(N.Unit, encoded.Unit);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LimitSource, EncodedSource> EncodedSources = [];

    /// <summary>The role of a judgement against a reference requirement, as the line writes it.</summary>
    private static readonly JsonEncodedText ReferenceRole = JsonEncodedText.Encode("reference");

    /// <summary>A catalog requirement's texts as the line writes them, encoded once.</summary>
    private sealed class EncodedSource(LimitSource source)
    {
        public JsonEncodedText Requirement { get; } = JsonEncodedText.Encode(source.RequirementId!, Options.Encoder);

        public JsonEncodedText Standard { get; } = JsonEncodedText.Encode(source.StandardCode, Options.Encoder);

        public JsonEncodedText Limit { get; } = JsonEncodedText.Encode(source.Limit.ToString(), Options.Encoder);

        public JsonEncodedText Unit { get; } = JsonEncodedText.Encode(source.Unit, Options.Encoder);
    }

    /// <summary>The names written inside the line's lists, encoded once: a line writes hundreds.</summary>
    private static class N
    {
        public static readonly JsonEncodedText Binding = JsonEncodedText.Encode("binding");
        public static readonly JsonEncodedText Compared = JsonEncodedText.Encode("compared");
        public static readonly JsonEncodedText Component = JsonEncodedText.Encode("component");
        public static readonly JsonEncodedText Derived = JsonEncodedText.Encode("derived");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Gaps = JsonEncodedText.Encode("gaps");
        public static readonly JsonEncodedText GradeSteps = JsonEncodedText.Encode("gradeSteps");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Indicator = JsonEncodedText.Encode("indicator");
        public static readonly JsonEncodedText Indicators = JsonEncodedText.Encode("indicators");
        public static readonly JsonEncodedText Judgements = JsonEncodedText.Encode("judgements");
        public static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Limit = JsonEncodedText.Encode("limit");
        public static readonly JsonEncodedText Measured = JsonEncodedText.Encode("measured");
        public static readonly JsonEncodedText Next = JsonEncodedText.Encode("next");
        public static readonly JsonEncodedText NotEvaluated = JsonEncodedText.Encode("notEvaluated");
        public static readonly JsonEncodedText Reference = JsonEncodedText.Encode("reference");
        public static readonly JsonEncodedText Required = JsonEncodedText.Encode("required");
        public static readonly JsonEncodedText RequiredEvidence = JsonEncodedText.Encode("requiredEvidence");
        public static readonly JsonEncodedText Requirement = JsonEncodedText.Encode("requirement");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText Rung = JsonEncodedText.Encode("rung");
        public static readonly JsonEncodedText Standard = JsonEncodedText.Encode("standard");
        public static readonly JsonEncodedText SubmittedUnit = JsonEncodedText.Encode("submittedUnit");
        public static readonly JsonEncodedText Tier = JsonEncodedText.Encode("tier");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText ValueInUnit = JsonEncodedText.Encode("valueInUnit");
        public static readonly JsonEncodedText Verdict = JsonEncodedText.Encode("verdict");
    }

    /// <summary>An enum's values as the formats write them (camelCase), encoded once.</summary>
    private static class EnumText<T>
        where T : struct, Enum
    {
        private static readonly T[] Values = Enum.GetValues<T>();

        private static readonly JsonEncodedText[] Texts = Array.ConvertAll(Values, v => JsonEncodedText.Encode(Camel(v.ToString())));

        public static JsonEncodedText Of(T value)
        {
            var i = Array.IndexOf(Values, value);
            return i >= 0 ? Texts[i] : JsonEncodedText.Encode(Camel(value.ToString()));
        }
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
