using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// The loaded sector plugins of one run. Each plugin sits in its own folder <c>&lt;Name&gt;/&lt;Name&gt;.dll</c> and is
/// loaded in its own load context with the contract shared. A plugin with any error is reported and skipped; the
/// others load. A run that needs one sector (<see cref="LoadForSector(IReadOnlyList{PluginSearchDirectory}, string, PluginPreload?)"/>)
/// loads only the plugins that may serve it: a plugin whose trusted <see cref="PluginManifest"/> names other sectors only
/// is known by its manifest and not loaded. Dispose the host when the plugins are no longer used.
/// </summary>
public sealed class PluginHost : IDisposable
{
    private PluginHost(IReadOnlyList<PluginSearchDirectory> searched, List<LoadedPlugin> plugins, List<PluginManifest> notLoaded,
        List<Issue> issues)
    {
        Searched = searched;
        Plugins = plugins;
        NotLoaded = notLoaded;
        Catalogs = new CatalogRegistry(plugins);

        // Sectors claimed twice are found over every plugin known, loaded or not, so the registry's own findings among
        // the loaded ones are not repeated.
        Issues = issues.Concat(Catalogs.Issues.Where(i => i.Code != IssueCodes.SectorClaimedTwice)).ToList();
    }

    /// <summary>Folders searched, in order.</summary>
    public IReadOnlyList<PluginSearchDirectory> Searched { get; }

    /// <summary>Plugins loaded, in search order.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins { get; }

    /// <summary>
    /// Plugins known by their trusted manifests and not loaded, in search order: when one sector was asked for, those
    /// that serve other sectors only. Empty when every plugin was loaded.
    /// </summary>
    public IReadOnlyList<PluginManifest> NotLoaded { get; }

    /// <summary>Every issue found while searching and loading, including those of skipped plugins.</summary>
    public IReadOnlyList<Issue> Issues { get; }

    /// <summary>Whether some plugin failed to load.</summary>
    public bool HasLoadErrors => Issues.Any(i => i.Severity == Severity.Error);

    /// <summary>The catalogs of the loaded plugins, by sector.</summary>
    public CatalogRegistry Catalogs { get; }

    /// <summary>Searches the folders in order and loads every plugin found.</summary>
    /// <param name="directories">The folders, in search order.</param>
    /// <param name="preload">Plugins of one folder already being loaded in the background; used when that folder is searched.</param>
    public static PluginHost Load(IReadOnlyList<PluginSearchDirectory> directories, PluginPreload? preload = null) =>
        Load(directories, null, preload);

    /// <summary>Loads from the standard search order (see <see cref="PluginSearchDirectory.Resolve"/>).</summary>
    public static PluginHost Load(string applicationDirectory, IEnumerable<string>? commandLine, string? environmentValue,
        PluginPreload? preload = null) =>
        Load(PluginSearchDirectory.Resolve(applicationDirectory, commandLine, environmentValue), null, preload);

    /// <summary>
    /// Searches the folders in order and loads the plugins that may serve <paramref name="sector"/>: those whose trusted
    /// manifest names it, and those without a trusted manifest (their sectors are known only once loaded). The outcome
    /// for that sector — the plugin serving it, duplicate ids and sectors, the issues of every plugin loaded — is the
    /// one <see cref="Load(IReadOnlyList{PluginSearchDirectory}, PluginPreload?)"/> gives. When no loaded plugin serves
    /// the sector, or a loaded plugin is not the one its manifest describes, every plugin is loaded after all.
    /// </summary>
    public static PluginHost LoadForSector(IReadOnlyList<PluginSearchDirectory> directories, string sector, PluginPreload? preload = null)
    {
        ArgumentNullException.ThrowIfNull(sector);
        return Load(directories, sector, preload);
    }

    /// <summary>Loads what <paramref name="sector"/> needs from the standard search order (see <see cref="PluginSearchDirectory.Resolve"/>).</summary>
    public static PluginHost LoadForSector(string applicationDirectory, IEnumerable<string>? commandLine, string? environmentValue,
        string sector, PluginPreload? preload = null) =>
        LoadForSector(PluginSearchDirectory.Resolve(applicationDirectory, commandLine, environmentValue), sector, preload);

    private static PluginHost Load(IReadOnlyList<PluginSearchDirectory> directories, string? sector, PluginPreload? preload)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var folders = directories.Select(d => preload?.For(d) ?? Discover(d)).ToList();
        var candidates = folders.SelectMany(f => f.Candidates).ToList();
        if (sector is not null)
        {
            var needed = candidates.Where(c => c.Needed(sector)).ToHashSet();
            var host = Resolve(directories, folders, needed);
            var faithful = needed.All(c => c.Manifest is null || c.Load().Plugin is not { } plugin || c.Manifest.Describes(plugin));
            if (faithful && host.Catalogs.PluginFor(sector) is not null)
            {
                return host;
            }
        }

        return Resolve(directories, folders, candidates.ToHashSet());
    }

    /// <summary>
    /// Registers the plugins found in search order: each candidate in <paramref name="load"/> as it loads, each other one
    /// by its manifest. The first plugin with an id is kept and later ones are skipped; the first plugin naming a sector
    /// serves it.
    /// </summary>
    private static PluginHost Resolve(IReadOnlyList<PluginSearchDirectory> directories, List<PluginFolder> folders, HashSet<PluginCandidate> load)
    {
        var plugins = new List<LoadedPlugin>();
        var notLoaded = new List<PluginManifest>();
        var issues = new List<Issue>();
        var known = new List<KnownPlugin>();
        foreach (var folder in folders)
        {
            issues.AddRange(folder.SearchIssues);
            foreach (var candidate in folder.Candidates)
            {
                LoadedPlugin? plugin = null;
                if (load.Contains(candidate))
                {
                    var attempt = candidate.Load();
                    issues.AddRange(attempt.Issues);
                    plugin = attempt.Plugin;
                    if (plugin is null)
                    {
                        continue;
                    }
                }

                var id = plugin?.Descriptor.Id ?? candidate.Manifest!.Id;
                var sectors = plugin?.Sectors ?? candidate.Manifest!.Sectors;
                var first = known.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.OrdinalIgnoreCase));
                if (first is not null)
                {
                    issues.Add(PluginIssues.DuplicatePlugin(candidate.AssemblyPath, first.Id, first.Directory));
                    continue;
                }

                known.Add(new KnownPlugin(id, candidate.Folder, candidate.AssemblyPath, sectors));
                if (plugin is null)
                {
                    notLoaded.Add(candidate.Manifest!);
                }
                else
                {
                    plugins.Add(plugin);
                }
            }
        }

        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var plugin in known)
        {
            foreach (var sector in plugin.Sectors)
            {
                if (!owners.TryAdd(sector, plugin.Id))
                {
                    issues.Add(PluginIssues.SectorClaimedTwice(plugin.AssemblyPath, sector, owners[sector]));
                }
            }
        }

        return new PluginHost(directories, plugins, notLoaded, issues);
    }

    /// <summary>Searches one folder: the plugin folders in it, in order, each with its trusted manifest if it has one.</summary>
    internal static PluginFolder Discover(PluginSearchDirectory directory)
    {
        var issues = new List<Issue>();
        var candidates = PluginFolders(directory, issues).Select(f => new PluginCandidate(f)).ToList();
        return new PluginFolder(issues, candidates);
    }

    private static IEnumerable<string> PluginFolders(PluginSearchDirectory directory, List<Issue> issues)
    {
        if (!Directory.Exists(directory.Path))
        {
            switch (directory.Origin)
            {
                case PluginSearchOrigin.CommandLine:
                    issues.Add(PluginIssues.SearchDirectoryMissing(directory.Path, Severity.Error, "--plugins"));
                    break;
                case PluginSearchOrigin.Environment:
                    issues.Add(PluginIssues.SearchDirectoryMissing(directory.Path, Severity.Warning, PluginSearchDirectory.EnvironmentVariable));
                    break;
            }

            return [];
        }

        // A folder that is itself a plugin folder (DIR/<DIR>.dll) is loaded as one plugin.
        if (SectorPluginLoader.IsPluginFolder(directory.Path))
        {
            return [directory.Path];
        }

        // An array sorted in place rather than an ordered query: this runs at every start, before anything is warm.
        var folders = Directory.GetDirectories(directory.Path);
        Array.Sort(folders, StringComparer.Ordinal);
        return folders;
    }

    /// <summary>Ends the host's use of the plugins. Plugin load contexts are not collectible: their assemblies stay loaded
    /// for the life of the process, so there is nothing to release yet.</summary>
    public void Dispose()
    {
    }
}

/// <summary>What searching one plugin folder found: issues of the search itself, then one candidate per plugin folder.</summary>
internal sealed record PluginFolder(IReadOnlyList<Issue> SearchIssues, IReadOnlyList<PluginCandidate> Candidates);

/// <summary>A plugin registered, loaded or known by its manifest: what finding duplicate ids and sectors needs.</summary>
internal sealed record KnownPlugin(string Id, string Directory, string AssemblyPath, IReadOnlyList<string> Sectors);

/// <summary>One plugin folder found: its trusted manifest, if any, and its load, made once when first asked for.</summary>
internal sealed class PluginCandidate
{
    private readonly Lazy<PluginLoadAttempt> _load;

    public PluginCandidate(string folder)
    {
        Folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        AssemblyPath = Path.Combine(Folder, Path.GetFileName(Folder) + ".dll");
        Manifest = PluginManifest.ReadTrusted(Folder);
        _load = new Lazy<PluginLoadAttempt>(() => SectorPluginLoader.LoadFolder(Folder, Manifest), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The plugin folder, full path.</summary>
    public string Folder { get; }

    /// <summary>The plugin assembly's path, <c>Folder/&lt;Name&gt;.dll</c>.</summary>
    public string AssemblyPath { get; }

    /// <summary>The folder's trusted manifest, or null (the plugin's sectors are known only once it is loaded).</summary>
    public PluginManifest? Manifest { get; }

    /// <summary>Whether a run for <paramref name="sector"/> must load this plugin: its manifest names the sector, or it has no trusted manifest.</summary>
    public bool Needed(string sector) => Manifest is null || Manifest.Serves(sector);

    /// <summary>Loads the plugin, once; later calls, from any thread, get the same attempt.</summary>
    public PluginLoadAttempt Load() => _load.Value;
}
