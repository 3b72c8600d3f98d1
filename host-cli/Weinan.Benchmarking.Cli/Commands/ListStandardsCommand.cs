using System.Globalization;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;
using Weinan.Benchmarking.Sdk.Catalogs;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// <c>wbench standards [--sector S] [--details]</c>: the standard editions of the loaded catalogs and their status; with
/// <c>--details</c>, also each edition's dates, sources and note.
/// </summary>
public sealed class ListStandardsCommand(CliEnvironment env) : Command<StandardsSettings>
{
    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <inheritdoc />
    public override int Execute(CommandContext context, StandardsSettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        using var host = env.LoadPlugins(settings.Plugins, settings.Sector);
        var (catalogs, exit) = SectorCatalogs.Resolve(host, settings, output);
        if (exit is { } code)
        {
            return code;
        }

        var date = settings.ParsedDate ?? env.Today;
        output.Table(output.T($"标准（状态截至 {date:yyyy-MM-dd}）", $"Standards (status on {date:yyyy-MM-dd})"),
            [output.T("行业", "Sector"), output.T("代号", "Code"), output.T("名称", "Title"), output.T("版本年", "Edition"), output.T("层级", "Tier"),
                output.T("效力", "Force"), output.T("状态", "Status"), output.T("被代替", "Superseded by")],
            catalogs.SelectMany(c => c.Catalog.Standards.Select(s => (IReadOnlyList<string>)[
                SectorCatalogs.Name(output, c), s.Code, output.T(s.Title), s.EditionYear?.ToString(CultureInfo.InvariantCulture) ?? "",
                Words.Tier(output, s.Tier), Words.Force(output, s.Force), Words.Status(output, StandardEditions.StatusOn(s, date)),
                s.SupersededBy ?? ""])));
        if (settings.Details)
        {
            // Sources are URLs or document identifiers, shown as written; the note explains them in the output's language.
            output.Table(output.T("标准的来源与说明", "Sources and notes of the standards"),
                [output.T("代号", "Code"), output.T("实施日期", "In force from"), output.T("废止日期", "Withdrawn"), output.T("来源", "Sources"), output.T("说明", "Note")],
                catalogs.SelectMany(c => c.Catalog.Standards.Select(s => (IReadOnlyList<string>)[
                    s.Code, Day(s.Effective), Day(s.Withdrawn), s.Source ?? "", s.Note is { } note ? output.T(note) : ""])));
        }

        return ExitCodes.Ok;
    }
}
