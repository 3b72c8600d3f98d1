using System.Text;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Reporting;

/// <summary>Escapes data text for an output format, so that no submitted or catalog text is ever markup.</summary>
internal static class TextEscaper
{
    public static Func<string?, string> For(ReportFormat format) => format == ReportFormat.Html ? Html : Markdown;

    /// <summary>HTML text and attribute escaping (&amp; &lt; &gt; &quot; &#39;); control characters dropped; bidi controls shown as marks.</summary>
    public static string Html(string? text) => Escape(text, c => c switch
    {
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => null,
    });

    /// <summary>
    /// Markdown text escaping for table cells, with Markdown's own backslash escapes (so the text reads the same raw and
    /// rendered): the punctuation that starts emphasis, code, links, headings, tables or raw HTML is escaped (<c>\&lt;0.01</c>);
    /// a tilde only where it could start strikethrough (<c>4.0 ~ 7.5</c> stays as it is); an ampersand only where it
    /// would start an entity; line breaks become spaces, control characters are dropped, bidi controls are shown as marks.
    /// </summary>
    public static string Markdown(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        text = DisplayText.MarkBidiControls(text);
        var sb = new StringBuilder(text.Length + 16);
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            var next = k + 1 < text.Length ? text[k + 1] : ' ';
            switch (c)
            {
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#' or '<' or '>':
                    sb.Append('\\').Append(c);
                    break;
                case '~' when !char.IsWhiteSpace(next) || (k > 0 && !char.IsWhiteSpace(text[k - 1])):
                    sb.Append("\\~");
                    break;
                case '&' when char.IsAsciiLetterOrDigit(next) || next == '#':
                    sb.Append("&amp;");
                    break;
                case '\r' or '\n' or '\t':
                    sb.Append(' ');
                    break;
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

    /// <summary>Shared rules (&amp; &lt; &gt; as entities, line breaks as spaces, control characters dropped) plus a format's own.</summary>
    private static string Escape(string? text, Func<char, string?> special)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        text = DisplayText.MarkBidiControls(text);
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
