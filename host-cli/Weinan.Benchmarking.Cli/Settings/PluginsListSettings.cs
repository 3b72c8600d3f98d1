namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of <c>wbench plugins list</c>.</summary>
public sealed class PluginsListSettings : PluginSettings;
