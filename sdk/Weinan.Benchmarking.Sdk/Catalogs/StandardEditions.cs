using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Catalogs;

/// <summary>Facts about standard editions that depend on a date.</summary>
public static class StandardEditions
{
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
}
