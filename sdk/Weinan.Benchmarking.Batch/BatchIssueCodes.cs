namespace Weinan.Benchmarking.Batch;

/// <summary>Issue codes of batch input and output (WB6xxx); the table with meanings is in <c>docs/batch.md</c>.</summary>
public static class BatchIssueCodes
{
    /// <summary>An input is neither a folder nor a <c>.xlsx</c>, <c>.csv</c>, <c>.jsonl</c> or <c>.json</c> file.</summary>
    public const string InputKind = "WB6001";

    /// <summary>An input file cannot be read (not a workbook, not text, unreadable).</summary>
    public const string InputUnreadable = "WB6002";

    /// <summary>A tabular file has no header row, or a header is empty or repeated.</summary>
    public const string Header = "WB6010";

    /// <summary>A column header the intake format does not know (the column is not read).</summary>
    public const string UnknownColumn = "WB6011";

    /// <summary>A cell cannot be read (a limit, an evidence grade, a flag).</summary>
    public const string Cell = "WB6012";

    /// <summary>A row names no sector and no default sector was given.</summary>
    public const string NoSector = "WB6013";

    /// <summary>A row has more cells than the header has columns.</summary>
    public const string ExtraCells = "WB6014";

    /// <summary>A per-row report could not be written (its folder cannot be created, or the file cannot be written).</summary>
    public const string ReportFailed = "WB6060";

    /// <summary>The product category asked of <c>wbench leaders</c> is in no submission read.</summary>
    public const string LeaderCategory = "WB6070";

    /// <summary>The category has no product in the reporting period asked for.</summary>
    public const string LeaderPeriod = "WB6071";

    /// <summary>Products declaring one enterprise standard give different limits (the first product read is used).</summary>
    public const string LeaderLimitsDiffer = "WB6072";

    /// <summary>A variety has fewer than three reference indicators to rank on.</summary>
    public const string LeaderFewReferences = "WB6073";

    /// <summary>Read, assessed and rejected rows do not reconcile (a defect, never expected).</summary>
    public const string Reconcile = "WB6090";
}
