using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Catalogs;

/// <summary>The outcome of merging one catalog into another.</summary>
/// <param name="Catalog">The merged catalog (entries that clashed keep the target's version).</param>
/// <param name="Issues">Clashes found, one issue per duplicate id.</param>
public sealed record CatalogMergeResult(Catalog Catalog, IReadOnlyList<Issue> Issues);
