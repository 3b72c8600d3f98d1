using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Cli.Output;

/// <summary>Formats issue records as one line each: <c>error WB1001 file:line:column [path]: message</c>.</summary>
public static class IssueText
{
    /// <summary>The word for a severity in a language.</summary>
    public static string SeverityWord(Severity severity, string language) => (severity, language == CliLanguage.English) switch
    {
        (Severity.Error, true) => "error",
        (Severity.Warning, true) => "warning",
        (Severity.Info, true) => "info",
        (Severity.Error, false) => "错误",
        (Severity.Warning, false) => "警告",
        _ => "提示",
    };

    /// <summary>Where the issue is: <c>file:line:column</c> and the path inside the input.</summary>
    public static string Location(Issue issue)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(issue.File))
        {
            var file = issue.File!;
            if (issue.Line is { } line)
            {
                file += ":" + line.ToString(CultureInfo.InvariantCulture);
                if (issue.Column is { } column)
                {
                    file += ":" + column.ToString(CultureInfo.InvariantCulture);
                }
            }

            parts.Add(file);
        }
        else if (issue.Line is { } line)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}, column {issue.Column}"));
        }

        if (!string.IsNullOrEmpty(issue.Path))
        {
            parts.Add($"[{issue.Path}]");
        }

        return string.Join(' ', parts);
    }

    /// <summary>The whole line.</summary>
    public static string Format(Issue issue, string language)
    {
        var location = Location(issue);
        return $"{SeverityWord(issue.Severity, language)} {issue.Code}{(location.Length == 0 ? "" : " " + location)}: {issue.Message.For(language)}";
    }
}
