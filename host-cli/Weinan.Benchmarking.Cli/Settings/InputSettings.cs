using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of the commands that read batch inputs: the inputs, and the sector of spreadsheet rows that name none.</summary>
public class InputSettings : JudgementSettings
{
    /// <summary>The inputs.</summary>
    [CommandArgument(0, "<INPUT>")]
    [Description(".xlsx、.csv、.jsonl、.json 文件或提交 JSON 文件夹（可多个）/ .xlsx, .csv, .jsonl or .json files, or folders of submission JSON files (one or more)")]
    public string[] Inputs { get; init; } = [];

    /// <summary>Default sector of tabular rows.</summary>
    [CommandOption("--sector <SECTOR>")]
    [Description("表格中未填写行业的行所用的行业（标识或名称）/ Sector (id or name) of spreadsheet rows that name none")]
    public string? Sector { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful ? Paths("INPUT", Inputs) : result;
    }
}
