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

    /// <summary>The store.</summary>
    [CommandOption("--db <FILE>")]
    [Description("评价结果库（SQLite，不存在时创建；默认输出文件夹中的 wbench.db）/ Store of results (SQLite, created if missing; default: wbench.db in the output folder)")]
    public string? Db { get; init; }

    /// <summary>Whether to skip the store.</summary>
    [CommandOption("--no-store")]
    [Description("不写入评价结果库 / Do not write the store")]
    public bool NoStore { get; init; }

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

        result = Paths([("--out", Out), ("--db", Db)]);
        if (!result.Successful)
        {
            return result;
        }

        if (Out is null)
        {
            return Invalid("--out", "", Language == Output.CliLanguage.English ? "an output folder" : "输出文件夹");
        }

        if (NoStore && Db is not null)
        {
            return Invalid("--db", Db, Language == Output.CliLanguage.English ? "no store file with --no-store" : "使用 --no-store 时不能指定库文件");
        }

        return Parallel is not null && Parallelism is not (>= 1 and <= 256)
            ? Invalid("--parallel", Parallel, "1 … 256")
            : ValidationResult.Success();
    }
}
