namespace Weinan.Benchmarking.Store;

/// <summary>Issue codes of the batch store (WB604x); the table with meanings is in <c>docs/batch.md</c>.</summary>
public static class StoreIssueCodes
{
    /// <summary>The store cannot be created or opened (a folder, no permission, not an SQLite file, missing when reading).</summary>
    public const string CannotOpen = "WB6040";

    /// <summary>The file is an SQLite database but not a wbench store, or one of a newer schema version.</summary>
    public const string NotAStore = "WB6041";

    /// <summary>Writing to the store failed part-way (disk full, locked by another writer); what was committed stays.</summary>
    public const string WriteFailed = "WB6042";

    /// <summary>The store holds no result for the credit code asked for.</summary>
    public const string NoHistory = "WB6043";

    /// <summary>The store holds no result for a period asked for.</summary>
    public const string NoPeriod = "WB6044";
}
