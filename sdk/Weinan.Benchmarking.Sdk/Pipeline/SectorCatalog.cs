using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Assessment;

namespace Weinan.Benchmarking.Sdk.Pipeline;

/// <summary>
/// A sector's catalog resolved for assessment: the catalog (a plugin's, with any data-only catalogs merged into it), the
/// plugin's derived indicators and report partials, and the catalogs it came from with their versions. Resolved and
/// validated once per sector; every submission of the sector is assessed against the same instance, so what depends on
/// the catalog and the options alone is worked out once (see <see cref="AssessmentPipeline"/>).
/// </summary>
public sealed class SectorCatalog
{
    /// <summary>A resolved sector catalog.</summary>
    /// <param name="sector">The sector id the catalog serves.</param>
    /// <param name="catalog">The catalog, validated; it must not change once assessed against.</param>
    /// <param name="derivedIndicators">The plugin's derived indicators.</param>
    /// <param name="reportPartials">The plugin's report partials by name.</param>
    /// <param name="references">The catalogs used, with their versions (default: the catalog's own id and version).</param>
    public SectorCatalog(string sector, Catalog catalog, IReadOnlyList<IDerivedIndicator>? derivedIndicators = null,
        IReadOnlyDictionary<string, string>? reportPartials = null, IReadOnlyList<CatalogReference>? references = null)
    {
        ArgumentNullException.ThrowIfNull(sector);
        ArgumentNullException.ThrowIfNull(catalog);
        Sector = sector;
        Catalog = catalog;
        DerivedIndicators = derivedIndicators ?? [];
        ReportPartials = reportPartials ?? new Dictionary<string, string>();
        References = references ?? [new CatalogReference(catalog.Id, catalog.Version)];
    }

    /// <summary>The sector id.</summary>
    public string Sector { get; }

    /// <summary>The catalog.</summary>
    public Catalog Catalog { get; }

    /// <summary>Derived indicators computed from the submitted results.</summary>
    public IReadOnlyList<IDerivedIndicator> DerivedIndicators { get; }

    /// <summary>Report partials by name (<c>name.sbn-html</c>, <c>name.sbn-md</c>).</summary>
    public IReadOnlyDictionary<string, string> ReportPartials { get; }

    /// <summary>The catalogs used, written into every result.</summary>
    public IReadOnlyList<CatalogReference> References { get; }

    /// <summary>The assessment plan for options: made on first use, then shared by every submission.</summary>
    internal AssessmentPlan PlanFor(AssessmentOptions options) => AssessmentPlan.For(Catalog, options);
}
