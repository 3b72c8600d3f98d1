using System.Globalization;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary><c>wbench plugins list</c>: the plugins loaded, and the issues of those that were skipped.</summary>
public sealed class ListPluginsCommand(CliEnvironment env) : Command<PluginsListSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, PluginsListSettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        using var host = env.LoadPlugins(settings.Plugins);
        if (host.Plugins.Count == 0)
        {
            output.Line(new LocalizedText("未加载任何插件。搜索的文件夹：", "No plugins loaded. Folders searched:"));
            foreach (var directory in host.Searched)
            {
                output.Line($"  {directory.Path}");
            }
        }
        else
        {
            output.Table(output.T("插件", "Plugins"),
                [output.T("标识", "Id"), output.T("名称", "Name"), output.T("版本", "Version"), output.T("契约", "Contract"),
                    output.T("行业标识", "Sector ids"), output.T("标准/指标/要求", "Standards/indicators/requirements"), output.T("文件夹", "Folder")],
                host.Plugins.Select(p => (IReadOnlyList<string>)[
                    p.Descriptor.Id, output.T(p.Descriptor.Name), p.Descriptor.Version, p.Descriptor.ContractVersion,
                    string.Join(", ", p.Sectors),
                    string.Create(CultureInfo.InvariantCulture, $"{p.Catalog.Standards.Count}/{p.Catalog.Indicators.Count}/{p.Catalog.Requirements.Count}"),
                    Path.GetFileName(p.Directory)]));
            if (settings.Details)
            {
                ConfidenceMix(output, host.Plugins);
            }
        }

        output.Issues(host.Issues);
        if (PluginIssueExit.HasUsageError(host.Issues))
        {
            return ExitCodes.InputError;
        }

        return host.HasLoadErrors ? ExitCodes.PluginLoadFailure : ExitCodes.Ok;
    }

    /// <summary>
    /// How well each plugin's limits are backed: its requirements by confidence, in all and then for each standard that
    /// has requirements, in catalog order.
    /// </summary>
    private static void ConfidenceMix(CliOutput output, IReadOnlyList<LoadedPlugin> plugins)
    {
        var levels = Enum.GetValues<Confidence>();
        output.Table(output.T("要求的可信度构成", "Confidence of the requirements"),
            [output.T("插件", "Plugin"), output.T("标准", "Standard"), .. levels.Select(c => Heading(output.T(Vocabulary.Confidence(c)))), output.T("合计", "Total")],
            plugins.SelectMany(p => Rows(output, p, levels)));
    }

    /// <summary>A vocabulary word as a column heading: English words start with a capital, Chinese ones stay as they are.</summary>
    private static string Heading(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static IEnumerable<IReadOnlyList<string>> Rows(CliOutput output, LoadedPlugin plugin, Confidence[] levels)
    {
        var name = output.T(plugin.Descriptor.Name);
        IReadOnlyList<string> Row(string standard, IReadOnlyList<Requirement> requirements) =>
        [
            name, standard,
            .. levels.Select(c => requirements.Count(r => r.Provenance.Confidence == c).ToString(CultureInfo.InvariantCulture)),
            requirements.Count.ToString(CultureInfo.InvariantCulture),
        ];

        yield return Row(output.T("（全部标准）", "(all standards)"), plugin.Catalog.Requirements);
        foreach (var standard in plugin.Catalog.Standards)
        {
            var cited = plugin.Catalog.Requirements.Where(r => r.StandardCode == standard.Code).ToList();
            if (cited.Count > 0)
            {
                yield return Row(standard.Code, cited);
            }
        }
    }
}
