using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of <c>wbench standards</c>.</summary>
public sealed class StandardsSettings : SectorSettings
{
    /// <summary>Date the status is given for; today when absent.</summary>
    [CommandOption("--date <yyyy-MM-dd>")]
    [Description("状态所依据的日期（默认今天）/ Date the status is for (default today)")]
    public string? Date { get; init; }

    /// <summary>Also show where each edition's facts were read and what its note says.</summary>
    [CommandOption("--details")]
    [Description("同时列出各版本的实施与废止日期、来源和说明 / Also show each edition's dates, sources and note")]
    public bool Details { get; init; }

    /// <summary>The parsed date, or null.</summary>
    public DateOnly? ParsedDate => DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful && Date is not null && ParsedDate is null ? Invalid("--date", Date, "yyyy-MM-dd") : result;
    }
}
