using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Summary;

/// <summary>
/// Writes <c>summary.xlsx</c> (documented in <c>docs/batch.md</c>): sheets overview, by sector, by county, by industry
/// cluster, by level, most common gaps and rejected, with headers in the output language. Every text cell goes through
/// <see cref="SpreadsheetCells.Text"/>, so no cell starts a formula. Rows are streamed into the workbook. The same summary
/// gives the same bytes (MiniExcel's random relationship ids and entry times are replaced, see
/// <see cref="Intake.XlsxPackage.Reproducible"/>); the overview's time taken is the one cell that differs between runs.
/// </summary>
public static class SummaryWorkbook
{
    /// <summary>The most rejected lines listed in the rejected sheet; <c>rejected.csv</c> has them all.</summary>
    public const int RejectedLimit = 100_000;

    /// <summary>Writes the workbook.</summary>
    /// <param name="stream">Where to write it.</param>
    /// <param name="summary">The batch's summary (complete).</param>
    /// <param name="rejected">The cells of the rejected lines to list (<see cref="Sinks.RejectedRowsSink.Fields"/>).</param>
    /// <param name="rejectedNotListed">Rejected lines left out of the sheet (listed in <c>rejected.csv</c> only).</param>
    /// <param name="language">zh-CN or en.</param>
    public static void Write(Stream stream, BatchSummary summary, IEnumerable<string[]> rejected, long rejectedNotListed, string language)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(rejected);
        var levels = summary.LevelsSeen;
        string T(LocalizedText text) => text.For(language);
        var sheets = new Dictionary<string, object>
        {
            [T(SummaryText.Overview)] = Overview(summary, rejectedNotListed, language),
            [T(SummaryText.BySector)] = ByGroup(T(SummaryText.Sector), summary.Sectors, summary.Levels, levels, language),
            [T(SummaryText.ByCounty)] = ByGroup(T(SummaryText.County), summary.Counties, summary.Levels, levels, language),
            [T(SummaryText.ByCluster)] = ByGroup(T(SummaryText.Cluster), summary.Clusters, summary.Levels, levels, language),
            [T(SummaryText.ByLevel)] = ByLevel(summary.Levels, levels, language),
            [T(SummaryText.CommonGaps)] = CommonGaps(summary.Gaps, language),
            [T(SummaryText.RejectedSheet)] = Rejected(rejected, rejectedNotListed, language),
        };
        var temp = Path.GetTempFileName();
        try
        {
            MiniExcel.SaveAs(temp, sheets, printHeader: true, excelType: ExcelType.XLSX, overwriteFile: true,
                configuration: new OpenXmlConfiguration { FreezeRowCount = 1, EnableWriteFilePath = false });
            Intake.XlsxPackage.Reproducible(temp, stream);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static IEnumerable<Dictionary<string, object>> Overview(BatchSummary summary, long rejectedNotListed, string language)
    {
        string T(LocalizedText text) => text.For(language);
        var item = T(SummaryText.Item);
        var value = T(SummaryText.Value);
        Dictionary<string, object> Row(LocalizedText name, object cell) => new()
        {
            [item] = SpreadsheetCells.Text(T(name)),
            [value] = cell is string s ? SpreadsheetCells.Text(s) : cell,
        };

        var totals = summary.Totals ?? new BatchTotals(0, 0, 0, 0, TimeSpan.Zero);
        yield return Row(SummaryText.Read, totals.Read);
        yield return Row(SummaryText.AssessedRows, totals.Assessed);
        yield return Row(SummaryText.RejectedRows, totals.Rejected);
        yield return Row(SummaryText.Reconciled, T(totals.Reconciled ? SummaryText.Yes : SummaryText.No));
        yield return Row(SummaryText.Blank, totals.BlankRows);
        foreach (var period in summary.Periods)
        {
            yield return Row(SummaryText.Periods, $"{T(period.Name)}：{T(SummaryText.RowsAssessedIn(period.Levels.Assessed))}");
        }

        foreach (var (date, rows) in summary.Dates)
        {
            yield return Row(SummaryText.Date, $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}：{T(SummaryText.RowsAssessedIn(rows))}");
        }

        foreach (var catalog in summary.Catalogs)
        {
            yield return Row(SummaryText.Catalog, $"{T(catalog.Name)}：{T(SummaryText.RowsAssessedIn(catalog.Levels.Assessed))}");
        }

        foreach (var rules in summary.Rules)
        {
            yield return Row(SummaryText.Rules, $"{T(rules.Text)}：{T(SummaryText.RowsAssessedIn(rules.Count))}");
        }

        yield return Row(SummaryText.Elapsed, decimal.Round((decimal)totals.Elapsed.TotalSeconds, 1));
        foreach (var note in Notes(summary, rejectedNotListed))
        {
            yield return Row(SummaryText.Notes, T(note));
        }
    }

    /// <summary>What the outputs leave out, in words.</summary>
    internal static IEnumerable<LocalizedText> Notes(BatchSummary summary, long rejectedNotListed)
    {
        var overflowed = summary.Overflowed;
        if (overflowed.Counties)
        {
            yield return SummaryText.GroupsCapped(SummaryText.County, summary.Limits.Groups);
        }

        if (overflowed.Clusters)
        {
            yield return SummaryText.GroupsCapped(SummaryText.Cluster, summary.Limits.Groups);
        }

        if (overflowed.Periods)
        {
            yield return SummaryText.GroupsCapped(SummaryText.Periods, summary.Limits.Groups);
        }

        if (summary.GapsNotListed > 0)
        {
            yield return SummaryText.GapsCapped(summary.Limits.Gaps, summary.GapsNotListed);
        }

        if (rejectedNotListed > 0)
        {
            yield return SummaryText.RejectedCapped(RejectedLimit, rejectedNotListed);
        }
    }

    private static IEnumerable<Dictionary<string, object>> ByGroup(string first, IReadOnlyList<SummaryGroup> groups, LevelCounts all,
        IReadOnlyList<SummaryLevel> levels, string language)
    {
        var assessed = SummaryText.Assessed.For(language);
        var counts = Headers(levels.Select(l => l.Name), levels, language, [first, assessed]);
        var shares = Headers(levels.Select(l => SummaryText.CountedShare(l.Name)), levels, language, [first, assessed, .. counts]);
        Dictionary<string, object> Row(string name, LevelCounts row)
        {
            var cells = new Dictionary<string, object> { [first] = SpreadsheetCells.Text(name), [assessed] = row.Assessed };
            for (var k = 0; k < levels.Count; k++)
            {
                cells[counts[k]] = row[levels[k].Index];
            }

            for (var k = 0; k < levels.Count; k++)
            {
                cells[shares[k]] = row.Share(levels[k].Index);
            }

            return cells;
        }

        foreach (var group in groups)
        {
            yield return Row(group.Name.For(language), group.Levels);
        }

        yield return Row(SummaryText.Total.For(language), all);
    }

    private static IEnumerable<Dictionary<string, object>> ByLevel(LevelCounts all, IReadOnlyList<SummaryLevel> levels, string language)
    {
        string T(LocalizedText text) => text.For(language);
        var ladders = levels.Select(l => l.Ladder).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).Count();
        foreach (var level in levels)
        {
            yield return new Dictionary<string, object>
            {
                [T(SummaryText.Ladder)] = SpreadsheetCells.Text(level.LadderName?.For(language) ?? (ladders > 1 ? level.Ladder : "")),
                [T(SummaryText.Level)] = SpreadsheetCells.Text(T(level.Name)),
                [T(SummaryText.Count)] = all[level.Index],
                [T(SummaryText.Share)] = all.Share(level.Index),
            };
        }

        yield return new Dictionary<string, object>
        {
            [T(SummaryText.Ladder)] = "",
            [T(SummaryText.Level)] = SpreadsheetCells.Text(T(SummaryText.Total)),
            [T(SummaryText.Count)] = all.Assessed,
            [T(SummaryText.Share)] = all.Assessed == 0 ? 0m : 100m,
        };
    }

    private static IEnumerable<Dictionary<string, object>> CommonGaps(IReadOnlyList<GapCount> gaps, string language)
    {
        string T(LocalizedText text) => text.For(language);
        Dictionary<string, object> Row(string sector, string indicator, string requirement, string standard, string next, object count) => new()
        {
            [T(SummaryText.Sector)] = SpreadsheetCells.Text(sector),
            [T(SummaryText.Indicator)] = SpreadsheetCells.Text(indicator),
            [T(SummaryText.Requirement)] = SpreadsheetCells.Text(requirement),
            [T(SummaryText.Standard)] = SpreadsheetCells.Text(standard),
            [T(SummaryText.NextRung)] = SpreadsheetCells.Text(next),
            [T(SummaryText.Times)] = count,
        };

        if (gaps.Count == 0)
        {
            yield return Row(T(SummaryText.None), "", "", "", "", "");
        }

        foreach (var g in gaps)
        {
            yield return Row(T(g.Sector), T(g.Indicator), T(g.Requirement), T(g.Standard), T(g.NextRung), g.Count);
        }
    }

    private static IEnumerable<Dictionary<string, object>> Rejected(IEnumerable<string[]> rejected, long notListed, string language)
    {
        var headers = Sinks.RejectedRowsSink.Header(language);
        Dictionary<string, object> Row(IReadOnlyList<string> cells)
        {
            var row = new Dictionary<string, object>(headers.Length);
            for (var k = 0; k < headers.Length; k++)
            {
                row[headers[k]] = SpreadsheetCells.Text(k < cells.Count ? cells[k] : "");
            }

            return row;
        }

        var any = false;
        foreach (var cells in rejected)
        {
            any = true;
            yield return Row(cells);
        }

        if (!any)
        {
            yield return Row([SummaryText.None.For(language)]);
        }

        if (notListed > 0)
        {
            yield return Row([SummaryText.RejectedCapped(RejectedLimit, notListed).For(language)]);
        }
    }

    /// <summary>Column headers for the levels, unique among themselves and the sheet's other headers.</summary>
    private static string[] Headers(IEnumerable<LocalizedText> names, IReadOnlyList<SummaryLevel> levels, string language, IReadOnlyCollection<string> taken)
    {
        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        var headers = names.Select(n => n.For(language)).ToArray();
        for (var k = 0; k < headers.Length; k++)
        {
            var header = SpreadsheetCells.Text(headers[k]);
            if (used.Contains(header) && levels[k].LadderName is { } ladder)
            {
                header = SpreadsheetCells.Text($"{headers[k]}（{ladder.For(language)}）");
            }

            for (var n = 2; used.Contains(header); n++)
            {
                header = SpreadsheetCells.Text($"{headers[k]} ({n})");
            }

            used.Add(header);
            headers[k] = header;
        }

        return headers;
    }
}
