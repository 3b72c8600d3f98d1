namespace Weinan.Benchmarking.Plugins.Metallurgy;

/// <summary>强屈比 Rm°/ReL°: the measured tensile strength over the measured lower yield strength of the same test.</summary>
internal sealed class TensileYieldRatio() : DerivedIndicator("tensile-yield-ratio", ["tensile-strength", "yield-strength"], Stress, 4)
{
    /// <inheritdoc />
    protected override decimal? Calculate(IReadOnlyList<decimal> values) => values[1] > 0m ? values[0] / values[1] : null;
}
