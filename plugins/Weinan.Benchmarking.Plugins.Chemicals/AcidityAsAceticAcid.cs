using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.Chemicals;

/// <summary>
/// Acidity restated as acetic acid (mg/kg as CH₃COOH) from an acidity result as GB 338 writes it (% as HCOOH): equal amounts
/// of acid, so mg/kg as CH₃COOH = % as HCOOH × 10 000 × 60.05/46.03 (the catalog's conversion, from the two molar masses).
/// A value already written as acetic acid, or in mg/kg or ppm, is restated with the matching factor. The test method,
/// report number and evidence stay those of the measured acidity: it is the same measurement on another basis.
/// </summary>
/// <remarks>
/// The restated value keeps one decimal place more than the measured one resolves in mg/kg (0.0012 % resolves 1 mg/kg,
/// so 15.7 mg/kg), rounded half to even once; its uncertainty is restated the same way.
/// </remarks>
public sealed class AcidityAsAceticAcid : IDerivedIndicator
{
    /// <summary>Molar mass of acetic acid, g/mol (the catalog's conversion numerator).</summary>
    public const decimal AceticAcid = 60.05m;

    /// <summary>Molar mass of formic acid, g/mol (the catalog's conversion denominator).</summary>
    public const decimal FormicAcid = 46.03m;

    private const string Acidity = "acidity";

    /// <inheritdoc />
    public string IndicatorId => "acidity-acetic";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs { get; } = [Acidity];

    /// <inheritdoc />
    public MeasuredResult? Compute(IReadOnlyDictionary<string, MeasuredResult> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (!inputs.TryGetValue(Acidity, out var acidity) || !WrittenValues.TryRead(acidity.Value, out var value) ||
            UnitFactor(acidity.Unit) is not { } toMgPerKg || BasisFactor(acidity.Basis) is not { } toAcetic)
        {
            return null;
        }

        // Places the measured value resolves in mg/kg: % carries four more than mg/kg.
        var resolved = Math.Max(0, value.Scale - (toMgPerKg == 1m ? 0 : 4));
        var decimals = Math.Min(resolved + 1, 6);
        string? uncertainty = null;
        if (acidity.Uncertainty is not null)
        {
            if (!WrittenValues.TryRead(acidity.Uncertainty, out var u))
            {
                return null;
            }

            uncertainty = WrittenValues.Write(u * toMgPerKg * toAcetic, decimals);
        }

        return new MeasuredResult
        {
            IndicatorId = IndicatorId,
            Value = WrittenValues.Write(value * toMgPerKg * toAcetic, decimals),
            Unit = "mg/kg",
            Basis = "CH3COOH",
            Uncertainty = uncertainty,
            CoverageFactor = uncertainty is null ? null : acidity.CoverageFactor,
            Evidence = acidity.Evidence,
            Reference = acidity.Reference,
            TestMethod = acidity.TestMethod,
        };
    }

    /// <summary>Factor to mg/kg: % (the indicator's unit when none is written) × 10 000; mg/kg and ppm × 1; other units null.</summary>
    private static decimal? UnitFactor(string? unit) =>
        WrittenValues.IsUnit(unit, "%") ? 10000m
        : unit!.Trim() is "mg/kg" or "ppm" ? 1m
        : null;

    /// <summary>Factor to acetic acid: HCOOH (the indicator's basis when none is written) × 60.05/46.03; CH3COOH × 1; other bases null.</summary>
    private static decimal? BasisFactor(string? basis) =>
        string.IsNullOrWhiteSpace(basis) || basis.Trim() == "HCOOH" ? AceticAcid / FormicAcid
        : basis.Trim() == "CH3COOH" ? 1m
        : null;
}
