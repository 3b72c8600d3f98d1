using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>What a command that assesses needs before it starts: the plugins' issues printed, and the <c>--catalog</c> files read.</summary>
internal static class CatalogAdditions
{
    /// <summary>
    /// Prints the plugin issues (a skipped plugin as a warning) and reads the data-only catalogs to merge; null, with the
    /// issues printed, when a <c>--plugins</c> folder is missing or a catalog file cannot be read.
    /// </summary>
    public static IReadOnlyList<CatalogFile>? Read(PluginHost host, IEnumerable<string> paths, CliOutput output)
    {
        output.Issues(PluginIssueExit.AsWarnings(host.Issues));
        if (PluginIssueExit.HasUsageError(host.Issues))
        {
            return null;
        }

        var additions = new List<CatalogFile>();
        foreach (var path in paths)
        {
            var (file, issues) = CatalogFile.Read(path);
            output.Issues(issues);
            if (file is null)
            {
                return null;
            }

            additions.Add(file);
        }

        return additions;
    }
}
