using System.Text;

namespace Weinan.Benchmarking.Reporting;

/// <summary>Escapes data text for an output format, so that no submitted or catalog text is ever markup.</summary>
internal static class TextEscaper
{
    public static Func<string?, string> For(ReportFormat format) => format == ReportFormat.Html ? Html : Markdown;

    /// <summary>HTML text and attribute escaping (&amp; &lt; &gt; &quot; &#39;); control characters dropped.</summary>
    public static string Html(string? text) => Escape(text, c => c switch
    {
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => null,
    });

    /// <summary>
    /// Markdown text escaping for table cells: Markdown punctuation is backslash-escaped, HTML-significant characters
    /// become entities (Markdown renderers pass raw HTML through), line breaks become spaces.
    /// </summary>
    public static string Markdown(string? text) => Escape(text, c => c switch
    {
        '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#' or '{' or '}' or '~' => "\\" + c,
        _ => null,
    });

    /// <summary>Shared rules (&amp; &lt; &gt; as entities, line breaks as spaces, control characters dropped) plus a format's own.</summary>
    private static string Escape(string? text, Func<char, string?> special)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r' or '\n' or '\t': sb.Append(' '); break;
                default:
                    if (special(c) is { } replacement)
                    {
                        sb.Append(replacement);
                    }
                    else if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
