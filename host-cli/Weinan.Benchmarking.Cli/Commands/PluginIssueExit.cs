using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>Maps plugin-loading issues to exit codes, and to what commands that merely use the plugins print.</summary>
internal static class PluginIssueExit
{
    /// <summary>A <c>--plugins</c> folder that does not exist is a usage error.</summary>
    public static bool HasUsageError(IEnumerable<Issue> issues) =>
        issues.Any(i => i.Severity == Severity.Error && i.Code == IssueCodes.PluginDirectoryMissing);

    /// <summary>The exit code when a sector could not be resolved: 3 if some plugin failed to load (it may serve it), else 2.</summary>
    public static int ForUnresolvedSector(PluginHost host) => host.HasLoadErrors ? ExitCodes.PluginLoadFailure : ExitCodes.InputError;

    /// <summary>
    /// The plugin issues as a command that uses the plugins prints them: a plugin that was skipped does not stop
    /// <c>assess</c>, <c>indicators</c> or <c>standards</c>, so its errors are shown as warnings. A missing
    /// <c>--plugins</c> folder stays an error (the command stops).
    /// </summary>
    public static IEnumerable<Issue> AsWarnings(IEnumerable<Issue> issues) => issues.Select(i =>
        i.Severity == Severity.Error && i.Code != IssueCodes.PluginDirectoryMissing ? i with { Severity = Severity.Warning } : i);
}
