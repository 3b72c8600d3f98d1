using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>Maps plugin-loading issues to exit codes.</summary>
internal static class PluginIssueExit
{
    /// <summary>A <c>--plugins</c> folder that does not exist is a usage error.</summary>
    public static bool HasUsageError(IEnumerable<Issue> issues) =>
        issues.Any(i => i.Severity == Severity.Error && i.Code == HostingIssueCodes.SearchDirectoryMissing);

    /// <summary>The exit code when a sector could not be resolved: 3 if some plugin failed to load (it may serve it), else 2.</summary>
    public static int ForUnresolvedSector(PluginHost host) => host.HasLoadErrors ? ExitCodes.PluginLoadFailure : ExitCodes.InputError;
}
