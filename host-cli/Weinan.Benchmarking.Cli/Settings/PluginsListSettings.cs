using System.ComponentModel;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of <c>wbench plugins list</c>.</summary>
public sealed class PluginsListSettings : PluginSettings
{
    /// <summary>Also show the confidence mix of each plugin's requirements, in all and by standard.</summary>
    [CommandOption("--details")]
    [Description("同时列出各插件要求的可信度构成（合计及按标准）/ Also show the confidence mix of each plugin's requirements, in all and by standard")]
    public bool Details { get; init; }
}
