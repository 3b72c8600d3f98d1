using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Json;

/// <summary>
/// Reads a <see cref="LocalizedText"/> from an object <c>{ "zh": …, "en": … }</c>, or from a plain string taken as the
/// text in both languages (a clause such as <c>"5.2"</c> needs no translation); writes the object.
/// </summary>
internal sealed class LocalizedTextConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText? ReadJson(JsonReader reader, Type objectType, LocalizedText? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null:
                return null;
            case JsonToken.String:
                var text = (string)reader.Value!;
                return new LocalizedText(text, text);
            case JsonToken.StartObject:
                var obj = JObject.Load(reader);
                foreach (var property in obj.Properties())
                {
                    if (property.Name is not ("zh" or "en"))
                    {
                        throw new JsonSerializationException($"Could not find member '{property.Name}' on object of type 'LocalizedText'.");
                    }
                }

                return new LocalizedText(Text(obj["zh"]), Text(obj["en"]));
            default:
                throw new JsonSerializationException($"Expected a string or an object with zh and en, not {reader.TokenType}.");
        }
    }

    public override void WriteJson(JsonWriter writer, LocalizedText? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("zh");
        writer.WriteValue(value.Zh);
        writer.WritePropertyName("en");
        writer.WriteValue(value.En);
        writer.WriteEndObject();
    }

    private static string Text(JToken? token) => token switch
    {
        null or { Type: JTokenType.Null } => "",
        { Type: JTokenType.String } => (string)token!,
        _ => throw new JsonSerializationException($"Expected a string, not {token.Type}."),
    };
}
