namespace Weinan.Benchmarking.Plugins.Metallurgy;

/// <summary>
/// 超屈比 ReL°/ReL: the measured lower yield strength over the grade's characteristic yield strength. The derived
/// indicator sees raw results only, not the product class, so there is one per characteristic value (400 and 500 MPa)
/// and each product class is exempt from the one that is not its own.
/// </summary>
internal sealed class YieldOverstrength(string indicatorId, decimal characteristic)
    : DerivedIndicator(indicatorId, ["yield-strength"], Stress, 4)
{
    /// <inheritdoc />
    protected override decimal? Calculate(IReadOnlyList<decimal> values) => values[0] / characteristic;
}
