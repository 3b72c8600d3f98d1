using FluentValidation;
using FluentValidation.Results;
using Weinan.Benchmarking.Abstractions;
using FvSeverity = FluentValidation.Severity;
using Severity = Weinan.Benchmarking.Abstractions.Severity;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>Builds FluentValidation failures that carry our issue data, and maps them back to <see cref="Issue"/> records.</summary>
internal static class ValidationFailures
{
    /// <summary>Adds a failure at the rule's property path, optionally extended by <paramref name="subPath"/> (<c>max</c>, <c>[2].id</c>).</summary>
    public static void Report<T>(this ValidationContext<T> context, string code, string? subPath, string zh, string en, Severity severity = Severity.Error)
    {
        var path = Combine(context.PropertyPath, subPath);
        context.AddFailure(new ValidationFailure(path, en)
        {
            ErrorCode = code,
            CustomState = new LocalizedText(zh, en),
            Severity = severity switch
            {
                Severity.Warning => FvSeverity.Warning,
                Severity.Info => FvSeverity.Info,
                _ => FvSeverity.Error,
            },
        });
    }

    /// <summary>Maps failures to issues, in the order found.</summary>
    public static IReadOnlyList<Issue> ToIssues(ValidationResult result, string? file) =>
        result.Errors.Select(f => ToIssue(
            f.ErrorCode,
            f.Severity switch
            {
                FvSeverity.Warning => Severity.Warning,
                FvSeverity.Info => Severity.Info,
                _ => Severity.Error,
            },
            f.PropertyName,
            f.CustomState as LocalizedText ?? new LocalizedText(f.ErrorMessage, f.ErrorMessage),
            file)).ToList();

    /// <summary>An issue at a property path (<c>Results[3].Value</c>), reported at its JSON path.</summary>
    public static Issue ToIssue(string code, Severity severity, string? propertyPath, LocalizedText message, string? file) => new()
    {
        Code = code,
        Severity = severity,
        Path = JsonPath(propertyPath),
        Message = message,
        File = file,
    };

    /// <summary>Turns a property path (<c>Results[3].Value</c>) into the JSON path (<c>results[3].value</c>).</summary>
    public static string JsonPath(string? propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return "$";
        }

        var chars = propertyPath.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if ((i == 0 || chars[i - 1] == '.') && char.IsAsciiLetterUpper(chars[i]))
            {
                chars[i] = char.ToLowerInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    /// <summary>A property path extended by a sub-path: <c>Limits[0]</c> and <c>max</c> give <c>Limits[0].max</c>, and <c>[2]</c> gives <c>Limits[0][2]</c>.</summary>
    public static string Combine(string? path, string? subPath)
    {
        if (string.IsNullOrEmpty(subPath))
        {
            return path ?? "";
        }

        if (string.IsNullOrEmpty(path))
        {
            return subPath;
        }

        return subPath[0] == '[' ? path + subPath : path + "." + subPath;
    }

    /// <summary>
    /// An indicator as a Chinese message names it: its Chinese name, else its id. The message's path (and, for a workbook
    /// row, its column) locates the field the id is written in.
    /// </summary>
    public static string ZhName(Indicator indicator) => indicator.Name?.Zh is { Length: > 0 } name ? Show(name) : Show(indicator.Id);

    /// <summary>An indicator's English name for a message about a submission, or its id when it has none.</summary>
    public static string EnName(Indicator indicator) => indicator.Name?.En is { Length: > 0 } name ? Show(name) : Show(indicator.Id);

    /// <summary>Shortens a value for a message.</summary>
    public static string Show(string? value) => value is null ? "null" : value.Length <= 60 ? value : value[..57] + "...";
}
