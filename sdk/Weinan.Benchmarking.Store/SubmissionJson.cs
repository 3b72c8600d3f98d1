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
internal static class SubmissionJson
{
    private static readonly JsonSerializerOptions Options = new(SubmissionJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<Submission> TypeInfo =
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Submission>)Options.GetTypeInfo(typeof(Submission));

    /// <summary>The compact JSON of a submission, UTF-8.</summary>
    public static byte[] Write(Submission submission) => JsonSerializer.SerializeToUtf8Bytes(submission, TypeInfo);
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
