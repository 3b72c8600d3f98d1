using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Output of <c>wbench leaders</c>.</summary>
public enum LeadersFormat
{
    /// <summary>The formula and a table per variety on the console.</summary>
    Table,
    /// <summary>JSON (format wbench-leaders/1.0).</summary>
    Json,
    /// <summary>CSV, one line per ranked standard.</summary>
    Csv,
}

/// <summary>Options of <c>wbench leaders</c>.</summary>
public sealed class LeadersSettings : InputSettings
{
    /// <summary>The product category ranked.</summary>
    [CommandOption("--category <C>")]
    [Description("排名的产品品类（必填，如 apparel）/ Product category to rank (required, e.g. apparel)")]
    public string? Category { get; init; }

    /// <summary>The reporting period.</summary>
    [CommandOption("--period <P>")]
    [Description("报告期（如 2026；一年含其半年、季度和月份；默认全部）/ Reporting period (e.g. 2026; a year takes in its halves, quarters and months; default all)")]
    public string? Period { get; init; }

    /// <summary>How many ranks to show.</summary>
    [CommandOption("--top <N>")]
    [Description("只列出前 N 名（并列者一并列出）/ Show ranks 1 to N only (ties included)")]
    public string? Top { get; init; }

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table（默认）、json 或 csv / table (default), json or csv")]
    public string? Format { get; init; }

    /// <summary>Output file.</summary>
    [CommandOption("-o|--out <PATH>")]
    [Description("输出文件（原子写入；.json 为 JSON，否则为 CSV）/ Output file (written atomically; JSON for .json, else CSV)")]
    public string? Out { get; init; }

    /// <summary>The number of ranks to show, when given.</summary>
    public int? TopRanks => int.TryParse(Top, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The output format: <c>--format</c>; else with <c>--out</c> JSON for a <c>.json</c> file and CSV otherwise; else a table.</summary>
    public LeadersFormat ResolvedFormat => ParseFormat(Format) ?? (Out is null ? LeadersFormat.Table
        : Path.GetExtension(Out).Equals(".json", StringComparison.OrdinalIgnoreCase) ? LeadersFormat.Json : LeadersFormat.Csv);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        result = result.Successful ? Paths([("--out", Out)]) : result;
        if (!result.Successful)
        {
            return result;
        }

        if (string.IsNullOrWhiteSpace(Category))
        {
            return Invalid("--category", Category ?? "", Language == Output.CliLanguage.English ? "a product category" : "产品品类");
        }

        if (Top is not null && TopRanks is not (>= 1))
        {
            return Invalid("--top", Top, "1, 2, 3 …");
        }

        if (Format is not null && ParseFormat(Format) is null)
        {
            return Invalid("--format", Format, "table, json, csv");
        }

        // The table is for the console; a file takes the JSON or the CSV.
        return Out is not null && ResolvedFormat == LeadersFormat.Table ? Invalid("--format", Format, "json, csv") : ValidationResult.Success();
    }

    private static LeadersFormat? ParseFormat(string? value) => value?.ToLowerInvariant() switch
    {
        "table" => LeadersFormat.Table,
        "json" => LeadersFormat.Json,
        "csv" => LeadersFormat.Csv,
        _ => null,
    };
}
