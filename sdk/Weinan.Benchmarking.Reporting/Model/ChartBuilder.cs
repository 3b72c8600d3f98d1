using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Reporting.Model;

/// <summary>
/// Lays out the bullet chart of one indicator in decimals (never double): a row per reference limit showing its
/// passing region, shaded by strictness, and a marker at the measured value. Each row's label (standard and grade) and
/// limit stand on a line of their own above its bar, across the whole width, so a long standard code or grade name never
/// runs into the limit or out of the chart.
/// </summary>
internal static class ChartBuilder
{
    private const int Width = 680, PlotLeft = 12, PlotRight = 668, Top = 30, RowHeight = 30, LabelHeight = 14, BarHeight = 12;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>One limit's passing region on the axis, in the indicator's unit.</summary>
    /// <param name="Judgement">The judgement against the limit.</param>
    /// <param name="Lo">Lower end of the region.</param>
    /// <param name="Hi">Upper end of the region.</param>
    /// <param name="OpenLo">Whether the region is open below (runs to the axis's start).</param>
    /// <param name="OpenHi">Whether the region is open above (runs to the axis's end).</param>
    /// <param name="Index">Order of the judgement, to keep equally strict rows in order.</param>
    /// <param name="OwnUnit">Whether the limit is in a unit other than the axis's (its region converted, its text with its unit).</param>
    private sealed record Row(Judgement Judgement, decimal Lo, decimal Hi, bool OpenLo, bool OpenHi, int Index, bool OwnUnit);

    public static ChartView? Build(IndicatorResult indicator, string language, Func<string?, string> esc, Func<Judgement, int> footnote)
    {
        var ordinal = indicator.Judgements.Any(j => j.Requirement.Limit.Kind == LimitKind.Ordinal);
        var rows = new List<Row>();
        var index = 0;
        foreach (var j in indicator.Judgements)
        {
            if (Region(j.Requirement.Limit, ordinal) is not { } region)
            {
                continue;
            }

            // A limit in another unit is drawn on the indicator's axis at its value in the indicator's unit; one that
            // cannot be brought into it is left out rather than drawn at its own figures.
            var ownUnit = !ordinal && InAnotherUnit(indicator, j);
            if (ownUnit)
            {
                if (AxisFactor(indicator, j) is not { } k || Checked(() => region.Lo * k) is not { } from || Checked(() => region.Hi * k) is not { } to)
                {
                    continue;
                }

                region = (from, to, region.OpenLo, region.OpenHi);
            }

            rows.Add(new Row(j, region.Lo, region.Hi, region.OpenLo, region.OpenHi, index++, ownUnit));
        }

        if (rows.Count == 0)
        {
            return null;
        }

        // A value submitted in another unit is drawn at its value in the indicator's unit.
        var value = ordinal ? Grade(indicator.Value) : Number(indicator.ValueInUnit ?? indicator.Value)
            ?? (indicator.Judgements.Count > 0 ? Number(indicator.Judgements[0].ComparedValue) : null);

        // Domain.
        decimal lo, hi;
        var ticks = new List<(decimal At, string Label)>();
        if (ordinal)
        {
            var points = rows.SelectMany(r => new[] { r.Lo }).Append(value ?? 1m).ToList();
            // The indicator's own scale (worst to best) spans the axis and labels its ticks; a result written without one shows
            // whole grades one either side of the limits and the value.
            var scale = indicator.Scale.Select(g => (At: Grade(g), Label: g)).Where(g => g.At is not null).Select(g => (At: g.At!.Value, g.Label)).ToList();
            lo = Math.Min(scale.Count > 0 ? scale.Min(g => g.At) : Math.Max(0m, Math.Floor(points.Min()) - 1), points.Min());
            hi = Math.Max(scale.Count > 0 ? scale.Max(g => g.At) : Math.Ceiling(points.Max()) + 1, points.Max());

            var grades = scale.Count > 0 ? scale : WholeGrades(lo, hi);
            foreach (var (at, label) in grades)
            {
                if (at >= lo && at <= hi)
                {
                    ticks.Add((at, label));
                }
            }

            rows = rows.Select(r => r with { Hi = r.OpenHi ? hi : r.Hi }).ToList();
        }
        else
        {
            var numbers = rows.SelectMany(r => new[] { r.OpenLo ? (decimal?)null : r.Lo, r.OpenHi ? null : r.Hi })
                .Where(v => v is not null).Select(v => v!.Value).ToList();
            if (value is not null)
            {
                numbers.Add(value.Value);
            }

            var min = numbers.Min();
            var max = numbers.Max();
            var span = max - min;
            var pad = span > 0 ? span * 0.15m : Math.Max(Math.Abs(max) * 0.2m, 1m);
            lo = rows.Any(r => r.OpenLo) && min >= 0 ? 0 : min - pad;
            if (lo < 0 && min >= 0 && !indicator.Judgements.Any(j => j.Requirement.Limit.Kind == LimitKind.Range && Number(j.Requirement.Limit.Min) < 0))
            {
                lo = 0;
            }

            hi = max + pad;
            var step = NiceStep((hi - lo) / 5m);
            lo = Math.Floor(lo / step) * step;
            hi = Math.Ceiling(hi / step) * step;
            for (var t = lo; t <= hi; t += step)
            {
                ticks.Add((t, Format(t)));
            }

            rows = rows.Select(r => r with { Lo = r.OpenLo ? lo : r.Lo, Hi = r.OpenHi ? hi : r.Hi }).ToList();
        }

        // Strictest (narrowest passing region) first; equally strict regions share a shade, darker = stricter.
        rows = rows.OrderBy(r => r.Hi - r.Lo).ThenBy(r => r.Index).ToList();
        var widths = rows.Select(r => r.Hi - r.Lo).Distinct().ToList();
        decimal X(decimal v) => PlotLeft + ((Math.Clamp(v, lo, hi) - lo) / (hi - lo) * (PlotRight - PlotLeft));

        var rowViews = rows.Select((r, k) =>
        {
            var y = Top + (k * RowHeight) + LabelHeight;
            var verdict = r.Judgement.Verdict is Verdict.Fail or Verdict.ConditionalFail ? "fail" : "pass";
            var rank = widths.IndexOf(r.Hi - r.Lo);
            var shade = $"s{Math.Min(4, 1 + (rank * 4 / Math.Max(widths.Count, 1)))}";
            var fn = footnote(r.Judgement);
            return new ChartRowView(esc(ReportModelBuilder.SourceName(r.Judgement.Requirement, language)),
                esc(Vocabulary.Limit(r.Judgement.Requirement.Limit, r.OwnUnit ? r.Judgement.Requirement.Unit : null).For(language)),
                F(y), F(y - 4), F(X(r.Lo)), F(Math.Max(1m, X(r.Hi) - X(r.Lo))), $"{verdict} {shade}", fn > 0, fn);
        }).ToList();

        var axisY = Top + (rows.Count * RowHeight) + 2;
        var markerX = value is null ? 0m : X(value.Value);
        var anchor = markerX < PlotLeft + 30 ? "start" : markerX > PlotRight - 30 ? "end" : "middle";
        var markerLabel = ordinal ? indicator.Value : ReportModelBuilder.WithUnit(indicator.ValueInUnit ?? indicator.Value, indicator.Unit);
        var description = ReportStrings.Pick(language,
            $"{indicator.Name.For(language)}：测定值 {markerLabel}，对照 {rows.Count} 项限值",
            $"{indicator.Name.For(language)}: measured {markerLabel} against {rows.Count} limit(s)");

        // The end ticks' labels are aligned to the plot's edges, so a long number stays inside the chart.
        var tickViews = ticks.Select((t, k) => new TickView(F(X(t.At)), esc(t.Label),
            k == 0 && ticks.Count > 1 ? "start" : k == ticks.Count - 1 && ticks.Count > 1 ? "end" : "middle")).ToList();
        return new ChartView(ordinal ? "ordinal" : "quantitative", Width, axisY + 22, F(PlotLeft), F(PlotRight), F(PlotRight - PlotLeft),
            F(axisY), BarHeight, rowViews, tickViews, value is not null, F(markerX),
            esc(markerLabel), F(markerX), anchor, F(Top - 6), F(axisY), esc(description));
    }

    private static (decimal Lo, decimal Hi, bool OpenLo, bool OpenHi)? Region(Limit limit, bool ordinal)
    {
        if (ordinal)
        {
            return limit.Kind == LimitKind.Ordinal && Grade(limit.Min) is { } g ? (g, g, false, true) : null;
        }

        switch (limit.Kind)
        {
            case LimitKind.Upper when Number(limit.Max) is { } max:
                return (max, max, true, false);
            case LimitKind.Lower when Number(limit.Min) is { } min:
                return (min, min, false, true);
            case LimitKind.Range when Number(limit.Min) is { } min && Number(limit.Max) is { } max:
                return (min, max, false, false);
            case LimitKind.Tolerance when Number(limit.Nominal) is { } nominal && Number(limit.Tolerance) is { } tol:
                return (nominal - tol, nominal + tol, false, false);
            default:
                return null;
        }
    }

    /// <summary>Whether a judgement's limit is written in a unit other than the indicator's.</summary>
    private static bool InAnotherUnit(IndicatorResult indicator, Judgement j) =>
        !string.IsNullOrEmpty(j.Requirement.Unit) && !string.Equals(j.Requirement.Unit, indicator.Unit, StringComparison.Ordinal);

    /// <summary>
    /// The factor that brings a judgement's limit into the indicator's unit. When the engine converted the indicator's value
    /// into the limit's unit, it is that value in the indicator's unit ÷ the value compared; when it judged without a
    /// conversion, the two units are one (1). Null when it is not known: the judgement judged another result, whose unit
    /// the result does not carry, or was not made (indeterminate before any conversion), or a value is not a number.
    /// </summary>
    internal static decimal? AxisFactor(IndicatorResult indicator, Judgement j)
    {
        if (j.Value != indicator.Value)
        {
            return null;
        }

        if (j.Conversion is null)
        {
            return j.Verdict == Verdict.Indeterminate ? null : 1m;
        }

        var measured = Number(string.IsNullOrEmpty(indicator.SubmittedUnit) ? indicator.Value : indicator.ValueInUnit);
        var compared = Number(j.ComparedValue);
        if (measured is not { } m || compared is not { } c || m == 0 || c == 0 || Math.Sign(m) != Math.Sign(c))
        {
            return null;
        }

        return Checked(() => m / c);
    }

    /// <summary>A computation in decimals; null when its result is beyond <see cref="decimal"/>.</summary>
    private static decimal? Checked(Func<decimal> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>A written value as a decimal: sign suffixes dropped, "&lt;0.01" read as 0.01, "ND" and text as null.</summary>
    internal static decimal? Number(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        var s = written.Trim().Replace("(+)", "", StringComparison.Ordinal).Replace("(-)", "", StringComparison.Ordinal)
            .Replace("(−)", "", StringComparison.Ordinal).TrimStart('<', '≤', '>', '≥').Trim();
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Inv, out var d) ? d : null;
    }

    /// <summary>An ordinal grade "3" or "3-4" as a position on the scale (3, 3.5).</summary>
    private static List<(decimal At, string Label)> WholeGrades(decimal lo, decimal hi)
    {
        var grades = new List<(decimal, string)>();
        for (var g = Math.Ceiling(lo); g <= hi; g++)
        {
            grades.Add((g, Format(g)));
        }

        return grades;
    }

    internal static decimal? Grade(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        var parts = written.Trim().Split('-', '–', '/');
        if (parts.Length is < 1 or > 2)
        {
            return null;
        }

        var values = parts.Select(p => decimal.TryParse(p.Trim(), NumberStyles.AllowDecimalPoint, Inv, out var d) ? d : (decimal?)null).ToList();
        return values.Any(v => v is null) ? null : values.Sum(v => v!.Value) / values.Count;
    }

    private static decimal NiceStep(decimal raw)
    {
        if (raw <= 0)
        {
            return 1;
        }

        var magnitude = 1m;
        while (magnitude * 10 <= raw)
        {
            magnitude *= 10;
        }

        while (magnitude > raw)
        {
            magnitude /= 10;
        }

        var fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }

    private static string Format(decimal v) => (v / 1.000000000000000000000000000000000m).ToString(Inv);

    private static string F(decimal v) => decimal.Round(v, 1).ToString("0.#", Inv);
}
