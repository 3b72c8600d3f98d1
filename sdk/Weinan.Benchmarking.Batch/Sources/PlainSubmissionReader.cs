using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>
/// Reads a batch row's submission JSON. A document written plainly in the submission format (<c>docs/formats.md</c> §5:
/// every field known and given once, text as JSON strings, no <c>null</c>, no comments) is read by System.Text.Json's
/// generated reader, several times faster than <see cref="BenchmarkJson"/>; anything else is read, and reported on, by
/// <see cref="BenchmarkJson"/>, as before. What the fast reader reads, <see cref="BenchmarkJson"/> reads to the same
/// submission without any issue (tested over generated batches and malformed rows).
/// </summary>
internal static class PlainSubmissionReader
{
    private static readonly JsonTypeInfo<Submission> TypeInfo = Create();

    /// <summary>
    /// The submission in <paramref name="text"/> (UTF-8), with the issues <see cref="BenchmarkJson"/> finds when it is not
    /// plain. Bytes that are not UTF-8 are read as the replacement character, as a text reader decodes them.
    /// </summary>
    public static JsonReadResult<Submission> Read(byte[] text, string file) =>
        TryRead(text) is { } plain ? new JsonReadResult<Submission>(plain, []) : BenchmarkJson.Deserialize<Submission>(Encoding.UTF8.GetString(text), file);

    /// <summary>The submission when the UTF-8 text is written plainly; null when <see cref="BenchmarkJson"/> must read it
    /// (bytes that are not UTF-8 among them).</summary>
    internal static Submission? TryRead(ReadOnlySpan<byte> text)
    {
        // A null keeps the model's default in the format's reader, and sets the field to null in this one.
        if (text.IndexOf("null"u8) >= 0)
        {
            return null;
        }

        Submission? submission;
        try
        {
            submission = JsonSerializer.Deserialize(text, TypeInfo);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }

        return submission is not null && KnownEnums(submission) ? submission : null;
    }

    /// <summary>
    /// Whether every enum value read is one of its type's names: the generated reader takes a comma-separated list of
    /// names as their combination, the format's reader does not.
    /// </summary>
    private static bool KnownEnums(Submission submission)
    {
        foreach (var result in submission.Results)
        {
            if (result is null || !Enum.IsDefined(result.Evidence))
            {
                return false;
            }
        }

        foreach (var limit in submission.EnterpriseStandard?.Limits ?? [])
        {
            if (limit?.Limit is not { } l || !Enum.IsDefined(l.Kind) || (l.Deviation is { } d && !KnownModes(d)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool KnownModes(Deviation deviation)
    {
        if (!Enum.IsDefined(deviation.Mode))
        {
            return false;
        }

        foreach (var band in deviation.Bands)
        {
            if (band is null || (band.Mode is { } mode && !Enum.IsDefined(mode)))
            {
                return false;
            }
        }

        return true;
    }

    private static JsonTypeInfo<Submission> Create()
    {
        // Reflection-based metadata, not generated: a generated reader sets init-only properties only through its own
        // constructor call, which the empty schemaVersion below replaces.
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            // The format's reader matches names in any case, and gives a document without its schemaVersion an empty one.
            PropertyNameCaseInsensitive = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(static info =>
            {
                if (info.Type == typeof(Submission))
                {
                    info.CreateObject = static () => new Submission { SchemaVersion = "" };
                }
            }),
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            MaxDepth = 64,
            Converters = { new PlainEnum<EvidenceGrade>(), new PlainEnum<LimitKind>(), new PlainEnum<DeviationMode>() },
        };
        return (JsonTypeInfo<Submission>)options.GetTypeInfo(typeof(Submission));
    }
}

/// <summary>Enums read as their camelCase names only, as the format writes them.</summary>
internal sealed class PlainEnum<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where T : struct, Enum;
