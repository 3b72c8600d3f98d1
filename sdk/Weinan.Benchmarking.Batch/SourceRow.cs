using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch;

/// <summary>
/// One row of batch input, read: the submission it holds, or the issues that stop it from being assessed.
/// </summary>
/// <param name="File">The input file.</param>
/// <param name="Row">The row: the line of a JSONL file, the spreadsheet row (the header is row 1) of a CSV or XLSX
/// file, 1 for a JSON file; 0 when the file itself could not be read.</param>
/// <param name="Submission">The submission; null when the row could not be read.</param>
/// <param name="Issues">Problems found while reading the row (errors reject it, warnings do not).</param>
/// <param name="Columns">For tabular input, the column of each result of the submission (letter and header key), so
/// that issues on results name the column.</param>
/// <param name="Fields">For tabular input, the column of each other part of the submission, keyed by the path an issue
/// names it by (<c>enterprise.creditCode</c>, <c>enterpriseStandard.limits[0]</c>), so that those issues name the column
/// too.</param>
public sealed record SourceRow(string File, int Row, Submission? Submission, IReadOnlyList<Issue> Issues,
    IReadOnlyList<SourceColumn>? Columns = null, IReadOnlyList<SourceColumn>? Fields = null)
{
    /// <summary>Where the row came from, as written into issues and rejected rows.</summary>
    public string Location => Row > 0 ? $"{File}:{Row}" : File;
}

/// <summary>A column of tabular input: its letter (XLSX) or number (CSV) and its key.</summary>
/// <param name="Name">The column's letter or number.</param>
/// <param name="Key">The header key (see <c>docs/batch.md</c>).</param>
public sealed record SourceColumn(string Name, string Key);

/// <summary>
/// A row as the source reads it, before parsing: sources read in order on one thread, and <see cref="Parse"/> runs in
/// parallel.
/// </summary>
public abstract class SourceRecord
{
    /// <summary>Reads the row into a submission, or issues.</summary>
    public abstract SourceRow Parse();
}

/// <summary>A row that is already read (e.g. a file that could not be opened).</summary>
/// <param name="row">The row.</param>
public sealed class ReadRecord(SourceRow row) : SourceRecord
{
    /// <inheritdoc />
    public override SourceRow Parse() => row;
}
