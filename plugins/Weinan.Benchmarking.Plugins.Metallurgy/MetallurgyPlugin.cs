using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.Metallurgy;

/// <summary>
/// The metallurgy and steel sector plugin: its catalog (hot-rolled ribbed bars against GB 1499.2, ASTM A615/A706 and
/// BS 4449) and the indicators computed from a bar's raw results.
/// </summary>
public sealed class MetallurgyPlugin : EmbeddedSectorPlugin
{
    /// <inheritdoc />
    /// <remarks>
    /// Rm°/ReL° from the tensile test; ReL°/ReL once per characteristic yield strength (400 and 500 MPa), each class exempt
    /// from the one that is not its own; Ceq from the chemical composition; the mass deviation from the actual and the
    /// theoretical mass per metre.
    /// </remarks>
    public override IReadOnlyList<IDerivedIndicator> DerivedIndicators { get; } =
    [
        new TensileYieldRatio(),
        new YieldOverstrength("overstrength-400", 400m),
        new YieldOverstrength("overstrength-500", 500m),
        new CarbonEquivalent(),
        new MassDeviation(),
    ];
}
