using System.Globalization;
using System.Text;

namespace Weinan.Benchmarking.Abstractions;

/// <summary>
/// Makes text from submissions, catalogs and plugins safe to show: control characters that a terminal would obey
/// (escape sequences, OSC title changes, NUL, line breaks inside a one-line message) and bidirectional controls that
/// reorder what a reader sees (U+202A–U+202E, U+2066–U+2069) are replaced by a visible mark such as <c>&lt;U+202E&gt;</c>.
/// Every other character, Chinese included, is kept.
/// </summary>
public static class DisplayText
{
    /// <summary>Whether a character is a bidirectional embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069).</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>
    /// Whether a character would act on a terminal instead of being shown: a C0 or C1 control (U+0000–U+001F,
    /// U+007F–U+009F, tab and line feed included), a line or paragraph separator (U+2028, U+2029), or a bidi control.
    /// </summary>
    public static bool IsUnsafeForTerminal(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' || IsBidiControl(c);

    /// <summary>The visible mark that replaces a character: <c>&lt;U+001B&gt;</c>.</summary>
    public static string Mark(char c) => string.Create(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>");

    /// <summary>Replaces bidi controls by their mark; for reports and any text shown to a reader. Null becomes empty.</summary>
    public static string MarkBidiControls(string? text) => Replace(text, IsBidiControl);

    /// <summary>Replaces every character unsafe for a terminal by its mark; the result is one line. Null becomes empty.</summary>
    public static string ForTerminal(string? text) => Replace(text, IsUnsafeForTerminal);

    private static string Replace(string? text, Func<char, bool> unsafeChar)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!text.Any(unsafeChar))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (unsafeChar(c))
            {
                sb.Append(Mark(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
