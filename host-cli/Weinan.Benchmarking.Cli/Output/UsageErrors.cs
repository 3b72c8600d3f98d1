using System.Text.RegularExpressions;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Cli.Output;

/// <summary>
/// Words command-line errors as one issue in the output language. The parser's own messages are English; each kind is
/// recognised and worded anew with the token it names, and anything else becomes a plain "cannot be parsed".
/// </summary>
public static partial class UsageErrors
{
    /// <summary>The issue for a usage error: code <see cref="IssueCodes.InvalidOption"/> (WB4204), a message in both languages.</summary>
    public static Issue Issue(LocalizedText message) => new()
    {
        Code = IssueCodes.InvalidOption,
        Message = new($"命令行用法错误：{message.Zh}（使用 --help 查看用法）", $"Usage error: {message.En} (see --help)"),
    };

    /// <summary>Words a message of the command-line parser.</summary>
    public static LocalizedText FromParser(string message)
    {
        var text = message.Trim();
        if (UnknownOption().Match(text) is { Success: true } unknown)
        {
            var option = Option(unknown.Groups[1].Value);
            return new($"未知选项 {option}", $"unknown option {option}");
        }

        if (UnknownCommand().Match(text) is { Success: true } command)
        {
            return new($"未知命令或多余的参数“{command.Groups[1].Value}”", $"unknown command or unexpected argument '{command.Groups[1].Value}'");
        }

        if (ExtraArgument().Match(text) is { Success: true } extra)
        {
            return new($"多余的参数“{extra.Groups[1].Value}”", $"unexpected argument '{extra.Groups[1].Value}'");
        }

        if (MissingArgument().Match(text) is { Success: true } missing)
        {
            return new($"缺少参数 {missing.Groups[1].Value}", $"the argument {missing.Groups[1].Value} is missing");
        }

        if (MissingValue().Match(text) is { Success: true } value)
        {
            return NeedsValue(Option(value.Groups[1].Value));
        }

        if (UnexpectedOption().Match(text) is { Success: true } misplaced)
        {
            var option = Option(misplaced.Groups[1].Value);
            return new($"选项 {option} 须写在命令之后", $"the option {option} must follow the command");
        }

        return text switch
        {
            "Flags cannot be assigned a value." => new("开关选项（如 --force）不能带值", "a switch (such as --force) takes no value"),
            "Expected an option value." => new("选项缺少值", "an option needs a value"),
            "Option does not have a name." or "Invalid long option name." or "Short option does not have a valid name." or
                "Option names cannot start with a digit." => new("选项名称无效", "an option name is invalid"),
            _ => CannotParse,
        };
    }

    /// <summary>The token a message of the parser calls an unknown command (<c>Unknown command 'X'.</c>), or null.</summary>
    public static string? UnknownCommandIn(string message) =>
        UnknownCommand().Match(message.Trim()) is { Success: true } command ? command.Groups[1].Value : null;

    /// <summary>
    /// The option a message of the parser says is missing its value (<c>Option 'out' is defined but no value has been
    /// provided.</c>: <c>--out</c>), or null.
    /// </summary>
    public static string? MissingValueIn(string message) =>
        MissingValue().Match(message.Trim()) is { Success: true } value ? Option(value.Groups[1].Value) : null;

    /// <summary>An option that takes a value given without one, named as written (<c>--out</c>, <c>-o</c>).</summary>
    public static LocalizedText NeedsValue(string option) => new($"选项 {option} 缺少值", $"the option {option} needs a value");

    /// <summary>A command line the parser could not read at all.</summary>
    public static LocalizedText CannotParse { get; } = new("无法解析命令行", "the command line cannot be parsed");

    private static string Option(string name) => (name.Length == 1 ? "-" : "--") + name;

    [GeneratedRegex("^Unknown option '(.*)'\\.$", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownOption();

    [GeneratedRegex("^Unknown command '(.*)'\\.$", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownCommand();

    [GeneratedRegex("^Could not match '(.*)' with an argument\\.$", RegexOptions.CultureInvariant)]
    private static partial Regex ExtraArgument();

    [GeneratedRegex("^(?:Command '.*' is missing required argument|Missing required argument) '(.*)'\\.$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingArgument();

    [GeneratedRegex("^Option '(.*)' is defined but no value has been provided\\.$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingValue();

    [GeneratedRegex("^Unexpected option '(.*)'\\.$", RegexOptions.CultureInvariant)]
    private static partial Regex UnexpectedOption();
}
