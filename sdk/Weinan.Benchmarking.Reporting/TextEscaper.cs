using System.Text;

namespace Weinan.Benchmarking.Reporting;

/// <summary>Escapes data text for an output format, so that no submitted or catalog text is ever markup.</summary>
internal static class TextEscaper
{
    public static Func<string?, string> For(ReportFormat format) => format == ReportFormat.Html ? Html : Markdown;

    /// <summary>HTML text and attribute escaping (&amp; &lt; &gt; &quot; &#39;); control characters dropped.</summary>
    public static string Html(string? text)
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
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\r' or '\n' or '\t': sb.Append(' '); break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Markdown text escaping for table cells: Markdown punctuation is backslash-escaped, HTML-significant characters
    /// become entities (Markdown renderers pass raw HTML through), line breaks become spaces.
    /// </summary>
    public static string Markdown(string? text)
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
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#' or '{' or '}' or '~':
                    sb.Append('\\').Append(c);
                    break;
                case '\r' or '\n' or '\t': sb.Append(' '); break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
