namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of <c>wbench indicators</c>.</summary>
public sealed class IndicatorsSettings : SectorSettings;
