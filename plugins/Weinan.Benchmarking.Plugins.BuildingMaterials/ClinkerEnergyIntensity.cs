using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.BuildingMaterials;

/// <summary>
/// Clinker comprehensive energy consumption per tonne (熟料单位产品综合能耗, kgce/t), the quantity GB 16780 grades:
/// the period's comprehensive energy consumption of clinker production divided by the period's clinker output.
/// </summary>
/// <remarks>
/// <para>Inputs as the plant reports them: the energy total in <c>tce</c> (the indicator's unit) or <c>kgce</c>, the
/// output in <c>t</c> (the indicator's unit) or <c>kg</c>. Any other unit, a value that is not a plain positive decimal
/// (below-detection forms, sign suffixes, text) or an output of zero gives no value: the indicator is then reported as
/// not evaluated, never guessed.</para>
/// <para>The quotient rarely terminates, so it is written to 0.01 kgce/t, rounded <em>up</em>: every GB 16780 limit is
/// an upper limit written in whole kgce/t, and rounding towards the unfavourable side never turns a value above a limit
/// into one on it. Computed in <see cref="decimal"/> only. The value carries the weaker evidence grade of its inputs and
/// both report references.</para>
/// </remarks>
public sealed class ClinkerEnergyIntensity : IDerivedIndicator
{
    /// <summary>Id of the energy total of the reporting period, in tce.</summary>
    public const string EnergyTotal = "clinker-energy-total";

    /// <summary>Id of the clinker output of the reporting period, in t.</summary>
    public const string Output = "clinker-output";

    /// <inheritdoc />
    public string IndicatorId => "clinker-energy";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs { get; } = [EnergyTotal, Output];

    /// <inheritdoc />
    public MeasuredResult? Compute(IReadOnlyDictionary<string, MeasuredResult> inputs)
    {
        if (inputs is null || !inputs.TryGetValue(EnergyTotal, out var energy) || !inputs.TryGetValue(Output, out var output) ||
            energy is null || output is null ||
            Scaled(energy, ("tce", 1000m), ("kgce", 1m)) is not { } kgce ||
            Scaled(output, ("t", 1m), ("kg", 0.001m)) is not { } tonnes || tonnes == 0m)
        {
            return null;
        }

        try
        {
            var perTonne = decimal.Ceiling(kgce / tonnes * 100m) / 100m;
            return new MeasuredResult
            {
                IndicatorId = IndicatorId,
                Value = perTonne.ToString("0.00", CultureInfo.InvariantCulture),
                Unit = "kgce/t",
                Evidence = energy.Evidence < output.Evidence ? energy.Evidence : output.Evidence,
                Reference = Join(energy.Reference, output.Reference),
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The value in the first unit of <paramref name="units"/> (an empty unit is that one), or null.</summary>
    private static decimal? Scaled(MeasuredResult result, params (string Unit, decimal Factor)[] units)
    {
        var unit = string.IsNullOrWhiteSpace(result.Unit) ? units[0].Unit : result.Unit.Trim();
        var factor = units.Where(u => string.Equals(u.Unit, unit, StringComparison.Ordinal)).Select(u => (decimal?)u.Factor).FirstOrDefault();
        if (factor is null || result.BelowDetectionLimit ||
            !decimal.TryParse(result.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < 0m)
        {
            return null;
        }

        try
        {
            return value * factor.Value;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static string? Join(string? a, string? b)
    {
        var parts = new[] { a, b }.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return parts.Count == 0 ? null : string.Join(" ; ", parts);
    }
}
