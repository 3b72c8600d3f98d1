namespace Weinan.Benchmarking.Hosting;

/// <summary>Where a plugin search directory came from.</summary>
public enum PluginSearchOrigin
{
    /// <summary>The <c>plugins/</c> folder beside the executable; silently skipped when absent.</summary>
    Application,
    /// <summary>A <c>--plugins DIR</c> option; an error when absent.</summary>
    CommandLine,
    /// <summary>The <c>WBENCH_PLUGINS</c> environment variable; a warning when absent.</summary>
    Environment,
}

/// <summary>A folder searched for plugins, in search order.</summary>
/// <param name="Path">Full path of the folder.</param>
/// <param name="Origin">Where it came from.</param>
public sealed record PluginSearchDirectory(string Path, PluginSearchOrigin Origin)
{
    /// <summary>The environment variable holding extra plugin folders, separated by <see cref="System.IO.Path.PathSeparator"/>.</summary>
    public const string EnvironmentVariable = "WBENCH_PLUGINS";

    /// <summary>
    /// The search order: <c>plugins/</c> beside the executable, then each <c>--plugins</c> folder, then each folder of
    /// <c>WBENCH_PLUGINS</c>. Relative paths are taken from the current directory; duplicates keep their first place.
    /// </summary>
    public static IReadOnlyList<PluginSearchDirectory> Resolve(string applicationDirectory, IEnumerable<string>? commandLine,
        string? environmentValue)
    {
        var all = new List<PluginSearchDirectory> { Application(applicationDirectory) };
        all.AddRange((commandLine ?? []).Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => new PluginSearchDirectory(d, PluginSearchOrigin.CommandLine)));
        all.AddRange((environmentValue ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => new PluginSearchDirectory(d, PluginSearchOrigin.Environment)));

        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        return all.Select(d => d with { Path = FullPath(d.Path) })
            .Where(d => seen.Add(d.Path))
            .ToList();
    }

    /// <summary>The <c>plugins/</c> folder beside the executable in <paramref name="applicationDirectory"/>: the first of every search order.</summary>
    public static PluginSearchDirectory Application(string applicationDirectory) =>
        new(FullPath(System.IO.Path.Combine(applicationDirectory, "plugins")), PluginSearchOrigin.Application);

    private static string FullPath(string path) => System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
}
