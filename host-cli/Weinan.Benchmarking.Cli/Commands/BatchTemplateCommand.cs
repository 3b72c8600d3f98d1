using System.Globalization;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch.Intake;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// <c>wbench batch template --sector S --out FILE.xlsx</c>: the intake workbook a bureau hands to enterprises, with a
/// column per field and per indicator of the sectors' catalogs, an explanation sheet and drop-down lists (see
/// <c>docs/batch.md</c>, "The intake template").
/// </summary>
public sealed class BatchTemplateCommand(CliEnvironment env) : Command<BatchTemplateSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, BatchTemplateSettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        using var host = env.LoadPlugins(settings.Plugins);
        var sectors = settings.Sectors.Distinct(StringComparer.Ordinal).ToList();
        var (catalogs, exit) = SectorCatalogs.Resolve(host, sectors, settings.Catalogs, output);
        if (exit is { } code)
        {
            return code;
        }

        var columns = IntakeColumns.For([.. catalogs.Select(c => (c.Sectors, c.Catalog))], settings.Language);
        var failure = OutputFile.Write(settings.Out!, stream => IntakeWorkbook.Write(stream, columns, settings.Language), settings.Force);
        if (failure is not null)
        {
            output.Issues([failure]);
            return ExitCodes.OutputError;
        }

        var names = string.Join("、", catalogs.Select(c => c.Catalog.Name.Zh));
        var namesEn = string.Join(", ", catalogs.Select(c => c.Catalog.Name.En));
        output.Line(new LocalizedText(
            string.Create(CultureInfo.InvariantCulture, $"已写出填报模板 {settings.Out}：{columns.Count} 列（{names}）；第二张表逐列说明填写方法。"),
            string.Create(CultureInfo.InvariantCulture, $"Wrote the intake template {settings.Out}: {columns.Count} columns ({namesEn}); the second sheet explains every column.")));
        return ExitCodes.Ok;
    }
}
