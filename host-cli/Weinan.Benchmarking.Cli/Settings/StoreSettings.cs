using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of the commands that read the store.</summary>
public class StoreSettings : WbenchSettings
{
    /// <summary>The store.</summary>
    [CommandOption("--db <FILE>")]
    [Description("评价结果库（默认当前文件夹中的 wbench.db）/ The store (default: wbench.db in the current folder)")]
    public string? Db { get; init; }

    /// <summary>The store's path.</summary>
    public string DbPath => Db ?? Commands.StoreFiles.DefaultName;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful ? Paths(("--db", Db)) : result;
    }
}

/// <summary>Options of <c>wbench history</c>.</summary>
public sealed class HistorySettings : StoreSettings
{
    /// <summary>The enterprise's unified social credit code.</summary>
    [CommandArgument(0, "<CREDIT_CODE>")]
    [Description("企业的统一社会信用代码 / The enterprise's unified social credit code")]
    public string CreditCode { get; init; } = "";
}

/// <summary>Options of <c>wbench compare</c>.</summary>
public sealed class CompareSettings : StoreSettings
{
    /// <summary>The two periods.</summary>
    [CommandOption("--period <PERIOD>")]
    [Description("报告期，给两次：先早后晚，如 --period 2025 --period 2026；不给则比较库中最近的两个报告期 / Reporting period, given twice: the earlier, then the later; without it, the store's two latest periods")]
    public string[] Periods { get; init; } = [];

    /// <summary>The grouping.</summary>
    [CommandOption("--by <GROUP>")]
    [Description("分组：sector（行业，默认）、county（县区）或 cluster（产业集群）/ Grouping: sector (default), county or cluster")]
    public string? By { get; init; }

    /// <summary>The grouping asked for.</summary>
    public Store.ComparisonGrouping Grouping => By?.ToLowerInvariant() switch
    {
        "county" => Store.ComparisonGrouping.County,
        "cluster" => Store.ComparisonGrouping.Cluster,
        _ => Store.ComparisonGrouping.Sector,
    };

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        var english = Language == Output.CliLanguage.English;
        // None: the store's two latest periods, found when the store is open.
        if (Periods.Length is 1 or > 2 || (Periods.Length == 2 && Periods[0] == Periods[1]))
        {
            return Invalid("--period", string.Join(", ", Periods), english
                ? "two different periods, e.g. --period 2025 --period 2026, or none for the store's two latest"
                : "两个不同的报告期，如 --period 2025 --period 2026；不给则比较库中最近的两个报告期");
        }

        if (Periods.FirstOrDefault(p => !Sdk.Validation.Periods.IsValid(p)) is { } bad)
        {
            return Invalid("--period", bad, "2026, 2026-H1, 2026-Q3, 2026-07");
        }

        return By is not null && By.ToLowerInvariant() is not ("sector" or "county" or "cluster")
            ? Invalid("--by", By, "sector, county, cluster")
            : ValidationResult.Success();
    }
}
