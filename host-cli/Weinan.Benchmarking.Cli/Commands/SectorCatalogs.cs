using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>The catalogs a browsing command shows: one sector's, or every plugin's, each merged with <c>--catalog</c> files.</summary>
internal static class SectorCatalogs
{
    public static (IReadOnlyList<(string Sectors, Catalog Catalog)> Catalogs, int? Exit) Resolve(PluginHost host, SectorSettings settings, CliOutput output) =>
        Resolve(host, settings.Sector is { } sector ? [sector] : [], settings.Catalogs, output);

    /// <summary>
    /// The catalogs of <paramref name="sectors"/> (ids or catalog names, each labelled with its id; each plugin's first
    /// sector when none is named, labelled with all its sectors), each merged with the data-only catalog files; issues are printed, and the exit code is set when one
    /// cannot be resolved.
    /// </summary>
    public static (IReadOnlyList<(string Sectors, Catalog Catalog)> Catalogs, int? Exit) Resolve(PluginHost host, IReadOnlyList<string> sectors,
        IReadOnlyList<string> catalogFiles, CliOutput output)
    {
        if (CatalogAdditions.Read(host, catalogFiles, output) is not { } additions)
        {
            return ([], ExitCodes.InputError);
        }

        var targets = sectors.Count > 0
            ? sectors.Select(Named(host).SectorNamed).Distinct(StringComparer.Ordinal).Select(s => (Key: s, Label: s)).ToList()
            : host.Plugins.Select(p => (Key: p.Sectors[0], Label: string.Join(", ", p.Sectors))).ToList();
        var result = new List<(string, Catalog)>();
        foreach (var (key, label) in targets)
        {
            var selection = host.Catalogs.Select(key, additions);
            output.Issues(selection.Issues);
            if (selection.Catalog is null)
            {
                return ([], Unresolved(host, selection.Issues));
            }

            result.Add((label, selection.Catalog));
        }

        return (result, null);
    }

    /// <summary>
    /// Checks the default sector of <c>batch</c> and <c>leaders</c> (<c>--sector</c>, an id or a catalog's name) before any
    /// row is read: prints the issues and gives the exit code when no plugin or added catalog serves it, else null. Without
    /// this, a mistyped default would only reject, row by row, the rows that name no sector.
    /// </summary>
    public static int? CheckDefault(PluginHost host, string? sector, IReadOnlyList<CatalogFile> additions, CliOutput output)
    {
        if (sector is null)
        {
            return null;
        }

        var selection = host.Catalogs.Select(Named(host).SectorNamed(sector), additions);
        if (selection.Catalog is not null)
        {
            return null;
        }

        output.Issues(selection.Issues);
        return Unresolved(host, selection.Issues);
    }

    /// <summary>Reads a sector named by its id or, as in a batch's cells, by its catalog's name (纺织服装).</summary>
    private static IntakeOptions Named(PluginHost host) => IntakeOptions.ForCatalogs(s => host.Catalogs.Select(s).Catalog, null, host.Catalogs.Sectors);

    /// <summary>The exit code of a sector that could not be resolved: a plugin load failure may be why it is unknown.</summary>
    private static int Unresolved(PluginHost host, IReadOnlyList<Issue> issues) =>
        issues.Any(i => i.Code == IssueCodes.UnknownSector) ? PluginIssueExit.ForUnresolvedSector(host) : ExitCodes.InputError;

    /// <summary>
    /// The sector as the list commands name it: the catalog's name in the output's language; its ids (what
    /// <c>--sector</c> takes, listed by <c>plugins list</c>) only when the catalog has no name.
    /// </summary>
    public static string Name(CliOutput output, (string Sectors, Catalog Catalog) catalog) =>
        output.T(catalog.Catalog.Name) is { Length: > 0 } name ? name : catalog.Sectors;
}
