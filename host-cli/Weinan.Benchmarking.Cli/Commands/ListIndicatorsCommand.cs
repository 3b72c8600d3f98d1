using Spectre.Console.Cli;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary><c>wbench indicators [--sector S]</c>: the indicators of the loaded catalogs.</summary>
public sealed class ListIndicatorsCommand(CliEnvironment env) : Command<IndicatorsSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, IndicatorsSettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        using var host = env.LoadPlugins(settings.Plugins, settings.Sector);
        var (catalogs, exit) = SectorCatalogs.Resolve(host, settings, output);
        if (exit is { } code)
        {
            return code;
        }

        output.Table(output.T("指标", "Indicators"),
            [output.T("行业", "Sector"), output.T("标识", "Id"), output.T("名称", "Name"), output.T("单位", "Unit"), output.T("类型", "Kind"),
                output.T("方向", "Direction"), output.T("类别", "Category"), output.T("核心", "Key")],
            catalogs.SelectMany(c => c.Catalog.Indicators.Select(i => (IReadOnlyList<string>)[
                SectorCatalogs.Name(output, c), i.Id, output.T(i.Name), i.Unit, Words.Kind(output, i.Kind), Words.Direction(output, i.Direction),
                Words.Category(output, i.Category), i.Key ? output.T("是", "yes") : ""])));
        return ExitCodes.Ok;
    }
}
