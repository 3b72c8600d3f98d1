using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>A plugin that loaded, validated and was registered.</summary>
/// <param name="Directory">Folder the plugin was loaded from.</param>
/// <param name="AssemblyPath">Path of the plugin assembly.</param>
/// <param name="Descriptor">The plugin's descriptor.</param>
/// <param name="Catalog">The plugin's catalog, read and validated.</param>
/// <param name="Plugin">The plugin instance (its derived indicators and report partials).</param>
/// <param name="Warnings">Warnings found while loading (no errors: a plugin with errors is not loaded).</param>
public sealed record LoadedPlugin(
    string Directory,
    string AssemblyPath,
    PluginDescriptor Descriptor,
    Catalog Catalog,
    ISectorPlugin Plugin,
    IReadOnlyList<Issue> Warnings)
{
    /// <summary>XxHash64 (lower-case hex) of the catalog JSON the plugin returned, as UTF-8.</summary>
    public string CatalogHash { get; init; } = "";

    /// <summary>
    /// Whether the catalog was not validated at load because its hash and the validating code matched those of the
    /// plugin's trusted manifest, written by a build that validated it without an issue (see <see cref="PluginManifest"/>).
    /// </summary>
    public bool CatalogValidatedByBuild { get; init; }

    /// <summary>
    /// Whether the catalog was read with <see cref="DirectJson"/>, because the trusted manifest records
    /// that the build found it reads alike that way (see <see cref="PluginManifest.CatalogReadsDirectly"/>).
    /// </summary>
    public bool CatalogReadDirectly { get; init; }

    /// <summary>Sectors served: the descriptor's and the catalog's, without duplicates or blanks.</summary>
    public IReadOnlyList<string> Sectors { get; } =
        Descriptor.Sectors.Concat(Catalog.Sectors).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
