using System.Globalization;
using System.Reflection;
using Newtonsoft.Json;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// Reads a document of the project's formats (a submission, a catalog) straight into the model from the JSON tokens,
/// instead of with <see cref="BenchmarkJson"/>, whose serializer first builds a contract for every type of the model by
/// reflection in each process — most of the time a cold start spends reading its inputs. It reports nothing: no unknown
/// field, no position, no bilingual message. A text it does not read exactly as written is not read at all: a number
/// or a boolean where the model has text (the serializer would convert it), text where it has a number or a boolean, an
/// unknown or repeated field, an enum name it does not know as written, a document without its <c>schemaVersion</c>,
/// anything after the document. What it reads, the serializer reads to the same value without any issue; everything
/// else is read, and reported on, by the serializer.
/// </summary>
/// <remarks>
/// Names match the model's property (or record parameter) names in any case, as camelCase names do; a <c>null</c>
/// leaves the model's initial value, as the serializer's settings do; lists are read as arrays; enums are their names
/// in any case (camelCase); a <see cref="LocalizedText"/> is an object with <c>zh</c> and <c>en</c> or a plain string
/// taken as both; dates are <c>yyyy-MM-dd</c>. The tokens come from the same reader the serializer uses.
/// </remarks>
public static class DirectJson
{
    private static readonly Dictionary<Type, ModelType> Types = [];
    private static readonly Lock TypesLock = new();

    /// <summary>The document in <paramref name="json"/> as <typeparamref name="T"/>, a type of the contract's model; null when this reader does not read it.</summary>
    public static T? TryRead<T>(string json)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!IsModel(typeof(T)))
        {
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(json))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                MaxDepth = 64,
            };
            if (!Next(reader) || reader.TokenType != JsonToken.StartObject)
            {
                return null;
            }

            var value = Model(reader, typeof(T), root: true) as T;
            return Next(reader) ? null : value;
        }
        catch (Exception ex) when (ex is JsonException or NotReadException or InvalidOperationException or FormatException or
                                       ArgumentException or TargetInvocationException or OverflowException or InvalidCastException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether <paramref name="json"/>, which <see cref="BenchmarkJson"/> read as <paramref name="catalog"/>, reads to the
    /// same catalog here: both, written out as JSON, give the same text.
    /// </summary>
    public static bool ReadsAlike(string json, Catalog catalog) =>
        TryRead<Catalog>(json) is { } direct && string.Equals(BenchmarkJson.Serialize(direct), BenchmarkJson.Serialize(catalog), StringComparison.Ordinal);

    private static bool IsModel(Type type) => type.IsClass && type.Assembly == typeof(Catalog).Assembly;

    /// <summary>Moves to the next token that is not a comment.</summary>
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

    /// <summary>Moves to the next member of an object: true at its name, false at the object's end; a text that ends first is not read.</summary>
    private static bool Member(JsonReader reader) =>
        Next(reader) ? reader.TokenType switch
        {
            JsonToken.PropertyName => true,
            JsonToken.EndObject => false,
            _ => throw new NotReadException(),
        } : throw new NotReadException();

    /// <summary>Reads the value at the reader's current token as <paramref name="type"/>.</summary>
    private static object? ReadValue(JsonReader reader, Type type)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return Nullable.GetUnderlyingType(type) is not null || !type.IsValueType ? null : throw new NotReadException();
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return reader.TokenType == JsonToken.String ? (string)reader.Value! : throw new NotReadException();
        }

        if (type == typeof(bool))
        {
            return reader.TokenType == JsonToken.Boolean ? (bool)reader.Value! : throw new NotReadException();
        }

        if (type == typeof(int))
        {
            return reader.TokenType == JsonToken.Integer && reader.Value is long number ? checked((int)number) : throw new NotReadException();
        }

        if (type == typeof(DateOnly))
        {
            return reader.TokenType == JsonToken.String ? Date((string)reader.Value!) : throw new NotReadException();
        }

        if (type.IsEnum)
        {
            return reader.TokenType == JsonToken.String ? EnumValue(type, (string)reader.Value!) : throw new NotReadException();
        }

        if (type == typeof(LocalizedText))
        {
            return Text(reader);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return List(reader, type.GetGenericArguments()[0]);
        }

        if (IsModel(type) && reader.TokenType == JsonToken.StartObject)
        {
            return Model(reader, type, root: false);
        }

        throw new NotReadException();
    }

    private static Array List(JsonReader reader, Type element)
    {
        if (reader.TokenType != JsonToken.StartArray)
        {
            throw new NotReadException();
        }

        var items = new List<object?>();
        while (Next(reader) ? reader.TokenType != JsonToken.EndArray : throw new NotReadException())
        {
            items.Add(ReadValue(reader, element));
        }

        var array = Array.CreateInstance(element, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        return array;
    }

    /// <summary>
    /// Reads an object of the model. A document (<paramref name="root"/>) with a schema version must state it: the
    /// serializer reads one without it as of no version, not as of the model's.
    /// </summary>
    private static object Model(JsonReader reader, Type type, bool root)
    {
        var model = ModelType.Of(type);
        var arguments = new object?[model.Parameters.Length];
        var values = new List<KeyValuePair<PropertyInfo, object>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (Member(reader))
        {
            var name = (string)reader.Value!;
            if (!seen.Add(name) || !Next(reader))
            {
                throw new NotReadException();
            }

            var parameter = Array.FindIndex(model.Parameters, p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            if (parameter >= 0)
            {
                arguments[parameter] = ReadValue(reader, model.Parameters[parameter].ParameterType);
                continue;
            }

            // A null leaves the property as the model initialises it.
            var property = model.Properties.GetValueOrDefault(name) ?? throw new NotReadException();
            if (reader.TokenType != JsonToken.Null && ReadValue(reader, property.PropertyType) is { } value)
            {
                values.Add(new(property, value));
            }
        }

        if (root && model.Properties.ContainsKey(nameof(Catalog.SchemaVersion)) && !HasValue(values, nameof(Catalog.SchemaVersion)))
        {
            throw new NotReadException();
        }

        var instance = model.Constructor.Invoke(arguments);
        foreach (var (property, value) in values)
        {
            property.SetValue(instance, value);
        }

        return instance;
    }

    // A loop rather than List.Exists, whose instantiation over these pairs the JIT would compile at every start.
    private static bool HasValue(List<KeyValuePair<PropertyInfo, object>> values, string property)
    {
        foreach (var value in values)
        {
            if (value.Key.Name == property)
            {
                return true;
            }
        }

        return false;
    }

    private static LocalizedText Text(JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonToken.String:
                var text = (string)reader.Value!;
                return new LocalizedText(text, text);
            case JsonToken.StartObject:
                string? zh = null, en = null;
                while (Member(reader))
                {
                    var name = (string)reader.Value!;
                    if (!Next(reader))
                    {
                        throw new NotReadException();
                    }

                    var value = reader.TokenType switch
                    {
                        JsonToken.Null => "",
                        JsonToken.String => (string)reader.Value!,
                        _ => throw new NotReadException(),
                    };
                    switch (name)
                    {
                        case "zh" when zh is null: zh = value; break;
                        case "en" when en is null: en = value; break;
                        default: throw new NotReadException();
                    }
                }

                return new LocalizedText(zh ?? "", en ?? "");
            default:
                throw new NotReadException();
        }
    }

    // camelCase names (selfTested, neq) are the model's names in another case.
    private static object EnumValue(Type type, string text)
    {
        foreach (var name in Enum.GetNames(type))
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse(type, name);
            }
        }

        throw new NotReadException();
    }

    private static DateOnly Date(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' ||
            !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            throw new NotReadException();
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>How a type of the model is made: its constructor, its parameters (for a positional record), and its settable properties by name.</summary>
    private sealed class ModelType
    {
        private ModelType(Type type)
        {
            Constructor = type.GetConstructors().SingleOrDefault() ?? throw new NotReadException();
            Parameters = Constructor.GetParameters();
            Properties = new Dictionary<string, PropertyInfo>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
                {
                    Properties[property.Name] = property;
                }
            }
        }

        public ConstructorInfo Constructor { get; }

        public ParameterInfo[] Parameters { get; }

        public Dictionary<string, PropertyInfo> Properties { get; }

        public static ModelType Of(Type type)
        {
            lock (TypesLock)
            {
                if (!Types.TryGetValue(type, out var model))
                {
                    model = new ModelType(type);
                    Types[type] = model;
                }

                return model;
            }
        }
    }

    /// <summary>The text holds something this reader does not read as the full reader would.</summary>
    private sealed class NotReadException : Exception;
}
