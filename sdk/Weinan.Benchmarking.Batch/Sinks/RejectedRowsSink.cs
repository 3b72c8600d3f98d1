using CsvHelper;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch.Summary;

namespace Weinan.Benchmarking.Batch.Sinks;

/// <summary>
/// Writes <c>rejected.csv</c>: one line per issue of every rejected row — file, row, column, field, code, severity and
/// the reason in the output language. Cells that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or carriage return) are neutralised. Keeps the rejected rows' issues (bounded) for the summary.
/// </summary>
public sealed class RejectedRowsSink : IBatchSink, IDisposable
{
    /// <summary>The header row in a language (zh-CN or en), as <c>rejected.csv</c> and the summary's rejected sheet write it.</summary>
    public static string[] Header(string language) =>
    [
        .. new[] { SummaryText.File, SummaryText.Row, SummaryText.Column, SummaryText.Field, SummaryText.Code, SummaryText.Severity, SummaryText.Reason }
            .Select(h => h.For(language)),
    ];

    private readonly string _path;
    private readonly string _language;
    private readonly StreamWriter _writer;
    private readonly CsvWriter _csv;

    /// <summary>A sink writing to <paramref name="path"/> in <paramref name="language"/> (zh-CN or en).</summary>
    public RejectedRowsSink(string path, string language)
    {
        ArgumentNullException.ThrowIfNull(path);
        _path = path;
        _language = language;
        // A byte order mark so that spreadsheets read the Chinese text as UTF-8.
        _writer = new StreamWriter(OutputFiles.Partial(path), false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        _csv = CsvWriter.Create(_writer, new CsvWriterOptions { Injection = CsvInjection.Escape, NewLine = "\n" }, leaveOpen: true);
        _csv.WriteHeader(Header(language));
    }

    /// <inheritdoc />
    public void Write(BatchItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.Rejected)
        {
            return;
        }

        foreach (var issue in item.Issues)
        {
            _csv.WriteRecord(Fields(item, issue, _language));
        }
    }

    /// <summary>The cells of one issue of a rejected row, as <c>rejected.csv</c> and the summary workbook write them.</summary>
    public static string[] Fields(BatchItem item, Issue issue, string language)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(issue);
        var tabular = item.Row.Columns is not null || Path.GetExtension(item.Row.File).ToLowerInvariant() is ".xlsx" or ".csv";
        var column = issue.Column is { } c && tabular
            ? (Path.GetExtension(item.Row.File).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? Sources.TabularSources.Letters(c - 1) : c.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : "";
        return
        [
            issue.File ?? item.Row.File,
            item.Row.Row > 0 ? item.Row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
            column,
            issue.Path,
            issue.Code,
            Vocabulary.Severity(issue.Severity).For(language),
            DisplayText.ForTerminal(issue.Message.For(language)),
        ];
    }

    /// <inheritdoc />
    public void Complete(BatchTotals totals)
    {
        _csv.Flush();
        _csv.Dispose();
        _writer.Dispose();
        OutputFiles.Commit(_path);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _csv.Dispose();
        _writer.Dispose();
    }
}
