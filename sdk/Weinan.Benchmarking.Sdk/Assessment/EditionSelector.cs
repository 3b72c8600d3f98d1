using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Catalogs;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>Selects the standard editions in force on the assessment date.</summary>
internal static class EditionSelector
{
    /// <summary>
    /// The standard's code without its edition year: <c>GB 18401-2010</c> → <c>GB 18401</c>; an ASTM designation without
    /// its two-digit year and what may follow it: <c>ASTM D1613-17</c> → <c>ASTM D1613</c>.
    /// </summary>
    public static string Family(string code)
    {
        if (Families.TryGetValue(code, out var family))
        {
            return family;
        }

        var trimmed = code.Trim();
        family = (YearSuffixStart(trimmed) ?? AstmYearStart(trimmed)) is { } start ? trimmed[..start] : trimmed;

        // Codes come from catalogs and submissions: past a bound, families are worked out each time and not kept.
        if (Families.Count < MaxFamilies)
        {
            Families.TryAdd(code, family);
        }

        return family;
    }

    private const int MaxFamilies = 16384;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Families = new(StringComparer.Ordinal);

    /// <summary>
    /// Keeps the requirements whose edition is in force. A requirement of a withdrawn edition is dropped when an
    /// in-force edition of the same standard (same family or its superseded-by) limits the same indicator; otherwise
    /// it is kept and flagged. Editions not yet in force are dropped.
    /// </summary>
    public static IReadOnlyList<EditionInForce> Select(
        IEnumerable<Requirement> requirements, IReadOnlyDictionary<string, Standard> standards, DateOnly date)
    {
        var candidates = requirements
            .Where(r => standards.ContainsKey(r.StandardCode))
            .Select(r => new EditionInForce(r, standards[r.StandardCode], StandardEditions.StatusOn(standards[r.StandardCode], date)))
            .Where(c => c.Status != EditionStatus.NotYetEffective)
            .ToList();

        return candidates
            .Where(c => c.Status == EditionStatus.InForce || !candidates.Any(o =>
                o.Status == EditionStatus.InForce &&
                o.Requirement.IndicatorId == c.Requirement.IndicatorId &&
                (Family(o.Standard.Code) == Family(c.Standard.Code) || o.Standard.Code == c.Standard.SupersededBy)))
            .ToList();
    }

    /// <summary>A requirement with its standard and that standard's edition status on the assessment date.</summary>
    /// <remarks>A class, not a tuple: keeps start-up free of JIT work (docs/performance.md, Cold start).</remarks>
    public sealed record EditionInForce(Requirement Requirement, Standard Standard, EditionStatus Status);

    /// <summary>
    /// Where the year of an ASTM designation begins (<c>ASTM D1613-17</c> → 10): ASTM writes the year of adoption or last
    /// revision in two digits after a hyphen, then a letter for a second revision in a year, the year of reapproval in
    /// parentheses and an editorial change as ε1 (<c>ASTM D1613-17a(2023)e1</c>). Null for another code, or an ASTM code
    /// without that ending (<c>ASTM A706/A706M</c>). Exactly the match of <c>-\d{2}[a-z]?(\(\d{4}\))?([eEε]\d+)?$</c> in a
    /// code starting with <c>ASTM</c> in any case, written out as <see cref="YearSuffixStart"/> is. Only ASTM codes: in
    /// others a hyphen and two digits are a part number (<c>EN 197-1</c>, <c>GB/T 2910.11</c>).
    /// </summary>
    internal static int? AstmYearStart(string trimmed)
    {
        if (!trimmed.StartsWith("ASTM", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var i = trimmed.Length;
        var digits = i;
        while (digits > 0 && char.IsDigit(trimmed[digits - 1]))
        {
            digits--;
        }

        if (digits < i && digits > 0 && trimmed[digits - 1] is 'e' or 'E' or 'ε')
        {
            i = digits - 1;
        }

        if (i >= 6 && trimmed[i - 1] == ')' && trimmed[i - 6] == '(' &&
            char.IsDigit(trimmed[i - 5]) && char.IsDigit(trimmed[i - 4]) && char.IsDigit(trimmed[i - 3]) && char.IsDigit(trimmed[i - 2]))
        {
            i -= 6;
        }

        if (i > 0 && char.IsAsciiLetterLower(trimmed[i - 1]))
        {
            i--;
        }

        return i >= 3 && char.IsDigit(trimmed[i - 1]) && char.IsDigit(trimmed[i - 2]) && trimmed[i - 3] == '-' ? i - 3 : null;
    }

    /// <summary>
    /// Where the edition year at the end of a trimmed code begins, with the separator before it and any white space
    /// around that (<c>GB 18401-2010</c> → 8); null when the code ends in no year. Exactly the match of the pattern
    /// <c>\s*[-—:：]\s*\d{4}$</c> (<c>\d</c> being any decimal digit), written out so that the engine does not start the
    /// regular-expression engine.
    /// </summary>
    internal static int? YearSuffixStart(string trimmed)
    {
        var i = trimmed.Length - 4;
        if (i < 1 || !char.IsDigit(trimmed[i]) || !char.IsDigit(trimmed[i + 1]) || !char.IsDigit(trimmed[i + 2]) || !char.IsDigit(trimmed[i + 3]))
        {
            return null;
        }

        i--;
        while (i >= 0 && char.IsWhiteSpace(trimmed[i]))
        {
            i--;
        }

        if (i < 0 || trimmed[i] is not ('-' or '—' or ':' or '：'))
        {
            return null;
        }

        while (i > 0 && char.IsWhiteSpace(trimmed[i - 1]))
        {
            i--;
        }

        return i;
    }
}
