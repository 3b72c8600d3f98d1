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

    /// <summary>The grey-scale grades of colour fastness (ISO 105-A02/A03, GB/T 250/251), worst to best.</summary>
    private static readonly string[] GreyScale = ["1", "1-2", "2", "2-3", "3", "3-4", "4", "4-5", "5"];

    private sealed record Row(Judgement Judgement, decimal Lo, decimal Hi, bool OpenLo, bool OpenHi, int Index);

    public static ChartView? Build(IndicatorResult indicator, string language, Func<string?, string> esc, Func<Judgement, int> footnote)
    {
        var ordinal = indicator.Judgements.Any(j => j.Requirement.Limit.Kind == LimitKind.Ordinal);
        var rows = new List<Row>();
        var index = 0;
        foreach (var j in indicator.Judgements)
        {
            if (Region(j.Requirement.Limit, ordinal) is { } region)
            {
                rows.Add(new Row(j, region.Lo, region.Hi, region.OpenLo, region.OpenHi, index++));
            }
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
            lo = Math.Min(1m, points.Min());
            hi = Math.Max(5m, points.Max());
            foreach (var g in GreyScale)
            {
                var at = Grade(g)!.Value;
                if (at >= lo && at <= hi)
                {
                    ticks.Add((at, g));
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
                esc(Vocabulary.Limit(r.Judgement.Requirement.Limit, null).For(language)),
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
