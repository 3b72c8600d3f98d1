namespace Weinan.Benchmarking.Batch;

/// <summary>Issue codes of batch input and output (WB5xxx); the table with meanings is in <c>docs/batch.md</c>.</summary>
public static class BatchIssueCodes
{
    /// <summary>An input is neither a folder nor a <c>.xlsx</c>, <c>.csv</c>, <c>.jsonl</c> or <c>.json</c> file.</summary>
    public const string InputKind = "WB5001";

    /// <summary>An input file cannot be read (not a workbook, not text, unreadable).</summary>
    public const string InputUnreadable = "WB5002";

    /// <summary>A tabular file has no header row, or a header is empty or repeated.</summary>
    public const string Header = "WB5010";

    /// <summary>A column header the intake format does not know (the column is not read).</summary>
    public const string UnknownColumn = "WB5011";

    /// <summary>A cell cannot be read (a limit, an evidence grade, a flag).</summary>
    public const string Cell = "WB5012";

    /// <summary>A row names no sector and no default sector was given.</summary>
    public const string NoSector = "WB5013";

    /// <summary>A row has more cells than the header has columns.</summary>
    public const string ExtraCells = "WB5014";

    /// <summary>The sample generator has no sample submission of a sector to vary.</summary>
    public const string NoSamples = "WB5020";

    /// <summary>A sample submission file cannot be read; the generator leaves it out (warning).</summary>
    public const string SampleUnreadable = "WB5021";

    /// <summary>Read, assessed and rejected rows do not reconcile (a defect, never expected).</summary>
    public const string Reconcile = "WB5090";
}
