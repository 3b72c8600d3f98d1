using System.Text;
using System.Text.RegularExpressions;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Reporting;

/// <summary>Escapes data text for an output format, so that no submitted or catalog text is ever markup.</summary>
public static partial class TextEscaper
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
    /// Markdown text escaping for table cells, with Markdown's own backslash escapes and never an HTML entity (so the text
    /// reads the same raw and rendered): the punctuation that starts emphasis, code, links, headings, tables or raw HTML is
    /// escaped (<c>\&lt;0.01</c>); a tilde only where it could start strikethrough (<c>4.0 ~ 7.5</c> stays as it is); an
    /// ampersand only where it would start an entity (<c>\&amp;</c>). A web address becomes an autolink
    /// (<c>&lt;http://a.example/f.php?x=1&amp;y=2&gt;</c>), inside which Markdown takes every character as written, so
    /// it keeps its <c>&amp;</c> and <c>_</c>. Line breaks become spaces, control characters are dropped, bidi controls
    /// are shown as marks.
    /// </summary>
    public static string Markdown(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        text = DisplayText.MarkBidiControls(text);
        var sb = new StringBuilder(text.Length + 16);
        var from = 0;
        foreach (Match match in WebAddress().Matches(text))
        {
            var address = TrimTrailingPunctuation(match.Value);
            AppendMarkdownText(sb, text, from, match.Index);
            sb.Append('<').Append(address).Append('>');
            from = match.Index + address.Length;
        }

        AppendMarkdownText(sb, text, from, text.Length);
        return sb.ToString();
    }

    private static void AppendMarkdownText(StringBuilder sb, string text, int from, int to)
    {
        for (var k = from; k < to; k++)
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
                    sb.Append("\\&");
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
    }

    /// <summary>
    /// A web address ends before the punctuation of the sentence around it: a final <c>. , ; : ! ? '</c>, and a final
    /// <c>)</c> that closes no <c>(</c> of the address.
    /// </summary>
    private static string TrimTrailingPunctuation(string address)
    {
        while (address.Length > 0)
        {
            var last = address[^1];
            var unbalanced = last == ')' && address.Count(c => c == ')') > address.Count(c => c == '(');
            if (!unbalanced && last is not ('.' or ',' or ';' or ':' or '!' or '?' or '\''))
            {
                break;
            }

            address = address[..^1];
        }

        return address;
    }

    /// <summary>
    /// An http(s) address of printable ASCII, up to a space, a quote, a backslash, a pipe (which would end a table cell)
    /// or an angle bracket (which would end the autolink).
    /// </summary>
    [GeneratedRegex(@"https?://[\x21-\x7E-[<>|""\\`]]+", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    /// <summary>
    /// A quoted CSS string for a <c>content</c> property inside the page's style element: letters, digits, spaces, the
    /// punctuation of codes and ids (<c>- . _ : / , ( ) + #</c>) and other non-ASCII text as they are; every other character as a
    /// six-digit CSS escape (<c>\00003c</c>), so no quote, backslash, brace or <c>&lt;/style&gt;</c> can end the string or the
    /// style element; control characters dropped, bidi controls shown as marks.
    /// </summary>
    public static string CssString(string? text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in DisplayText.MarkBidiControls(text ?? ""))
        {
            if (char.IsControl(c))
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '.' or '_' or ':' or '/' or ',' or '(' or ')' or '+' or '#' || (c > 0x7F && !char.IsWhiteSpace(c)))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('\\').Append(((int)c).ToString("x6", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.Append('"').ToString();
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
