using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Catalogs;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>Selects the standard editions in force on the assessment date.</summary>
internal static class EditionSelector
{
    /// <summary>The standard's code without its edition year: <c>GB 18401-2010</c> → <c>GB 18401</c>.</summary>
    public static string Family(string code)
    {
        if (Families.TryGetValue(code, out var family))
        {
            return family;
        }

        var trimmed = code.Trim();
        family = YearSuffixStart(trimmed) is { } start ? trimmed[..start] : trimmed;

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
