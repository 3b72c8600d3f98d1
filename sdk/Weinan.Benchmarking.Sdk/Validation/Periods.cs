using System.Text.RegularExpressions;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>Reporting periods: a year, half year, quarter or month (<c>2026</c>, <c>2026-H1</c>, <c>2026-Q3</c>, <c>2026-07</c>).</summary>
public static partial class Periods
{
    /// <summary>Whether the text is a period in one of the four forms, with a year from 1900 to 2999.</summary>
    public static bool IsValid(string? period) => period is not null && Pattern().IsMatch(period);

    [GeneratedRegex(@"^(19|2\d)\d{2}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
