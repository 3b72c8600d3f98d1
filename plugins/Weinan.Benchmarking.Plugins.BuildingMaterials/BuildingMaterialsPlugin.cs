using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.BuildingMaterials;

/// <summary>
/// The building-materials sector plugin: its catalog (GB 175, GB 31893, EN 197-1, GB 16780) and the clinker energy
/// consumption per tonne derived from the period's energy total and clinker output.
/// </summary>
public sealed class BuildingMaterialsPlugin : EmbeddedSectorPlugin
{
    /// <inheritdoc />
    public override IReadOnlyList<IDerivedIndicator> DerivedIndicators { get; } = [new ClinkerEnergyIntensity()];
}
