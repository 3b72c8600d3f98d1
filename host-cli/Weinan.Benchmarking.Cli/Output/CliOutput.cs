using Spectre.Console;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Assessment;

namespace Weinan.Benchmarking.Cli.Output;

/// <summary>
/// Writes a command's output in one language: tables and colours on a terminal, plain tab-separated text when
/// redirected. Issues go to standard error. Text from inputs may hold control characters (escape sequences, NUL) and
/// bidi controls; every line and cell printed here shows them as visible marks (<see cref="DisplayText.ForTerminal"/>),
/// so nothing a file contains can act on the terminal. Raw output (JSON, reports) is written as it is.
/// </summary>
public sealed class CliOutput
{
    private readonly CliEnvironment _env;

    /// <summary>Creates the output for a language (zh-CN or en).</summary>
    public CliOutput(CliEnvironment env, string language)
    {
        _env = env;
        Language = language;
    }

    /// <summary>zh-CN or en.</summary>
    public string Language { get; }

    /// <summary>Picks the text for the language.</summary>
    public string T(string zh, string en) => Language == CliLanguage.English ? en : zh;

    /// <summary>Picks the text for the language.</summary>
    public string T(LocalizedText text) => text.For(Language);

    /// <summary>Writes a line of text in the output language to standard output.</summary>
    public void Line(LocalizedText text, string? style = null) => Line(T(text), style);

    /// <summary>Writes a line of text to standard output; <paramref name="style"/> is Spectre markup such as <c>bold red</c>.</summary>
    public void Line(string text = "", string? style = null)
    {
        text = DisplayText.ForTerminal(text);
        if (_env.Rich)
        {
            _env.Console.MarkupLine(style is null ? Markup.Escape(text) : $"[{style}]{Markup.Escape(text)}[/]");
        }
        else
        {
            _env.Out.WriteLine(text);
        }
    }

    /// <summary>Writes raw text (JSON, a report) to standard output, unwrapped.</summary>
    public void Raw(string text)
    {
        _env.Out.Write(text);
        if (!text.EndsWith('\n'))
        {
            _env.Out.WriteLine();
        }

        _env.Out.Flush();
    }

    /// <summary>Writes issues to standard error, one line each, errors first.</summary>
    public void Issues(IEnumerable<Issue> issues)
    {
        foreach (var issue in StableOrder.Sorted(issues, (a, b) => ((int)a.Severity).CompareTo((int)b.Severity)))
        {
            IssueLine(IssueText.Format(issue, Language), issue.Severity);
        }
    }

    /// <summary>Writes one formatted issue line to standard error.</summary>
    public void IssueLine(string line, Severity severity = Severity.Error)
    {
        line = DisplayText.ForTerminal(line);
        if (_env.ErrorRich)
        {
            var colour = severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
            _env.ErrorConsole.MarkupLine($"[{colour}]{Markup.Escape(line)}[/]");
        }
        else
        {
            _env.Error.WriteLine(line);
        }

        _env.Error.Flush();
    }

    /// <summary>Writes a table: a Spectre table on a terminal, tab-separated lines with a header when redirected.</summary>
    public void Table(string? title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (_env.Rich)
        {
            var table = new Table().Border(TableBorder.Rounded);
            if (title is not null)
            {
                table.Title(Markup.Escape(DisplayText.ForTerminal(title)));
            }

            foreach (var header in headers)
            {
                table.AddColumn(new TableColumn($"[bold]{Markup.Escape(DisplayText.ForTerminal(header))}[/]"));
            }

            foreach (var row in rows)
            {
                table.AddRow(row.Select(cell => new Text(DisplayText.ForTerminal(cell))).ToArray<Spectre.Console.Rendering.IRenderable>());
            }

            _env.Console.Write(table);
            return;
        }

        if (title is not null)
        {
            _env.Out.WriteLine(DisplayText.ForTerminal(title));
        }

        _env.Out.WriteLine(string.Join('\t', headers.Select(DisplayText.ForTerminal)));
        foreach (var row in rows)
        {
            _env.Out.WriteLine(string.Join('\t', row.Select(DisplayText.ForTerminal)));
        }

        _env.Out.Flush();
    }
}
