using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Store;

/// <summary>
/// The submission as the store keeps it: compact JSON in the submission format (<c>docs/formats.md</c> §5, camelCase
/// names, enums as camelCase strings), written the same way whatever the input was (JSONL, CSV, XLSX), so that the same
/// content gives the same bytes and the same hash. It reads back with <c>BenchmarkJson</c>.
/// </summary>
/// <remarks>
/// Written field by field with <see cref="Utf8JsonWriter"/>, in the models' declaration order, leaving out what is null:
/// byte for byte what <see cref="JsonSerializer"/> writes with <see cref="SubmissionJsonContext"/> (tested over generated
/// batches and random submissions), in about a third of its time. A submission holding an enum value that has no name
/// is written by <see cref="JsonSerializer"/> itself, which refuses it as it always did.
/// </remarks>
internal static class SubmissionJson
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonSerializerOptions Options = new(SubmissionJsonContext.Default.Options) { Encoder = Encoder };

    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<Submission> TypeInfo =
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Submission>)Options.GetTypeInfo(typeof(Submission));

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder, SkipValidation = true };

    // One buffer and writer per thread, reused: a writer holds nothing to release beyond its buffer.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _json;

    /// <summary>The compact JSON of a submission, UTF-8.</summary>
    public static byte[] Write(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (!Named(submission))
        {
            return Serialized(submission);
        }

        var buffer = _buffer ??= new ArrayBufferWriter<byte>(8192);
        buffer.ResetWrittenCount();
        var writer = _json ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        WriteSubmission(writer, submission);
        writer.Flush();
        var json = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > 1 << 20)
        {
            // An unusually large submission: its buffer is not kept.
            _buffer = null;
        }

        return json;
    }

    /// <summary>The same JSON, written by <see cref="JsonSerializer"/> (the reference the field-by-field writer is held to).</summary>
    internal static byte[] Serialized(Submission submission) => JsonSerializer.SerializeToUtf8Bytes(submission, TypeInfo);

    private static readonly JsonEncodedText SchemaVersion = Name("schemaVersion"), Id = Name("id"), Sector = Name("sector"),
        Period = Name("period"), EnterpriseName = Name("enterprise"), ProductName = Name("product"), Results = Name("results"),
        EnterpriseStandardName = Name("enterpriseStandard"), NameName = Name("name"), CreditCode = Name("creditCode"),
        County = Name("county"), Cluster = Name("cluster"), Category = Name("category"), ProductClass = Name("productClass"),
        DeclaredStandards = Name("declaredStandards"), DeclaredValues = Name("declaredValues"), IndicatorId = Name("indicatorId"),
        Component = Name("component"), Value = Name("value"), Unit = Name("unit"), Basis = Name("basis"),
        Uncertainty = Name("uncertainty"), CoverageFactor = Name("coverageFactor"), BelowDetectionLimit = Name("belowDetectionLimit"),
        DetectionLimit = Name("detectionLimit"), Evidence = Name("evidence"), Reference = Name("reference"),
        TestMethod = Name("testMethod"), Code = Name("code"), Title = Name("title"), Limits = Name("limits"),
        LimitName = Name("limit"), Kind = Name("kind"), Min = Name("min"), Max = Name("max"), MinInclusive = Name("minInclusive"),
        MaxInclusive = Name("maxInclusive"), Nominal = Name("nominal"), Tolerance = Name("tolerance"), Accepted = Name("accepted"),
        DeviationName = Name("deviation"), Mode = Name("mode"), Below = Name("below"), Above = Name("above"), Bands = Name("bands"),
        RequirePositive = Name("requirePositive"), UpTo = Name("upTo");

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, Encoder);

    private static readonly Dictionary<EvidenceGrade, JsonEncodedText> Grades = Names<EvidenceGrade>();
    private static readonly Dictionary<LimitKind, JsonEncodedText> Kinds = Names<LimitKind>();
    private static readonly Dictionary<DeviationMode, JsonEncodedText> Modes = Names<DeviationMode>();

    /// <summary>Each name of an enum as <see cref="CamelCaseEnum{T}"/> writes it.</summary>
    private static Dictionary<T, JsonEncodedText> Names<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => Name(JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));

    /// <summary>Whether every enum value of the submission has a name (values cast from numbers may not).</summary>
    private static bool Named(Submission s)
    {
        foreach (var r in s.Results ?? [])
        {
            if (r is not null && !Grades.ContainsKey(r.Evidence))
            {
                return false;
            }
        }

        foreach (var l in s.EnterpriseStandard?.Limits ?? [])
        {
            if (l?.Limit is not { } limit)
            {
                continue;
            }

            if (!Kinds.ContainsKey(limit.Kind) || (limit.Deviation is { } d && !Modes.ContainsKey(d.Mode)))
            {
                return false;
            }

            foreach (var b in limit.Deviation?.Bands ?? [])
            {
                if (b?.Mode is { } mode && !Modes.ContainsKey(mode))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void WriteSubmission(Utf8JsonWriter w, Submission s)
    {
        w.WriteStartObject();
        Text(w, SchemaVersion, s.SchemaVersion);
        Text(w, Id, s.Id);
        Text(w, Sector, s.Sector);
        Text(w, Period, s.Period);
        if (s.Enterprise is { } e)
        {
            w.WriteStartObject(EnterpriseName);
            Text(w, NameName, e.Name);
            Text(w, CreditCode, e.CreditCode);
            Text(w, County, e.County);
            Text(w, Cluster, e.Cluster);
            w.WriteEndObject();
        }

        if (s.Product is { } p)
        {
            w.WriteStartObject(ProductName);
            Text(w, Id, p.Id);
            Text(w, NameName, p.Name);
            Text(w, Category, p.Category);
            Text(w, ProductClass, p.ProductClass);
            Texts(w, DeclaredStandards, p.DeclaredStandards);
            List(w, DeclaredValues, p.DeclaredValues, static (w, v) =>
            {
                Text(w, IndicatorId, v.IndicatorId);
                Text(w, Component, v.Component);
                Text(w, Value, v.Value);
                Text(w, Unit, v.Unit);
            });
            w.WriteEndObject();
        }

        List(w, Results, s.Results, static (w, r) =>
        {
            Text(w, IndicatorId, r.IndicatorId);
            Text(w, Value, r.Value);
            Text(w, Unit, r.Unit);
            Text(w, Basis, r.Basis);
            Text(w, Uncertainty, r.Uncertainty);
            Text(w, CoverageFactor, r.CoverageFactor);
            w.WriteBoolean(BelowDetectionLimit, r.BelowDetectionLimit);
            Text(w, DetectionLimit, r.DetectionLimit);
            w.WriteString(Evidence, Grades[r.Evidence]);
            Text(w, Reference, r.Reference);
            Text(w, Component, r.Component);
            Text(w, TestMethod, r.TestMethod);
        });
        if (s.EnterpriseStandard is { } es)
        {
            w.WriteStartObject(EnterpriseStandardName);
            Text(w, Code, es.Code);
            Text(w, Title, es.Title);
            List(w, Limits, es.Limits, static (w, l) =>
            {
                Text(w, IndicatorId, l.IndicatorId);
                if (l.Limit is { } limit)
                {
                    w.WritePropertyName(LimitName);
                    WriteLimit(w, limit);
                }

                Text(w, Unit, l.Unit);
            });
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteLimit(Utf8JsonWriter w, Limit l)
    {
        w.WriteStartObject();
        w.WriteString(Kind, Kinds[l.Kind]);
        Text(w, Min, l.Min);
        Text(w, Max, l.Max);
        w.WriteBoolean(MinInclusive, l.MinInclusive);
        w.WriteBoolean(MaxInclusive, l.MaxInclusive);
        Text(w, Nominal, l.Nominal);
        Text(w, Tolerance, l.Tolerance);
        Texts(w, Accepted, l.Accepted);

        Text(w, Basis, l.Basis);
        if (l.Deviation is { } d)
        {
            w.WriteStartObject(DeviationName);
            w.WriteString(Mode, Modes[d.Mode]);
            Text(w, Below, d.Below);
            Text(w, Above, d.Above);
            List(w, Bands, d.Bands, static (w, b) =>
            {
                Text(w, UpTo, b.UpTo);
                if (b.Mode is { } mode)
                {
                    w.WriteString(Mode, Modes[mode]);
                }

                Text(w, Below, b.Below);
                Text(w, Above, b.Above);
                w.WriteBoolean(RequirePositive, b.RequirePositive);
            });
            w.WriteBoolean(RequirePositive, d.RequirePositive);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>A text field, left out when null (as the serializer's <see cref="JsonIgnoreCondition.WhenWritingNull"/>).</summary>
    private static void Text(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>A list of texts, left out when null; a null element is written as null.</summary>
    private static void Texts(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<string>? items)
    {
        if (items is null)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    /// <summary>A list of objects, left out when null; a null element is written as null.</summary>
    private static void List<T>(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> fields)
        where T : class
    {
        if (items is null)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            if (item is null)
            {
                w.WriteNullValue();
                continue;
            }

            w.WriteStartObject();
            fields(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}

/// <summary>Enums written as camelCase strings, as the formats write them.</summary>
internal sealed class CamelCaseEnum<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where T : struct, Enum;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CamelCaseEnum<EvidenceGrade>), typeof(CamelCaseEnum<LimitKind>), typeof(CamelCaseEnum<DeviationMode>)])]
[JsonSerializable(typeof(Submission))]
internal sealed partial class SubmissionJsonContext : JsonSerializerContext;
