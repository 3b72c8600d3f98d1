namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>Reporting periods: a year, half year, quarter or month (<c>2026</c>, <c>2026-H1</c>, <c>2026-Q3</c>, <c>2026-07</c>).</summary>
public static class Periods
{
    /// <summary>
    /// Whether the text is a period in one of the four forms, with a year from 1900 to 2999. Exactly what the pattern
    /// <c>^(19|2\d)\d{2}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$</c> accepts (<c>\d</c> being any decimal digit and a final line
    /// feed allowed, as in .NET's regular expressions), written out so that validation does not start the
    /// regular-expression engine.
    /// </summary>
    public static bool IsValid(string? period)
    {
        if (period is null)
        {
            return false;
        }

        var p = period.EndsWith('\n') ? period.AsSpan(0, period.Length - 1) : period.AsSpan();
        if (p.Length is not (4 or 7) || !((p[0] == '1' && p[1] == '9') || (p[0] == '2' && char.IsDigit(p[1]))) ||
            !char.IsDigit(p[2]) || !char.IsDigit(p[3]))
        {
            return false;
        }

        return p.Length == 4 || (p[4] == '-' && (p[5], p[6]) switch
        {
            ('H', '1' or '2') => true,
            ('Q', >= '1' and <= '4') => true,
            ('0', >= '1' and <= '9') => true,
            ('1', >= '0' and <= '2') => true,
            _ => false,
        });
    }
}
