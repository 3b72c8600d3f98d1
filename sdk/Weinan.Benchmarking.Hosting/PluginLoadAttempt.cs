using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>The outcome of loading one plugin: the plugin, or null, and every issue found.</summary>
/// <param name="Source">Folder or assembly the attempt was made on.</param>
/// <param name="Plugin">The plugin, or null when an error kept it from loading.</param>
/// <param name="Issues">Every issue found, errors and warnings.</param>
public sealed record PluginLoadAttempt(string Source, LoadedPlugin? Plugin, IReadOnlyList<Issue> Issues)
{
    /// <summary>Whether any issue is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == Severity.Error);
}
