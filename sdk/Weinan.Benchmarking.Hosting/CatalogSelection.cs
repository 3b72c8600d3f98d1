using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Hosting;

/// <summary>The catalog chosen for a sector, merged with any data-only catalogs, and what came with it.</summary>
/// <param name="Catalog">The catalog, or null when the sector is unknown or a merge failed.</param>
/// <param name="Plugin">The plugin serving the sector, if any (a data-only catalog may serve a sector alone).</param>
/// <param name="References">Catalogs used, with their versions, for the result.</param>
/// <param name="Issues">Issues found (unknown sector, merge clashes, validation of the merged catalog).</param>
/// <param name="Sector">The catalog resolved for assessment, when there is one.</param>
public sealed record CatalogSelection(Catalog? Catalog, LoadedPlugin? Plugin, IReadOnlyList<CatalogReference> References, IReadOnlyList<Issue> Issues,
    SectorCatalog? Sector = null)
{
    /// <summary>The plugin's derived indicators, or none.</summary>
    public IReadOnlyList<IDerivedIndicator> DerivedIndicators => Plugin?.Plugin.DerivedIndicators ?? [];

    /// <summary>The plugin's report partials, or none.</summary>
    public IReadOnlyDictionary<string, string> ReportPartials => Plugin?.Plugin.ReportPartials ?? new Dictionary<string, string>();
}
