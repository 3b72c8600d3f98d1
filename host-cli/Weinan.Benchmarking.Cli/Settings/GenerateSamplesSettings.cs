using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Batch.Generation;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Sdk.Numbers;
using PeriodForms = Weinan.Benchmarking.Sdk.Validation.Periods;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of <c>wbench samples generate</c>.</summary>
public sealed class GenerateSamplesSettings : PluginSettings
{
    /// <summary>The number of rows.</summary>
    [CommandOption("-n|--count <N>")]
    [Description("生成的行数（必填）/ Number of rows (required)")]
    public string? Count { get; init; }

    /// <summary>The seed.</summary>
    [CommandOption("--seed <SEED>")]
    [Description("随机种子，同一种子生成相同的文件（默认 1）/ Seed: the same seed writes the same file (default 1)")]
    public string? Seed { get; init; }

    /// <summary>The share of rows made unassessable.</summary>
    [CommandOption("--bad-share <SHARE>")]
    [Description("问题行的比例，0 至 1（默认 0.05）/ Share of bad rows, 0 to 1 (default 0.05)")]
    public string? BadShare { get; init; }

    /// <summary>The sectors.</summary>
    [CommandOption("-s|--sector <SECTOR>")]
    [Description("只生成这些行业，标识或名称（可重复；默认所有有插件和样例的行业）/ Sectors to generate, by id or name (repeatable; default: every sector with a plugin and samples)")]
    public string[] Sectors { get; init; } = [];

    /// <summary>The periods.</summary>
    [CommandOption("--period <PERIOD>")]
    [Description("报告期（可重复；默认 2026-H1 和 2026-H2）/ Reporting period (repeatable; default 2026-H1 and 2026-H2)")]
    public string[] Periods { get; init; } = [];

    /// <summary>The sample submissions to vary.</summary>
    [CommandOption("--samples <DIR>")]
    [Description("作为变化基础的样例提交文件夹（默认程序旁的 samples）/ Folder of sample submissions to vary (default: samples beside the executable)")]
    public string? Samples { get; init; }

    /// <summary>The file to write.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("写出的 .jsonl、.csv 或 .xlsx 文件（必填）/ The .jsonl, .csv or .xlsx file to write (required)")]
    public string? Out { get; init; }

    /// <summary>Replace a read-only file.</summary>
    [CommandOption("-f|--force")]
    [Description("覆盖只读的输出文件 / Replace a read-only output file")]
    public bool Force { get; init; }

    /// <summary>The number of rows, once validated.</summary>
    public long Rows => long.Parse(Count!, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The seed, once validated.</summary>
    public ulong SeedValue => Seed is null ? 1UL : ulong.Parse(Seed, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The share of bad rows, once validated.</summary>
    public decimal Share => BadShare is null ? 0.05m : WrittenNumber.Parse(BadShare).Value;

    /// <summary>The periods, with the default.</summary>
    public IReadOnlyList<string> PeriodList => Periods.Length == 0 ? ["2026-H1", "2026-H2"] : [.. Periods.Distinct(StringComparer.Ordinal)];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        result = Paths(("--out", Out), ("--samples", Samples));
        if (!result.Successful)
        {
            return result;
        }

        var english = Language == CliLanguage.English;
        if (!long.TryParse(Count, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return Invalid("--count", Count ?? "", english ? "a whole number from 1" : "不小于 1 的整数");
        }

        if (Seed is not null && !ulong.TryParse(Seed, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return Invalid("--seed", Seed, english ? "a whole number from 0" : "不小于 0 的整数");
        }

        if (BadShare is not null && !(WrittenNumber.TryParse(BadShare, out var share) && share.Suffix == SignSuffix.None && share.Value is >= 0m and <= 1m))
        {
            return Invalid("--bad-share", BadShare, english ? "0 … 1, e.g. 0.05" : "0 至 1，如 0.05");
        }

        if (Periods.FirstOrDefault(p => !PeriodForms.IsValid(p)) is { } period)
        {
            return Invalid("--period", period, "2026, 2026-H1, 2026-Q3, 2026-07");
        }

        return Out is null || SampleFiles.FormatOf(Out) is null
            ? Invalid("--out", Out ?? "", english ? "a .jsonl, .csv or .xlsx file" : ".jsonl、.csv 或 .xlsx 文件")
            : ValidationResult.Success();
    }
}
