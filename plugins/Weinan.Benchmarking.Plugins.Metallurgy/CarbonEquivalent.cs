namespace Weinan.Benchmarking.Plugins.Metallurgy;

/// <summary>碳当量 Ceq = C + Mn/6 + (Cr + V + Mo)/5 + (Cu + Ni)/15, in percent by mass (the formula of GB/T 1499.2-2018).</summary>
internal sealed class CarbonEquivalent()
    : DerivedIndicator("carbon-equivalent", ["carbon", "manganese", "chromium", "vanadium", "molybdenum", "copper", "nickel"], Percent, 4)
{
    /// <inheritdoc />
    protected override decimal? Calculate(IReadOnlyList<decimal> values) =>
        values[0] + (values[1] / 6m) + ((values[2] + values[3] + values[4]) / 5m) + ((values[5] + values[6]) / 15m);
}
