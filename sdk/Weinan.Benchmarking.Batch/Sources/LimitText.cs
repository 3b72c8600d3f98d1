using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>
/// Reads a limit written in a cell: <c>≤ 75</c>, <c>&lt;= 75</c>, <c>&lt; 75</c>, <c>≥ 32.5</c>, <c>&gt;= 32.5</c>,
/// <c>4.0 ~ 7.5</c> (also <c>～</c> or <c>-</c> between two numbers) and <c>38 ± 1</c> (also <c>+/-</c>). Numbers stay as
/// written.
/// </summary>
public static class LimitText
{
    /// <summary>The limit, or null when the text is not one of the forms above.</summary>
    public static Limit? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().Replace('，', ',').Replace('＜', '<').Replace('＞', '>').Replace('＝', '=');
        foreach (var (prefix, make) in Prefixes)
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                var number = t[prefix.Length..].Trim();
                return IsNumber(number) ? make(number) : null;
            }
        }

        foreach (var separator in new[] { "±", "+/-" })
        {
            if (Split(t, separator) is var (nominal, tolerance) && IsNumber(nominal) && IsNumber(tolerance))
            {
                return Limit.PlusMinus(nominal, tolerance);
            }
        }

        foreach (var separator in new[] { "~", "～", "〜" })
        {
            if (Split(t, separator) is var (low, high) && IsNumber(low) && IsNumber(high))
            {
                return Limit.Between(low, high);
            }
        }

        // "4.0-7.5": a hyphen between two unsigned numbers.
        var dash = t.IndexOf('-', 1);
        return dash > 0 && IsNumber(t[..dash].Trim()) && IsNumber(t[(dash + 1)..].Trim()) && !t[(dash + 1)..].TrimStart().StartsWith('-')
            ? Limit.Between(t[..dash].Trim(), t[(dash + 1)..].Trim())
            : null;
    }

    private static readonly (string Prefix, Func<string, Limit> Make)[] Prefixes =
    [
        ("≤", n => Limit.AtMost(n)), ("<=", n => Limit.AtMost(n)), ("≦", n => Limit.AtMost(n)),
        ("≥", n => Limit.AtLeast(n)), (">=", n => Limit.AtLeast(n)), ("≧", n => Limit.AtLeast(n)),
        ("<", n => Limit.AtMost(n, inclusive: false)), (">", n => Limit.AtLeast(n, inclusive: false)),
    ];

    private static (string, string)? Split(string text, string separator)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        return at <= 0 ? null : (text[..at].Trim(), text[(at + separator.Length)..].Trim());
    }

    private static bool IsNumber(string text) =>
        text.Length > 0 && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
