using System.Globalization;
using System.Text;
using CsvHelper;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>A data row of a tabular file, turned into a submission when parsed.</summary>
internal sealed class TabularRecord(IntakeLayout layout, int row, string?[] cells, string? defaultSector) : SourceRecord
{
    public override SourceRow Parse() => layout.ToRow(row, cells, defaultSector);
}

/// <summary>Reads CSV and XLSX intake files: the header row, then one record per non-blank row, streamed.</summary>
internal static class TabularSources
{
    /// <summary>
    /// Records of a CSV file (comma separated, header in row 1): UTF-8, or — without a byte order mark, when its start is
    /// not UTF-8 — GB 18030, the encoding a spreadsheet program on a Chinese system saves CSV in (GBK is a part of it),
    /// with a warning.
    /// </summary>
    public static IEnumerable<SourceRecord> Csv(string file, IntakeOptions options, BatchCounters counters)
    {
        StreamReader reader;
        try
        {
            var encoding = CsvEncoding(file);
            if (encoding.CodePage == Gb18030.CodePage)
            {
                counters.Notice(SourceIssues.ReadAsGb18030(file));
            }

            reader = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Failed(file, SourceIssues.Unreadable(file, ex))];
        }

        return Rows(file, ReadCsv(reader, file, counters), i => (i + 1).ToString(CultureInfo.InvariantCulture), options, counters);
    }

    /// <summary>Bytes of a CSV file's start that decide its encoding.</summary>
    internal const int EncodingProbeBytes = 1 << 16;

    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    /// <summary>
    /// UTF-8 for a file that starts with a byte order mark or whose first <see cref="EncodingProbeBytes"/> are UTF-8 (a
    /// sequence cut by the end of the probe aside); GB 18030 otherwise. Where the first bytes are plain ASCII, which both
    /// read alike, the bytes probed are those from the first that is not ASCII on (a file that is ASCII throughout is UTF-8).
    /// </summary>
    internal static Encoding CsvEncoding(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var probe = new byte[EncodingProbeBytes];
        var length = stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        var start = probe.AsSpan(0, length);
        if (start.StartsWith("\uFEFF"u8) || start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.UTF8;
        }

        if (length == probe.Length && Ascii.IsValid(start))
        {
            // Read on to the first byte that is not ASCII; the bytes probed start there.
            var first = -1;
            while (first < 0)
            {
                length = stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
                if (length == 0)
                {
                    return Encoding.UTF8;
                }

                first = probe.AsSpan(0, length).IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            }

            probe.AsSpan(first, length - first).CopyTo(probe);
            length -= first;
            length += stream.ReadAtLeast(probe.AsSpan(length), probe.Length - length, throwOnEndOfStream: false);
            start = probe.AsSpan(0, length);
        }

        if (length == probe.Length)
        {
            // A multi-byte character may be cut by the end of the probe: up to three bytes of it are left out.
            var cut = length;
            while (cut > length - 4 && cut > 0 && (probe[cut - 1] & 0xC0) == 0x80)
            {
                cut--;
            }

            start = probe.AsSpan(0, cut > 0 && probe[cut - 1] >= 0xC0 ? cut - 1 : cut);
        }

        return System.Text.Unicode.Utf8.IsValid(start) ? Encoding.UTF8 : Gb18030;
    }

    private static IEnumerable<RawRow> ReadCsv(StreamReader reader, string file, BatchCounters counters)
    {
        var position = 0L;
        using var csv = CsvReader.Create(reader, new CsvReaderOptions
        {
            HasHeader = false,
            SkipEmptyLines = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        }, leaveOpen: false);
        while (true)
        {
            string?[] cells = [];
            Issue? failure = null;
            try
            {
                var more = csv.Read();
                position = counters.Advance(reader, position);
                if (!more)
                {
                    yield break;
                }

                cells = new string?[csv.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = Unneutralised(csv.GetString(i));
                }
            }
            catch (Exception ex) when (ex is IOException or CsvFormatException or InvalidOperationException or DecoderFallbackException)
            {
                failure = SourceIssues.Unreadable(file, ex);
            }

            if (failure is not null)
            {
                yield return new RawRow(null, failure);
                yield break;
            }

            yield return new RawRow(cells, null);
        }
    }

    /// <summary>
    /// A CSV cell as it was before it was neutralised: a spreadsheet-safe writer (the sample generator, CsvHelper's
    /// injection escape) puts an apostrophe before text starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
    /// carriage return, which is taken off again here.
    /// </summary>
    private static string? Unneutralised(string? cell) =>
        cell is ['\'', '=' or '+' or '-' or '@' or '\t' or '\r', ..] ? cell[1..] : cell;

    /// <summary>Records of the first sheet of an XLSX workbook.</summary>
    public static IEnumerable<SourceRecord> Xlsx(string file, IntakeOptions options, BatchCounters counters) =>
        Rows(file, ReadXlsx(file), Letters, options, counters);

    private static IEnumerable<RawRow> ReadXlsx(string file)
    {
        IEnumerator<SheetRow>? enumerator = null;
        try
        {
            while (true)
            {
                SheetRow? cells = null;
                var failed = false;
                try
                {
                    // Streamed: the first sheet of the workbook, a row at a time.
                    enumerator ??= XlsxSheet.Rows(file).GetEnumerator();
                    if (enumerator.MoveNext())
                    {
                        cells = enumerator.Current;
                    }
                }
                catch (Exception ex) when (IsUnreadableWorkbook(ex))
                {
                    failed = true;
                }

                if (cells is null || failed)
                {
                    if (failed)
                    {
                        yield return new RawRow(null, SourceIssues.NotAWorkbook(file));
                    }

                    yield break;
                }

                yield return new RawRow(cells.Cells, null, cells.Unreadable);
            }
        }
        finally
        {
            enumerator?.Dispose();
        }
    }

    /// <summary>What reading a file that is not a workbook, or a damaged one, throws (<see cref="XlsxSheet"/>).</summary>
    internal static bool IsUnreadableWorkbook(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or InvalidDataException or System.Xml.XmlException or NotSupportedException;

    /// <summary>
    /// The text of a cell. Numbers are written as the shortest decimal that reads back as the stored number, which is
    /// what a spreadsheet shows unformatted; trailing zeros typed into a number cell are not stored by the workbook
    /// (the intake template formats value columns as text so that <c>4.50</c> stays <c>4.50</c>).
    /// </summary>
    internal static string? CellText(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        long n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The spreadsheet letters of a zero-based column index (A, …, Z, AA, …).</summary>
    internal static string Letters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>A row of cells (and those of its cells that could not be read), or why the file could not be read further.</summary>
    private readonly record struct RawRow(string?[]? Cells, Issue? Failure, IReadOnlyList<UnreadableCell>? Unreadable = null);

    /// <summary>Most rows above the header that are skipped as a title: a header further down is not looked for.</summary>
    internal const int MaxTitleRows = 5;

    private static IEnumerable<SourceRecord> Rows(string file, IEnumerable<RawRow> rows, Func<int, string> columnName, IntakeOptions options,
        BatchCounters counters)
    {
        IntakeLayout? layout = null;
        // Rows above the header that name no column of the intake format: a title a bureau puts over the table.
        List<(int Row, string?[] Cells)>? above = null;
        var row = 0;
        foreach (var (read, failure, unreadable) in rows)
        {
            if (read is not { } cells)
            {
                yield return Failed(file, failure!);
                yield break;
            }

            row++;
            if (unreadable is { Count: > 0 })
            {
                // A cell that cannot be read: the row is rejected, naming it (the header row too: no layout without it).
                var issues = unreadable.Select(u => CellUnreadable(file, row, u, columnName, layout)).ToArray();
                if (layout is null)
                {
                    yield return Failed(file, issues);
                    yield break;
                }

                yield return new ReadRecord(new SourceRow(file, row, null, issues));
                continue;
            }

            if (layout is null)
            {
                var names = IntakeLayout.NamesAnIntakeColumn(cells);
                if (!names && row <= MaxTitleRows)
                {
                    (above ??= []).Add((row, cells));
                    continue;
                }

                // The header: this row, or — with no row naming a column of the format — the first row, read as before.
                var (started, records) = names ? Start(row, cells, []) : Start(above![0].Row, above[0].Cells, [.. above.Skip(1), (row, cells)]);
                foreach (var record in records)
                {
                    yield return record;
                }

                if (started is null)
                {
                    yield break;
                }

                layout = started;
                if (names && above is { Count: > 0 })
                {
                    counters.Notice(SourceIssues.TitleRows(file, above.Count, row));
                }

                continue;
            }

            if (Record(layout, row, cells) is { } next)
            {
                yield return next;
            }
        }

        if (layout is null && above is { Count: > 0 })
        {
            // A short file with no row naming a column of the format: its first row is read as the header, as before.
            foreach (var record in Start(above[0].Row, above[0].Cells, [.. above.Skip(1)]).Records)
            {
                yield return record;
            }
        }

        // The layout of a header row and the records of the rows read after it; no layout, and the file's failure, when
        // the header cannot be read.
        (IntakeLayout? Layout, List<SourceRecord> Records) Start(int headerRow, string?[] header, List<(int Row, string?[] Cells)> after)
        {
            var (read, issues) = IntakeLayout.Read(file, header, columnName, options, counters, headerRow);
            if (read is null)
            {
                return (null, [Failed(file, [.. issues])]);
            }

            var records = new List<SourceRecord>(after.Count);
            foreach (var (r, c) in after)
            {
                if (Record(read, r, c) is { } record)
                {
                    records.Add(record);
                }
            }

            return (read, records);
        }

        // A data row, or null for a blank one (counted).
        SourceRecord? Record(IntakeLayout layout, int at, string?[] cells)
        {
            if (Array.TrueForAll(cells, string.IsNullOrWhiteSpace))
            {
                counters.Blank();
                return null;
            }

            return new TabularRecord(layout, at, cells, options.DefaultSector);
        }

        if (row == 0)
        {
            yield return Failed(file, new Issue
            {
                Code = IssueCodes.BatchHeader,
                File = file,
                Message = new($"{file} 是空的：没有表头行。", $"{file} is empty: it has no header row."),
            });
        }
    }

    private static ReadRecord Failed(string file, params Issue[] issues) => new(new SourceRow(file, 0, null, issues));

    /// <summary>WB6012 for a cell that cannot be read, named by the layout's column key once the header is read.</summary>
    private static Issue CellUnreadable(string file, int row, UnreadableCell cell, Func<int, string> columnName, IntakeLayout? layout)
    {
        var message = new LocalizedText($"第 {row} 行 {columnName(cell.Column)} 列的单元格无法读取：{cell.Reason.Zh}。",
            $"The cell in row {row}, column {columnName(cell.Column)} cannot be read: {cell.Reason.En}.");
        return layout?.CellIssue(row, cell.Column, IssueCodes.BatchCell, message) ?? new Issue
        {
            Code = IssueCodes.BatchCell,
            File = file,
            Line = row,
            Path = columnName(cell.Column),
            Message = message,
        };
    }
}
