using Newtonsoft.Json;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// Reads the sector a submission names without reading the rest of it, so the plugins that serve the sector can be
/// chosen (and start loading) before the submission is read and validated.
/// </summary>
public static class SubmissionSector
{
    /// <summary>
    /// The <c>sector</c> of the submission at <paramref name="path"/>; null unless the file reads as one JSON object with
    /// exactly one top-level member named <c>sector</c> (in any case, as the submission reader matches names) whose value
    /// is a non-empty string. The text is read and split into tokens as the submission reader does. Null is never wrong:
    /// the caller then loads every plugin, and the submission reader reports whatever is amiss.
    /// </summary>
    public static string? Peek(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            if (!Next(reader) || reader.TokenType != JsonToken.StartObject)
            {
                return null;
            }

            string? sector = null;
            var found = 0;
            while (Next(reader) && reader.TokenType == JsonToken.PropertyName)
            {
                var name = (string)reader.Value!;
                if (!Next(reader))
                {
                    return null;
                }

                if (string.Equals(name, "sector", StringComparison.OrdinalIgnoreCase))
                {
                    found++;
                    sector = reader.TokenType == JsonToken.String ? (string)reader.Value! : null;
                }

                reader.Skip();
            }

            return found == 1 && reader.TokenType == JsonToken.EndObject && !Next(reader) && !string.IsNullOrWhiteSpace(sector) ? sector : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool Next(JsonReader reader)
    {
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.Comment)
            {
                return true;
            }
        }

        return false;
    }
}
