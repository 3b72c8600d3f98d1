using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.Chemicals;

/// <summary>
/// The petroleum and coal chemicals sector plugin: industrial methanol (GB/T 338-2011 grades, GB 338-2004 figures, the IMPCA
/// reference specifications, O-M-232 grade AA) and the energy consumption per tonne of methanol (GB 29436-2023), with two
/// derived indicators: acidity restated as acetic acid, and energy per tonne from the period's totals.
/// </summary>
public sealed class ChemicalsPlugin : EmbeddedSectorPlugin
{
    /// <inheritdoc />
    public override IReadOnlyList<IDerivedIndicator> DerivedIndicators { get; } = [new AcidityAsAceticAcid(), new EnergyPerTonne()];
}
