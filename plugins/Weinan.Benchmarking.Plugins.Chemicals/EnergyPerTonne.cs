using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.Chemicals;

/// <summary>
/// Comprehensive energy consumption per tonne of methanol (kgce/t, the unit of GB 29436-2023) from the reporting period's
/// total comprehensive energy consumption (tce) and methanol output (t): total × 1000 / output, written to 0.1 kgce/t
/// (one place finer than the whole-number limits), rounded half to even once. Computed only when the plant does not report
/// the ratio itself; null when an input is missing, not a plain number, in another unit, or the output is zero.
/// </summary>
public sealed class EnergyPerTonne : IDerivedIndicator
{
    private const string Total = "energy-total";
    private const string Output = "methanol-output";

    /// <inheritdoc />
    public string IndicatorId => "energy-consumption";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs { get; } = [Total, Output];

    /// <inheritdoc />
    public MeasuredResult? Compute(IReadOnlyDictionary<string, MeasuredResult> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (!inputs.TryGetValue(Total, out var total) || !inputs.TryGetValue(Output, out var output) ||
            !WrittenValues.TryRead(total.Value, out var tce) || !WrittenValues.IsUnit(total.Unit, "tce") ||
            !WrittenValues.TryRead(output.Value, out var amount) || TonnesPer(output.Unit) is not { } toTonnes)
        {
            return null;
        }

        // Below 1 kg of output the ratio leaves decimal's range for large totals; no plant reports such an output.
        var tonnes = amount * toTonnes;
        if (tonnes < 0.001m)
        {
            return null;
        }

        return new MeasuredResult
        {
            IndicatorId = IndicatorId,
            Value = WrittenValues.Write(tce * 1000m / tonnes, 1),
            Unit = "kgce/t",
            Evidence = WrittenValues.Weakest(total, output),
            Reference = WrittenValues.References(total, output),
        };
    }

    /// <summary>Tonnes per unit of the output: t (the indicator's unit when none is written) × 1, kg × 0.001; other units null.</summary>
    private static decimal? TonnesPer(string? unit) =>
        WrittenValues.IsUnit(unit, "t") ? 1m
        : unit!.Trim() == "kg" ? 0.001m
        : null;
}
