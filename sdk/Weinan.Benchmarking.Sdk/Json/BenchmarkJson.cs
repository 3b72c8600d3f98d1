using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Json;

/// <summary>
/// Reads and writes the project's JSON formats (catalog, submission, result; see <c>docs/formats.md</c>):
/// camelCase names, enums as camelCase strings, dates as <c>yyyy-MM-dd</c>, decimals as written strings.
/// Malformed JSON becomes an issue with line and column, never an exception.
/// </summary>
public static class BenchmarkJson
{
    // One resolver for every call: it caches the reflected contracts, which dominate the cost of a read.
    private static readonly FormatContractResolver Resolver = new();

    private static readonly StringEnumConverter EnumConverter = new(new CamelCaseNamingStrategy(), allowIntegerValues: false);

    /// <summary>Serializer settings shared by every format.</summary>
    public static JsonSerializerSettings Settings { get; } = CreateSettings();

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    private static JsonSerializerSettings CreateSettings() => new()
    {
        ContractResolver = Resolver,
        Converters = { EnumConverter, new LocalizedTextConverter() },
        NullValueHandling = NullValueHandling.Ignore,
        DateFormatString = "yyyy-MM-dd",
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        Formatting = Formatting.Indented,
        MaxDepth = 64,
    };

    /// <summary>
    /// Writes a value as indented JSON with <c>\n</c> newlines. Control characters inside strings are written as
    /// <c>\u</c> escapes — C0 ones as JSON requires, and also DEL, C1 controls, line and paragraph separators and bidi
    /// controls (U+202A–U+202E, U+2066–U+2069): the same text when read, but nothing that acts on a terminal or reorders
    /// what a reader sees.
    /// </summary>
    public static string Serialize(object value)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Serializer.Serialize(writer, value);
        var json = writer.ToString();
        return json.Any(NeedsEscape) ? string.Concat(json.Select(Escape)) : json;
    }

    // Above U+007E these characters can only occur inside JSON strings, where a \u escape means the same character.
    private static bool NeedsEscape(char c) => c >= '\u007F' && DisplayText.IsUnsafeForTerminal(c);

    private static string Escape(char c) =>
        NeedsEscape(c) ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c.ToString();

    /// <summary>
    /// Reads a value. Syntax and type errors become issues (code <c>WB1001</c>) with the file, line and column;
    /// the value is null when the text cannot be read at all.
    /// </summary>
    public static JsonReadResult<T> Deserialize<T>(string text, string? file = null)
        where T : class
    {
        var issues = new List<Issue>();
        var settings = CreateSettings();
        settings.MissingMemberHandling = MissingMemberHandling.Error;
        settings.Error = (_, args) =>
        {
            // A field the format does not know (often a misspelling) is skipped with a warning, never silently.
            if (args.ErrorContext.Error is JsonSerializationException unknown &&
                unknown.Message.StartsWith("Could not find member", StringComparison.Ordinal))
            {
                if (args.CurrentObject == args.ErrorContext.OriginalObject)
                {
                    issues.Add(UnknownField(unknown, args.ErrorContext.Path, file));
                }

                args.ErrorContext.Handled = true;
                return;
            }

            // Keep reading past a bad member where the reader can; report every problem.
            // The handler runs once per enclosing object; record the error where it happened only.
            if (args.CurrentObject == args.ErrorContext.OriginalObject &&
                args.ErrorContext.Error is JsonReaderException or JsonSerializationException)
            {
                issues.Add(ToIssue(args.ErrorContext.Error, args.ErrorContext.Path, file));
                args.ErrorContext.Handled = args.ErrorContext.Error is JsonSerializationException;
            }
        };
        try
        {
            var value = JsonConvert.DeserializeObject<T>(text, settings);
            if (value is null && issues.Count == 0)
            {
                issues.Add(new Issue
                {
                    Code = IssueCodes.JsonNotAnObject,
                    Path = "$",
                    File = file,
                    Message = new("文件为空或不是 JSON 对象。", "The file is empty or not a JSON object."),
                });
            }

            return new JsonReadResult<T>(value, issues);
        }
        catch (JsonException ex)
        {
            if (issues.Count == 0)
            {
                issues.Add(ToIssue(ex, null, file));
            }

            return new JsonReadResult<T>(null, issues);
        }
    }

    private static Issue UnknownField(JsonSerializationException error, string? path, string? file)
    {
        var member = error.Message.Split('\'') is { Length: > 2 } parts ? parts[1] : path ?? "";
        return new Issue
        {
            Code = IssueCodes.JsonUnknownField,
            Severity = Severity.Warning,
            Path = string.IsNullOrEmpty(path) ? member : path!,
            File = file,
            Line = error.LineNumber == 0 ? null : error.LineNumber,
            Column = error.LinePosition == 0 ? null : error.LinePosition,
            Message = new($"未知字段“{member}”已忽略（拼写错误？）", $"unknown field '{member}' ignored (misspelt?)"),
        };
    }

    private static Issue ToIssue(Exception error, string? path, string? file)
    {
        int? line = null, column = null;
        switch (error)
        {
            case JsonReaderException r:
                line = r.LineNumber == 0 ? null : r.LineNumber;
                column = r.LinePosition == 0 ? null : r.LinePosition;
                path ??= r.Path;
                break;
            case JsonSerializationException s:
                line = s.LineNumber == 0 ? null : s.LineNumber;
                column = s.LinePosition == 0 ? null : s.LinePosition;
                path ??= s.Path;
                break;
        }

        // Newtonsoft's English, with "Path '…', line n, position m." appended, is worded anew; the record carries the place.
        var why = JsonErrorText.Describe(error.Message);
        return new Issue
        {
            Code = IssueCodes.JsonMalformed,
            Path = string.IsNullOrEmpty(path) ? "$" : path!,
            File = file,
            Line = line,
            Column = column,
            Message = new($"JSON 格式错误：{why.Zh}", $"Malformed JSON: {why.En}"),
        };
    }
}

/// <summary>A value read from JSON, with the issues found.</summary>
/// <param name="Value">The value, or null when the text could not be read.</param>
/// <param name="Issues">Issues found.</param>
public sealed record JsonReadResult<T>(T? Value, IReadOnlyList<Issue> Issues)
    where T : class
{
    /// <summary>Whether the value was read without errors (warnings such as unknown fields may remain).</summary>
    public bool Success => Value is not null && Issues.All(i => i.Severity != Severity.Error);
}
