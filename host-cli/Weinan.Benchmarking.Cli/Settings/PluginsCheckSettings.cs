using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of <c>wbench plugins check</c>.</summary>
public sealed class PluginsCheckSettings : WbenchSettings
{
    /// <summary>A plugin folder, a plugin assembly or a catalog JSON file.</summary>
    [CommandArgument(0, "<PATH>")]
    [Description("插件文件夹、插件 dll 或目录 .json 文件 / A plugin folder, a plugin dll or a catalog .json file")]
    public string Path { get; init; } = "";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful ? Paths(("PATH", Path)) : result;
    }
}
