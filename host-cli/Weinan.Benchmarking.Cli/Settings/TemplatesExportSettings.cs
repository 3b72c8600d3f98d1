using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of <c>wbench templates export</c>.</summary>
public sealed class TemplatesExportSettings : WbenchSettings
{
    /// <summary>Folder to copy the default templates into.</summary>
    [CommandArgument(0, "<DIR>")]
    [Description("导出到的文件夹 / Folder to export into")]
    public string Directory { get; init; } = "";

    /// <summary>Overwrite existing files.</summary>
    [CommandOption("-f|--force")]
    [Description("覆盖已有文件 / Overwrite existing files")]
    public bool Force { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful ? Paths(("DIR", Directory)) : result;
    }
}
