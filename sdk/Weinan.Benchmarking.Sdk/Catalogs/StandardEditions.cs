using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Catalogs;

/// <summary>Facts about standard editions that depend on a date.</summary>
public static class StandardEditions
{
    /// <summary>
    /// The standard's code without its edition year (<c>GB 18401-2010</c> → <c>GB 18401</c>), by which a product's
    /// declared standards are matched.
    /// </summary>
    public static string Family(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Assessment.EditionSelector.Family(code);
    }

    /// <summary>
    /// Status of an edition on a date: withdrawn from its withdrawal date on, not yet effective before its effective
    /// date, else in force (an edition with no dates is taken as in force).
    /// </summary>
    public static EditionStatus StatusOn(Standard standard, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(standard);
        if (standard.Withdrawn is { } withdrawn && withdrawn <= date)
        {
            return EditionStatus.Withdrawn;
        }

        return standard.Effective is { } effective && effective > date ? EditionStatus.NotYetEffective : EditionStatus.InForce;
    }

    /// <summary>
    /// The edition in force on a date reached by following <see cref="Standard.SupersededBy"/> from a withdrawn edition
    /// through the catalog's standards; null when the chain ends without one.
    /// </summary>
    public static Standard? CurrentEdition(Standard standard, IReadOnlyDictionary<string, Standard> standards, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(standards);
        var seen = new HashSet<string>(StringComparer.Ordinal) { standard.Code };
        var next = standard.SupersededBy;
        while (next is not null && seen.Add(next) && standards.TryGetValue(next, out var edition))
        {
            if (StatusOn(edition, date) == EditionStatus.InForce)
            {
                return edition;
            }

            next = edition.SupersededBy;
        }

        return null;
    }
}
