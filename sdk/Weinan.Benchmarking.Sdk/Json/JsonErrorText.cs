using System.Text.RegularExpressions;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Json;

/// <summary>
/// Words a JSON reader error in both languages. The reader's own messages are English, name .NET types and can run over
/// several lines; each kind is recognised and worded anew with the token it names (line, column and path travel in the
/// issue), and anything else is a plain "cannot be read".
/// </summary>
internal static partial class JsonErrorText
{
    public static LocalizedText Describe(string message)
    {
        var text = message.Split('\n')[0].Trim();
        var place = text.IndexOf(" Path '", StringComparison.Ordinal);
        text = place > 0 ? text[..place] : text;
        if (text.StartsWith("Cannot deserialize the current JSON array", StringComparison.Ordinal))
        {
            return new("此处应为 JSON 对象 {…}，而不是数组", "a JSON object {…} is expected here, not an array");
        }

        if (text.StartsWith("Cannot deserialize the current JSON object", StringComparison.Ordinal))
        {
            return new("此处应为数组 […]，而不是 JSON 对象", "an array […] is expected here, not a JSON object");
        }

        if (ConvertValue().Match(text) is { Success: true } convert)
        {
            return ConvertedValue(convert.Groups[1].Value, convert.Groups[2].Value);
        }

        if (NotInteger().Match(text) is { Success: true } integer)
        {
            return new($"此处应为整数，而不是 {integer.Groups[1].Value}", $"a whole number is expected here, not {integer.Groups[1].Value}");
        }

        if (NotBoolean().Match(text) is { Success: true } boolean)
        {
            return new($"此处应为 true 或 false，而不是 {boolean.Groups[1].Value}", $"true or false is expected here, not {boolean.Groups[1].Value}");
        }

        if (Token().Match(text) is { Success: true } token)
        {
            var (zh, en) = Tokens[token.Groups[1].Value];
            var what = token.Groups[2].Value.TrimEnd('.');
            return new($"{zh}“{what}”", $"{en} '{what}'");
        }

        if (ReadingType().Match(text) is { Success: true } reading)
        {
            return new($"此处应为{ZhType(reading.Groups[1].Value)}", $"a {EnType(reading.Groups[1].Value)} is expected here");
        }

        return text switch
        {
            _ when text.StartsWith("Unexpected end", StringComparison.Ordinal) || text.StartsWith("Unterminated", StringComparison.Ordinal) ||
                   text.Contains("end of", StringComparison.Ordinal) => new("JSON 意外结束（缺少 } 或 ]？）", "the JSON ends unexpectedly (a missing } or ]?)"),
            _ when text.StartsWith("The reader's MaxDepth", StringComparison.Ordinal) => new("嵌套层数过多", "the JSON is nested too deeply"),
            _ when text.Contains("is not a valid", StringComparison.Ordinal) => new("数字无法读取", "a number cannot be read"),
            _ => new("无法读取此处的 JSON", "the JSON cannot be read here"),
        };
    }

    private static readonly Dictionary<string, (string Zh, string En)> Tokens = new(StringComparer.Ordinal)
    {
        ["Unexpected character encountered while parsing value:"] = ("此处不应出现字符", "unexpected character"),
        ["Unexpected character encountered while parsing number:"] = ("数字中出现意外的字符", "unexpected character in a number"),
        ["After parsing a value an unexpected character was encountered:"] = ("值后面出现意外的字符（缺少逗号？）", "unexpected character after a value (a missing comma?)"),
        ["Invalid property identifier character:"] = ("此处应为带引号的字段名，而不是", "a quoted field name is expected here, not"),
        ["Invalid character after parsing property name. Expected ':' but got:"] = ("字段名后应为冒号，而不是", "a colon is expected after the field name, not"),
        ["Additional text encountered after finished reading JSON content:"] = ("JSON 结束后还有多余的内容", "extra text after the end of the JSON"),
        ["Bad JSON escape sequence:"] = ("无效的转义序列", "invalid escape sequence"),
        ["Unexpected token while deserializing object:"] = ("此处不应出现", "unexpected"),
    };

    /// <summary>"Error converting value X to type 'T'": an enum name, a date, or a value of the wrong kind.</summary>
    private static LocalizedText ConvertedValue(string value, string type)
    {
        var enumType = typeof(Catalog).Assembly.GetType(type);
        if (enumType is { IsEnum: true })
        {
            var names = string.Join(", ", Enum.GetNames(enumType).Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
            return new($"{value} 不是允许的取值（可选：{names}）", $"{value} is not an allowed value (allowed: {names})");
        }

        if (type.Contains("DateOnly", StringComparison.Ordinal))
        {
            return new($"{value} 不是 yyyy-MM-dd 格式的有效日期", $"{value} is not a valid date written yyyy-MM-dd");
        }

        return type.StartsWith("Weinan.", StringComparison.Ordinal)
            ? new($"此处应为 JSON 对象 {{…}}，而不是 {value}", $"a JSON object {{…}} is expected here, not {value}")
            : new($"值 {value} 的类型不对", $"the value {value} has the wrong type");
    }

    private static string ZhType(string type) => type switch
    {
        "string" => "字符串",
        "integer" => "整数",
        "boolean" => "true 或 false",
        _ => "其他类型的值",
    };

    private static string EnType(string type) => type switch
    {
        "string" or "integer" => type,
        "boolean" => "true or false",
        _ => "value of another type",
    };

    [GeneratedRegex("^Error converting value (.*) to type '(.*)'\\.$", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertValue();

    [GeneratedRegex("^(?:Could not convert string to integer: (.*)\\.|Input string '(?<1>.*)' is not a valid integer\\.|JSON integer (?<1>\\S*) is too large or small for an Int\\d+\\.)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotInteger();

    [GeneratedRegex("^Could not convert string to boolean: (.*)\\.$", RegexOptions.CultureInvariant)]
    private static partial Regex NotBoolean();

    [GeneratedRegex("^(Unexpected character encountered while parsing value:|Unexpected character encountered while parsing number:|After parsing a value an unexpected character was encountered:|Invalid property identifier character:|Invalid character after parsing property name\\. Expected ':' but got:|Additional text encountered after finished reading JSON content:|Bad JSON escape sequence:|Unexpected token while deserializing object:) (.*)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex("^Error reading (string|integer|boolean|decimal|date|bytes)\\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReadingType();
}
