using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.FoodProcessing;

/// <summary>
/// The food processing sector plugin: its catalog (GB 2760, GB 2761, GB 2762, GB 19644, GB 28050, QB/T 1687, Codex and EU
/// limits for concentrated apple juice, apple juice and whole milk powder) and the protein content in milk solids-not-fat,
/// which GB 19644 and Codex CXS 207 limit but laboratories do not report.
/// </summary>
public sealed class FoodProcessingPlugin : EmbeddedSectorPlugin
{
    /// <inheritdoc />
    public override IReadOnlyList<IDerivedIndicator> DerivedIndicators { get; } = [new ProteinInMilkSolidsNotFat()];
}
