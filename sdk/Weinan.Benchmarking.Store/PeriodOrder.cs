using System.Globalization;

namespace Weinan.Benchmarking.Store;

/// <summary>
/// Orders reporting periods in time: by their first month, then the longer first (<c>2026</c>, <c>2026-H1</c>,
/// <c>2026-Q1</c>, <c>2026-01</c>, <c>2026-Q2</c> …); no period first, text that is no period last.
/// </summary>
public sealed class PeriodOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static PeriodOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var (a, b) = (Key(x), Key(y));
        var order = a.Start.CompareTo(b.Start);
        if (order == 0)
        {
            order = b.Months.CompareTo(a.Months);
        }

        return order != 0 ? order : string.CompareOrdinal(x, y);
    }

    private static (int Start, int Months) Key(string? period)
    {
        if (string.IsNullOrEmpty(period))
        {
            return (int.MinValue, 0);
        }

        if (period.Length < 4 || !int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return (int.MaxValue, 0);
        }

        var start = year * 12;
        return period.Length switch
        {
            4 => (start, 12),
            7 when period[5] == 'H' => (start + ((period[6] - '1') * 6), 6),
            7 when period[5] == 'Q' => (start + ((period[6] - '1') * 3), 3),
            7 when int.TryParse(period.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) => (start + month - 1, 1),
            _ => (int.MaxValue, 0),
        };
    }
}
