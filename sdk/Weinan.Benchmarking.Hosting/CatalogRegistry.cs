using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Catalogs;
using Weinan.Benchmarking.Sdk.Pipeline;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Hosting;

/// <summary>The catalogs of the loaded plugins by sector; selects the one for a submission and merges data-only catalogs into it.</summary>
public sealed class CatalogRegistry
{
    private readonly Dictionary<string, LoadedPlugin> _bySector = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers the plugins in order; a sector claimed twice stays with the first plugin (a warning).</summary>
    public CatalogRegistry(IEnumerable<LoadedPlugin> plugins)
    {
        var issues = new List<Issue>();
        foreach (var plugin in plugins)
        {
            foreach (var sector in plugin.Sectors)
            {
                if (!_bySector.TryAdd(sector, plugin))
                {
                    issues.Add(PluginIssues.SectorClaimedTwice(plugin.AssemblyPath, sector, _bySector[sector].Descriptor.Id));
                }
            }
        }

        Issues = issues;
    }

    /// <summary>Sectors served, sorted.</summary>
    public IReadOnlyList<string> Sectors => _bySector.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Issues found while registering.</summary>
    public IReadOnlyList<Issue> Issues { get; }

    /// <summary>The plugin serving a sector, if any.</summary>
    public LoadedPlugin? PluginFor(string sector) => _bySector.GetValueOrDefault(sector);

    /// <summary>
    /// Selects the catalog for <paramref name="sector"/> and merges each addition that covers the sector (or names no
    /// sector) into it, then validates the merged catalog. An addition naming other sectors only is skipped with a
    /// warning. Without a plugin for the sector, the additions alone serve it; with neither, the issue lists the
    /// sectors loaded.
    /// </summary>
    public CatalogSelection Select(string sector, IReadOnlyList<CatalogFile>? additions = null)
    {
        var issues = new List<Issue>();
        var plugin = PluginFor(sector);
        var catalog = plugin?.Catalog;
        var references = new List<CatalogReference>();
        if (plugin is not null)
        {
            references.Add(new CatalogReference(plugin.Descriptor.Id, plugin.Descriptor.Version));
        }

        var merged = new List<CatalogFile>();
        foreach (var addition in additions ?? [])
        {
            var covers = addition.Catalog.Sectors.Count == 0 ||
                         addition.Catalog.Sectors.Contains(sector, StringComparer.OrdinalIgnoreCase);
            if (!covers)
            {
                issues.Add(new Issue
                {
                    Code = IssueCodes.CatalogNotForSector,
                    Severity = Severity.Warning,
                    File = addition.Path,
                    Path = "sectors",
                    Message = new($"附加目录只涵盖行业 {string.Join("、", addition.Catalog.Sectors)}，未用于行业“{sector}”。",
                        $"The added catalog covers sector(s) {string.Join(", ", addition.Catalog.Sectors)} only and was not used for sector '{sector}'."),
                });
                continue;
            }

            if (catalog is null)
            {
                catalog = addition.Catalog;
            }
            else
            {
                var result = CatalogMerge.Merge(catalog, addition.Catalog, addition.Path);
                issues.AddRange(result.Issues);
                catalog = result.Catalog;
            }

            references.Add(new CatalogReference(string.IsNullOrEmpty(addition.Catalog.Id) ? Path.GetFileName(addition.Path) : addition.Catalog.Id,
                addition.Catalog.Version));
            merged.Add(addition);
        }

        // The plugin's own catalog was validated at load; what is new comes from the additions. Each is validated within
        // the merged catalog, so its issues name its own file and the paths inside it.
        foreach (var addition in merged)
        {
            issues.AddRange(InputValidation.ValidateAddition(addition.Catalog, catalog!, addition.Path));
        }

        if (catalog is null)
        {
            // Each id beside its catalog's name in Chinese, as the other messages that list what may be written do.
            var loaded = Sectors.Count == 0 ? "（无）" : string.Join("；", Sectors.Select(s =>
                _bySector[s].Catalog.Name.Zh is { Length: > 0 } name ? $"{s}：{name}" : s));
            var loadedEn = Sectors.Count == 0 ? "(none)" : string.Join(", ", Sectors);
            issues.Add(new Issue
            {
                Code = IssueCodes.UnknownSector,
                Path = "sector",
                Message = new($"未知行业“{sector}”：没有插件或附加目录涵盖它。已加载的行业：{loaded}。",
                    $"Unknown sector '{sector}': no plugin or added catalog covers it. Sectors loaded: {loadedEn}."),
            });
        }

        var failed = catalog is null || (merged.Count > 0 && issues.Any(i => i.Severity == Severity.Error));
        if (failed)
        {
            return new CatalogSelection(null, plugin, references, issues);
        }

        // A plugin's own catalog is resolved once per sector and shared, so assessments reuse what it works out.
        var resolved = merged.Count == 0 && plugin is not null
            ? _resolved.GetOrAdd(sector, _ => Resolve(sector, catalog!, plugin, references))
            : Resolve(sector, catalog!, plugin, references);
        return new CatalogSelection(catalog, plugin, references, issues, resolved);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SectorCatalog> _resolved = new(StringComparer.OrdinalIgnoreCase);

    private static SectorCatalog Resolve(string sector, Catalog catalog, LoadedPlugin? plugin, IReadOnlyList<CatalogReference> references) =>
        new(sector, catalog, plugin?.Plugin.DerivedIndicators, plugin?.Plugin.ReportPartials, references);
}
