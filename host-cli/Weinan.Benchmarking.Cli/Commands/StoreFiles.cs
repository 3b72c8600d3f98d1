using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Store;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>Where the store is and how the commands open it (see <c>docs/batch.md</c> §6).</summary>
internal static class StoreFiles
{
    /// <summary>The store's default file name.</summary>
    public const string DefaultName = "wbench.db";

    /// <summary>
    /// Opens the store <paramref name="path"/>; null with its issues printed when it cannot be opened. A store that is
    /// not there (reading) or not a store is an input error; one that cannot be created or written, an output error.
    /// </summary>
    public static BenchmarkStore? Open(CliOutput output, string path, bool readOnly, out int exit)
    {
        var opening = BenchmarkStore.Open(path, readOnly);
        output.Issues(opening.Issues);
        exit = opening.Store is not null ? ExitCodes.Ok : readOnly || opening.Issues.Any(i => i.Code == IssueCodes.StoreNotAStore) ? ExitCodes.InputError : ExitCodes.OutputError;
        return opening.Store;
    }

    /// <summary>
    /// Reads from an open store; false with WB6041 printed when its data turns out damaged part-way (a stored line that
    /// does not unpack or is not a result line, a stored catalog that is missing or not whole, a damaged database page).
    /// </summary>
    public static bool TryRead<T>(CliOutput output, BenchmarkStore store, Func<BenchmarkStore, T> read, out T result)
    {
        try
        {
            result = read(store);
            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            output.Issues([BenchmarkStore.Unreadable(store.Path, ex)]);
            result = default!;
            return false;
        }
    }

    /// <summary>The line that says what a batch stored.</summary>
    public static LocalizedText Stored(StoreTotals totals, string path) => new(
        $"评价结果库：新增 {totals.Stored} 条结果，{totals.Known} 条已在库中未重复写入（{path}）",
        $"Store: {totals.Stored} results stored, {totals.Known} already stored and not written again ({path})");
}
