using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of the catalog browsing commands.</summary>
public class SectorSettings : PluginSettings
{
    /// <summary>Sector to show; all sectors when absent.</summary>
    [CommandOption("-s|--sector <SECTOR>")]
    [Description("只显示该行业（标识或名称）/ Show this sector (id or name) only")]
    public string? Sector { get; init; }

    /// <summary>Data-only catalogs merged into the sector's catalog.</summary>
    [CommandOption("--catalog <FILE>")]
    [Description("合并的数据目录文件（可重复）/ Data-only catalog file to merge (repeatable)")]
    public string[] Catalogs { get; init; } = [];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful ? Paths("--catalog", Catalogs) : result;
    }
}
