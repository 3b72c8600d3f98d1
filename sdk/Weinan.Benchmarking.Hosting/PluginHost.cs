using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// The loaded sector plugins of one run. Each plugin sits in its own folder <c>&lt;Name&gt;/&lt;Name&gt;.dll</c> and is
/// loaded in its own load context with the contract shared. A plugin with any error is reported and skipped; the
/// others load. Dispose the host when the plugins are no longer used.
/// </summary>
public sealed class PluginHost : IDisposable
{
    private PluginHost(IReadOnlyList<PluginSearchDirectory> searched, List<LoadedPlugin> plugins, List<Issue> issues)
    {
        Searched = searched;
        Plugins = plugins;
        Catalogs = new CatalogRegistry(plugins);
        Issues = issues.Concat(Catalogs.Issues).ToList();
    }

    /// <summary>Folders searched, in order.</summary>
    public IReadOnlyList<PluginSearchDirectory> Searched { get; }

    /// <summary>Plugins loaded, in search order.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins { get; }

    /// <summary>Every issue found while searching and loading, including those of skipped plugins.</summary>
    public IReadOnlyList<Issue> Issues { get; }

    /// <summary>Whether some plugin failed to load.</summary>
    public bool HasLoadErrors => Issues.Any(i => i.Severity == Severity.Error);

    /// <summary>The catalogs of the loaded plugins, by sector.</summary>
    public CatalogRegistry Catalogs { get; }

    /// <summary>Searches the folders in order and loads every plugin found.</summary>
    /// <param name="directories">The folders, in search order.</param>
    /// <param name="preload">Plugins of one folder already being loaded in the background; used when that folder is searched.</param>
    public static PluginHost Load(IReadOnlyList<PluginSearchDirectory> directories, PluginPreload? preload = null)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var plugins = new List<LoadedPlugin>();
        var issues = new List<Issue>();
        foreach (var directory in directories)
        {
            var found = preload?.For(directory) ?? LoadDirectory(directory);
            issues.AddRange(found.SearchIssues);
            foreach (var attempt in found.Attempts)
            {
                issues.AddRange(attempt.Issues);
                if (attempt.Plugin is null)
                {
                    continue;
                }

                var first = plugins.FirstOrDefault(p => string.Equals(p.Descriptor.Id, attempt.Plugin.Descriptor.Id, StringComparison.OrdinalIgnoreCase));
                if (first is not null)
                {
                    issues.Add(PluginIssues.DuplicatePlugin(attempt.Plugin.AssemblyPath, first.Descriptor.Id, first.Directory));
                    continue;
                }

                plugins.Add(attempt.Plugin);
            }
        }

        return new PluginHost(directories, plugins, issues);
    }

    /// <summary>Loads from the standard search order (see <see cref="PluginSearchDirectory.Resolve"/>).</summary>
    public static PluginHost Load(string applicationDirectory, IEnumerable<string>? commandLine, string? environmentValue,
        PluginPreload? preload = null) =>
        Load(PluginSearchDirectory.Resolve(applicationDirectory, commandLine, environmentValue), preload);

    /// <summary>Searches one folder and tries to load each plugin in it, in order.</summary>
    internal static FolderLoad LoadDirectory(PluginSearchDirectory directory)
    {
        var issues = new List<Issue>();
        var attempts = PluginFolders(directory, issues).Select(SectorPluginLoader.LoadFolder).ToList();
        return new FolderLoad(issues, attempts);
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

        return Directory.EnumerateDirectories(directory.Path).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Ends the host's use of the plugins. Plugin load contexts are not collectible: their assemblies stay loaded
    /// for the life of the process, so there is nothing to release yet.</summary>
    public void Dispose()
    {
    }
}

/// <summary>What searching one plugin folder found: issues of the search itself, then one load attempt per plugin folder.</summary>
internal sealed record FolderLoad(IReadOnlyList<Issue> SearchIssues, IReadOnlyList<PluginLoadAttempt> Attempts);
