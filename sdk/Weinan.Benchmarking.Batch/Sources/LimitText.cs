using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>
/// Reads a limit written in a cell: <c>≤ 75</c>, <c>&lt;= 75</c>, <c>&lt; 75</c>, <c>≥ 32.5</c>, <c>&gt;= 32.5</c>,
/// <c>4.0 ~ 7.5</c> (also <c>～</c> or <c>-</c> between two numbers) and <c>38 ± 1</c> (also <c>+/-</c>). Numbers stay as
/// written. For an ordinal indicator the cell is a minimum grade of its scale (<c>≥ 3-4</c> or <c>3-4</c>); for a
/// categorical one, the accepted values separated by <c>/</c> (<c>pass</c>, <c>none / musty</c>), by id or by name.
/// </summary>
public static partial class LimitText
{
    /// <summary>The limit for an indicator, or null when the text is not one of the forms its kind takes.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="indicator">The indicator limited; null reads a numeric limit.</param>
    public static Limit? Parse(string text, Indicator? indicator)
    {
        ArgumentNullException.ThrowIfNull(text);
        return indicator?.Kind switch
        {
            IndicatorKind.Ordinal => Grade(text, indicator),
            IndicatorKind.Categorical => Accepted(text, indicator),
            _ => Parse(text),
        };
    }

    /// <summary>
    /// A limit as a cell writes it, read back by <see cref="Parse(string, Indicator?)"/>: <c>≤75</c>, <c>&lt;75</c>,
    /// <c>≥32.5</c>, <c>&gt;32.5</c>, <c>4.0~7.5</c>, <c>38±1</c>, <c>≥3-4</c> for a grade, <c>none/musty</c> for accepted
    /// values; null for a limit no cell form holds (a declared-value limit, a range with an open end, a reporting basis).
    /// </summary>
    public static string? Format(Limit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return limit.Basis is not null ? null : limit.Kind switch
        {
            LimitKind.Upper => (limit.MaxInclusive ? "≤" : "<") + limit.Max,
            LimitKind.Lower => (limit.MinInclusive ? "≥" : ">") + limit.Min,
            LimitKind.Range when limit.MinInclusive && limit.MaxInclusive => $"{limit.Min}~{limit.Max}",
            LimitKind.Tolerance => $"{limit.Nominal}±{limit.Tolerance}",
            LimitKind.Ordinal => "≥" + limit.Min,
            LimitKind.Categorical => string.Join("/", limit.Accepted),
            _ => null,
        };
    }

    private static Limit? Grade(string text, Indicator indicator)
    {
        var t = text.Trim();
        foreach (var prefix in new[] { "≥", ">=", "≧", "＞＝" })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..].Trim();
                break;
            }
        }

        var scale = indicator.Scale ?? [];
        return scale.Contains(t, StringComparer.Ordinal) ? Limit.AtLeastGrade(t) : null;
    }

    private static Limit? Accepted(string text, Indicator indicator)
    {
        var values = indicator.Values ?? [];
        var accepted = new List<string>();
        foreach (var part in ValueSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (values.Count == 0)
            {
                accepted.Add(part);
                continue;
            }

            var value = values.FirstOrDefault(v => v is not null && (string.Equals(v.Id, part, StringComparison.OrdinalIgnoreCase) ||
                part == v.Name.Zh || string.Equals(part, v.Name.En, StringComparison.OrdinalIgnoreCase)));
            if (value is null)
            {
                return null;
            }

            accepted.Add(value.Id);
        }

        return accepted.Count == 0 ? null : Limit.OneOf([.. accepted.Distinct(StringComparer.Ordinal)]);
    }

    [System.Text.RegularExpressions.GeneratedRegex("[/／;；,，、]")]
    private static partial System.Text.RegularExpressions.Regex ValueSeparator();

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
