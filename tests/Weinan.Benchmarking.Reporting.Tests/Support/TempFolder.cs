using System.Runtime.CompilerServices;

namespace Weinan.Benchmarking.Reporting.Tests.Support;

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wbench-tests-" + Guid.NewGuid().ToString("N"));

    public void Write(string relative, string text)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    /// <summary>The repository root, found from this source file's path.</summary>
    public static string RepositoryRoot() =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(ThisFile())!, "..", "..", ".."));

    private static string ThisFile([CallerFilePath] string file = "") => file;
}
