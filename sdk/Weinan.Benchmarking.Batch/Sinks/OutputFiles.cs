namespace Weinan.Benchmarking.Batch.Sinks;

/// <summary>Output files of a batch: written beside their final name and moved into place when complete.</summary>
internal static class OutputFiles
{
    /// <summary>The temporary path of an output, in the same folder (so the move is a rename).</summary>
    public static string Partial(string path) => path + ".partial";

    /// <summary>Moves a completed temporary file into place.</summary>
    public static void Commit(string path) => File.Move(Partial(path), path, overwrite: true);
}
