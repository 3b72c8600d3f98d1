using System.Text;
using Weinan.Benchmarking.Batch.Summary;

namespace Weinan.Benchmarking.Batch.Sinks;

/// <summary>
/// Writes <c>summary.xlsx</c> and <c>dashboard.html</c>: counts every item into a <see cref="BatchSummary"/> as it comes
/// (bounded memory), keeps the cells of the first <see cref="SummaryWorkbook.RejectedLimit"/> rejected lines in a
/// temporary file beside the workbook rather than in memory, and writes both files when the batch completes.
/// </summary>
public sealed class SummarySink : IBatchSink, IDisposable
{
    private readonly string _workbook;
    private readonly string _dashboard;
    private readonly string _language;
    private readonly string _spillPath;
    private readonly BinaryWriter _spill;
    private long _listed;
    private long _notListed;

    /// <summary>A sink writing the workbook to <paramref name="workbookPath"/> and the page to <paramref name="dashboardPath"/>.</summary>
    /// <param name="workbookPath">The summary workbook (<c>summary.xlsx</c>).</param>
    /// <param name="dashboardPath">The dashboard (<c>dashboard.html</c>).</param>
    /// <param name="language">zh-CN or en.</param>
    public SummarySink(string workbookPath, string dashboardPath, string language)
    {
        ArgumentNullException.ThrowIfNull(workbookPath);
        ArgumentNullException.ThrowIfNull(dashboardPath);
        _workbook = workbookPath;
        _dashboard = dashboardPath;
        _language = language;
        _spillPath = workbookPath + ".rejected.partial";
        _spill = new BinaryWriter(new FileStream(_spillPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose),
            Encoding.UTF8);
    }

    /// <summary>The counts so far.</summary>
    public BatchSummary Summary { get; } = new();

    /// <inheritdoc />
    public void Write(BatchItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Summary.Add(item);
        if (!item.Rejected)
        {
            return;
        }

        foreach (var issue in item.Issues)
        {
            if (_listed >= SummaryWorkbook.RejectedLimit)
            {
                _notListed++;
                continue;
            }

            var cells = RejectedRowsSink.Fields(item, issue, _language);
            _spill.Write(cells.Length);
            foreach (var cell in cells)
            {
                _spill.Write(cell);
            }

            _listed++;
        }
    }

    /// <inheritdoc />
    public void Complete(BatchTotals totals)
    {
        Summary.Complete(totals);
        _spill.Flush();
        using (var stream = new FileStream(OutputFiles.Partial(_workbook), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            SummaryWorkbook.Write(stream, Summary, Rejected(), _notListed, _language);
        }

        OutputFiles.Commit(_workbook);
        File.WriteAllText(OutputFiles.Partial(_dashboard), Dashboard.Render(Summary, _language), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        OutputFiles.Commit(_dashboard);
        _spill.Dispose();
    }

    /// <summary>The kept rejected lines, read back from the temporary file one at a time.</summary>
    private IEnumerable<string[]> Rejected()
    {
        var stream = _spill.BaseStream;
        stream.Position = 0;
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        for (var n = 0L; n < _listed; n++)
        {
            var cells = new string[reader.ReadInt32()];
            for (var k = 0; k < cells.Length; k++)
            {
                cells[k] = reader.ReadString();
            }

            yield return cells;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _spill.Dispose();
}
