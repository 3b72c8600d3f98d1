using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of <c>wbench batch</c>.</summary>
public sealed class BatchSettings : InputSettings
{
    /// <summary>The output folder.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("输出文件夹（必填；不存在时创建）/ Output folder (required; created if missing)")]
    public string? Out { get; init; }

    /// <summary>Read the inputs without assessing.</summary>
    [CommandOption("--read-only")]
    [Description("只读取并检查各行，不评价（报告无法读取的行）/ Read and check every row without assessing it (reports rows that cannot be read)")]
    public bool ReadOnly { get; init; }

    /// <summary>Rows assessed at once.</summary>
    [CommandOption("--parallel <N>")]
    [Description("并行评价的行数（默认处理器数）/ Rows assessed at once (default: the number of processors)")]
    public string? Parallel { get; init; }

    /// <summary>Whether to write a report per assessed row.</summary>
    [CommandOption("--reports")]
    [Description("为每个已评价的行在 DIR/reports/ 中写一份 HTML 报告 / Write an HTML report per assessed row into DIR/reports/")]
    public bool Reports { get; init; }

    /// <summary>The degree of parallelism, when given.</summary>
    public int? Parallelism => int.TryParse(Parallel, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        result = Paths([("--out", Out)]);
        if (!result.Successful)
        {
            return result;
        }

        if (Out is null)
        {
            return Invalid("--out", "", Language == Output.CliLanguage.English ? "an output folder" : "输出文件夹");
        }

        return Parallel is not null && Parallelism is not (>= 1 and <= 256)
            ? Invalid("--parallel", Parallel, "1 … 256")
            : ValidationResult.Success();
    }
}
