using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of commands that load plugins.</summary>
public class PluginSettings : WbenchSettings
{
    /// <summary>Extra plugin folders, searched after <c>plugins/</c> beside the executable and before <c>WBENCH_PLUGINS</c>.</summary>
    [CommandOption("--plugins <DIR>")]
    [Description("额外的插件文件夹（可重复）/ Extra plugin folder (repeatable); also WBENCH_PLUGINS")]
    public string[] Plugins { get; init; } = [];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful ? Paths("--plugins", Plugins) : result;
    }
}
