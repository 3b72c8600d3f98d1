using System.Text.Json;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// Reads the sector a submission names without reading the rest of it, so the plugins that serve the sector can be
/// chosen (and start loading) before the submission is read and validated.
/// </summary>
public static class SubmissionSector
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The <c>sector</c> of the submission at <paramref name="path"/>; null unless the file reads as one JSON object with
    /// exactly one top-level member named <c>sector</c> (in any case, as the submission reader matches names) whose value
    /// is a non-empty string. Null is never wrong: the caller then loads every plugin, and the submission reader reports
    /// whatever is amiss.
    /// </summary>
    public static string? Peek(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }

        var json = bytes.AsSpan();
        if (json.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..];
        }

        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? sector = null;
            var found = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (string.Equals(name, "sector", StringComparison.OrdinalIgnoreCase))
                {
                    found++;
                    sector = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            return found == 1 && reader.TokenType == JsonTokenType.EndObject && !string.IsNullOrWhiteSpace(sector) ? sector : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
