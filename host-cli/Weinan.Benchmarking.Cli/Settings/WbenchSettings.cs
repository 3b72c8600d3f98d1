using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Cli.Output;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options every command takes.</summary>
public class WbenchSettings : CommandSettings
{
    /// <summary>Output language.</summary>
    [CommandOption("--lang <LANG>")]
    [Description("输出语言 zh-CN（默认）或 en / Output language: zh-CN (default) or en")]
    public string? Lang { get; init; }

    /// <summary>The normalised language.</summary>
    public string Language => CliLanguage.Normalize(Lang) ?? CliLanguage.Chinese;

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        CliLanguage.Normalize(Lang) is null ? Invalid("--lang", Lang, "zh-CN, en") : ValidationResult.Success();

    /// <summary>
    /// Checks path values: an empty path (<c>--out ""</c>) or one holding NUL names no file, and is refused like any invalid
    /// option value. Null values (option not given) pass.
    /// </summary>
    protected ValidationResult Paths(params (string Option, string? Value)[] paths)
    {
        foreach (var (option, value) in paths)
        {
            if (!IsPath(value))
            {
                return InvalidPath(option, value);
            }
        }

        return ValidationResult.Success();
    }

    /// <summary>Checks the path values of an option that may be given several times, as the overload above does.</summary>
    protected ValidationResult Paths(string option, IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            if (!IsPath(value))
            {
                return InvalidPath(option, value);
            }
        }

        return ValidationResult.Success();
    }

    private static bool IsPath(string? value) => value is null || (value.Length > 0 && !value.Contains('\0', StringComparison.Ordinal));

    private ValidationResult InvalidPath(string option, string? value) =>
        Invalid(option, value, Language == CliLanguage.English ? "a file or folder path" : "文件或文件夹路径");

    /// <summary>A failed validation, worded as an issue record in the command's language.</summary>
    protected ValidationResult Invalid(string option, string? value, string allowed) => ValidationResult.Error(IssueText.Format(new Issue
    {
        Code = IssueCodes.InvalidOption,
        Path = option,
        Message = new($"{option} 的值“{value}”无效，可选：{allowed}。", $"Invalid value '{value}' for {option}; allowed: {allowed}."),
    }, Language));
}
