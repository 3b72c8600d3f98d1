using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>A data-only catalog read from a file (<c>--catalog FILE</c>), in the plugins' catalog format.</summary>
/// <param name="Path">The file.</param>
/// <param name="Catalog">The catalog read.</param>
public sealed record CatalogFile(string Path, Catalog Catalog)
{
    /// <summary>Reads a catalog file. A missing file or malformed JSON comes back as issues with a null file.</summary>
    public static (CatalogFile? File, IReadOnlyList<Issue> Issues) Read(string path)
    {
        var (value, issues) = InputFile.ReadJson<Catalog>(path);
        return (value is null ? null : new CatalogFile(path, value), issues);
    }
}
