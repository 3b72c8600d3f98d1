using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of <c>wbench plugins check</c>.</summary>
public sealed class PluginsCheckSettings : PluginSettings
{
    /// <summary>A built plugin folder, a plugin's source project folder, a plugin assembly, a catalog JSON file or a loaded plugin's id.</summary>
    [CommandArgument(0, "<TARGET>")]
    [Description("插件文件夹、插件源代码项目文件夹、插件 dll、目录 .json 文件或已加载插件的标识 / A plugin folder, a plugin's source project folder, a plugin dll, a catalog .json file or a loaded plugin's id")]
    public string Path { get; init; } = "";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful ? Paths(("TARGET", Path)) : result;
    }
}
