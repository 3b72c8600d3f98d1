using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Cli.Output;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of <c>wbench batch template</c>.</summary>
public sealed class BatchTemplateSettings : PluginSettings
{
    /// <summary>The sectors the workbook has columns for.</summary>
    [CommandOption("-s|--sector <SECTOR>")]
    [Description("模板包含的行业，标识或名称（必填，可重复）/ Sector the workbook has columns for, by id or name (required; repeatable)")]
    public string[] Sectors { get; init; } = [];

    /// <summary>The workbook to write.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("写出的 .xlsx 文件（必填）/ The .xlsx file to write (required)")]
    public string? Out { get; init; }

    /// <summary>Data-only catalogs merged into the sectors' catalogs.</summary>
    [CommandOption("--catalog <FILE>")]
    [Description("合并的数据目录文件（可重复）/ Data-only catalog file to merge (repeatable)")]
    public string[] Catalogs { get; init; } = [];

    /// <summary>Replace a read-only file.</summary>
    [CommandOption("-f|--force")]
    [Description("覆盖只读的输出文件 / Replace a read-only output file")]
    public bool Force { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        result = Paths(("--out", Out)) is { Successful: false } invalid ? invalid : Paths("--catalog", Catalogs);
        if (!result.Successful)
        {
            return result;
        }

        var english = Language == CliLanguage.English;
        if (Sectors.Length == 0)
        {
            return Invalid("--sector", "", english ? "a sector, by id or name, e.g. textiles" : "行业标识或名称，如 textiles 或 纺织服装");
        }

        return Out is null || !Out.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? Invalid("--out", Out ?? "", english ? "a .xlsx file" : ".xlsx 文件")
            : ValidationResult.Success();
    }
}
