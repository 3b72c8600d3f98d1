using System.Globalization;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;

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
                    output.T("行业", "Sectors"), output.T("标准/指标/要求", "Standards/indicators/requirements"), output.T("文件夹", "Folder")],
                host.Plugins.Select(p => (IReadOnlyList<string>)[
                    p.Descriptor.Id, output.T(p.Descriptor.Name), p.Descriptor.Version, p.Descriptor.ContractVersion,
                    string.Join(", ", p.Sectors),
                    string.Create(CultureInfo.InvariantCulture, $"{p.Catalog.Standards.Count}/{p.Catalog.Indicators.Count}/{p.Catalog.Requirements.Count}"),
                    Path.GetFileName(p.Directory)]));
        }

        output.Issues(host.Issues);
        if (PluginIssueExit.HasUsageError(host.Issues))
        {
            return ExitCodes.InputError;
        }

        return host.HasLoadErrors ? ExitCodes.PluginLoadFailure : ExitCodes.Ok;
    }
}
