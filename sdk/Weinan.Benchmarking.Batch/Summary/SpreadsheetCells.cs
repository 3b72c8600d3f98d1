using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Summary;

/// <summary>
/// Text for a spreadsheet cell that is safe to open: control and bidirectional characters are shown as marks
/// (<c>&lt;U+0009&gt;</c>), and a cell a spreadsheet would run as a formula — text starting with <c>=</c>, <c>+</c>,
/// <c>-</c> or <c>@</c> — is neutralised with a leading apostrophe, the way a user types text that looks like a formula.
/// </summary>
public static class SpreadsheetCells
{
    /// <summary>The prefix put before text that would start a formula.</summary>
    public const char Neutraliser = '\'';

    /// <summary>Whether a spreadsheet would read text starting with this character as a formula.</summary>
    public static bool StartsFormula(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    /// <summary>The cell text for <paramref name="text"/> (null becomes empty).</summary>
    public static string Text(string? text)
    {
        var shown = DisplayText.ForTerminal(text);
        return shown.Length > 0 && StartsFormula(shown[0]) ? Neutraliser + shown : shown;
    }
}
