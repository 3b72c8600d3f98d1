namespace Weinan.Benchmarking.Plugins.Metallurgy;

/// <summary>重量偏差: (actual − theoretical mass per metre) / theoretical mass per metre × 100, in percent.</summary>
internal sealed class MassDeviation() : DerivedIndicator("mass-deviation", ["mass-per-metre", "theoretical-mass"], KilogramPerMetre, 3)
{
    /// <inheritdoc />
    protected override decimal? Calculate(IReadOnlyList<decimal> values) =>
        values[1] > 0m ? (values[0] - values[1]) / values[1] * 100m : null;
}
