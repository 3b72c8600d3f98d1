using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.Chemicals;

/// <summary>Reading the plain decimals a laboratory writes, and writing derived values, with <see cref="decimal"/> only.</summary>
internal static class WrittenValues
{
    private const NumberStyles Plain = NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Magnitudes from here on are beyond any physical value (the engine refuses them too), so arithmetic stays inside <see cref="decimal"/>.</summary>
    private const decimal Cap = 1e20m;

    /// <summary>
    /// A non-negative decimal as written (<c>"0.0012"</c>, <c>"1.5e-3"</c>); false for anything else: a missing value, a
    /// sign, a below-detection form (<c>"&lt;0.0003"</c>, <c>"ND"</c>), a GB/T 8170 sign suffix, a unit inside the text, a
    /// magnitude of 1e20 or more.
    /// </summary>
    public static bool TryRead(string? text, out decimal value) =>
        decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out value) && value < Cap;

    /// <summary>The value rounded half to even to <paramref name="decimals"/> places and written with exactly that many.</summary>
    public static string Write(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.ToEven).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Whether a unit field means the indicator's own unit: empty, or written as that unit.</summary>
    public static bool IsUnit(string? unit, string symbol) => string.IsNullOrWhiteSpace(unit) || unit.Trim() == symbol;

    /// <summary>The weaker of the inputs' evidence grades: a value computed from others is backed no better than they are.</summary>
    public static EvidenceGrade Weakest(params MeasuredResult[] inputs) => inputs.Min(r => r.Evidence);

    /// <summary>The inputs' report numbers, each once, in order.</summary>
    public static string? References(params MeasuredResult[] inputs)
    {
        var references = inputs.Select(r => r.Reference).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).ToList();
        return references.Count == 0 ? null : string.Join(" ; ", references);
    }
}
