using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.FoodProcessing;

/// <summary>
/// Protein as a percentage of milk solids-not-fat (非脂乳固体), the basis of GB 19644-2010 ("非脂乳固体的34%") and Codex
/// CXS 207-1999 ("milk protein in milk solids-not-fat ≥ 34 % m/m"): protein ÷ (100 − fat − moisture) × 100, all three in
/// g/100 g of the powder.
/// </summary>
/// <remarks>
/// Computed in <see cref="decimal"/> from the values as written and written to two decimals (round half to even), one
/// digit finer than any limit it is judged against. Returns null, never throws, when an input is missing, not a plain
/// decimal (below detection, sign suffix, exponent), in another unit, or when fat and moisture leave no solids-not-fat.
/// The value carries the weakest evidence of its inputs and their report numbers; no uncertainty is propagated.
/// </remarks>
public sealed class ProteinInMilkSolidsNotFat : IDerivedIndicator
{
    private static readonly string[] Units = ["", "g/100g", "%"];

    /// <inheritdoc />
    public string IndicatorId => "protein-in-msnf";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs { get; } = ["protein", "fat", "moisture"];

    /// <inheritdoc />
    public MeasuredResult? Compute(IReadOnlyDictionary<string, MeasuredResult> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (Read(inputs, "protein") is not { } protein || Read(inputs, "fat") is not { } fat || Read(inputs, "moisture") is not { } moisture)
        {
            return null;
        }

        var solidsNotFat = 100m - fat - moisture;
        if (solidsNotFat <= 0m)
        {
            return null;
        }

        var share = decimal.Round(protein / solidsNotFat * 100m, 2, MidpointRounding.ToEven);
        var used = Inputs.Select(i => inputs[i]).ToList();
        return new MeasuredResult
        {
            IndicatorId = IndicatorId,
            Value = share.ToString("0.00", CultureInfo.InvariantCulture),
            Unit = "%",
            Evidence = used.Min(r => r.Evidence),
            Reference = string.Join(" / ", used.Select(r => r.Reference).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal)) is { Length: > 0 } refs ? refs : null,
        };
    }

    private static decimal? Read(IReadOnlyDictionary<string, MeasuredResult> inputs, string id)
    {
        if (!inputs.TryGetValue(id, out var result) || result is null || result.BelowDetectionLimit ||
            !Units.Contains((result.Unit ?? "").Replace(" ", "", StringComparison.Ordinal), StringComparer.Ordinal))
        {
            return null;
        }

        return decimal.TryParse(result.Value?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
