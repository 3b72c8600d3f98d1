using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Numbers;

/// <summary>
/// Converts between units and reporting bases: units of one dimension in the built-in table (<see cref="Units"/>: mass
/// fractions, concentrations, stress, length, time …) plus the catalog's own conversions (e.g. acidity as HCOOH → as
/// CH3COOH). Exact decimal factors; a conversion is found in one or two steps (unit, then basis). Unit symbols are
/// case-sensitive: <c>mPa</c> is not <c>MPa</c>.
/// </summary>
public sealed class UnitConverter
{
    private readonly IReadOnlyList<Conversion> _conversions;

    /// <summary>A converter with the built-in units and the given catalog conversions (null entries are ignored).</summary>
    public UnitConverter(IReadOnlyList<Conversion>? conversions = null) =>
        _conversions = conversions is null ? [] : conversions.Where(c => c is not null).ToList();

    /// <summary>The built-in units only.</summary>
    public static UnitConverter BuiltIn { get; } = new();

    /// <summary>Whether two unit spellings mean the same unit (blanks, µ/μ and the aliases of <see cref="Units"/> ignored; case kept).</summary>
    public static bool SameUnit(string? a, string? b) => Units.Same(a, b);

    /// <summary>
    /// Finds the factor with <c>to = from × factor</c>. Returns false when no conversion is defined, or when the factors
    /// chained (unit, basis, unit) multiply beyond the range of <see cref="decimal"/>.
    /// <paramref name="description"/> says what was applied (empty when nothing was needed).
    /// </summary>
    public bool TryGetFactor(string? fromUnit, string? fromBasis, string? toUnit, string? toBasis, string? indicatorId,
        out decimal factor, out string description)
    {
        // The same unit and no basis: nothing to convert (most judgements), found without a lookup.
        if (fromBasis is null && toBasis is null && string.Equals(fromUnit, toUnit, StringComparison.Ordinal))
        {
            (factor, description) = (1m, "");
            return true;
        }

        var key = new FactorKey(fromUnit, fromBasis, toUnit, toBasis, indicatorId);
        if (_found.TryGetValue(key, out var known))
        {
            (factor, description) = (known.Factor, known.Description);
            Assessment.AppliedData.Add(known.Applied);
            return known.Found;
        }

        var applied = new List<Conversion>();
        var found = Find(fromUnit, fromBasis, toUnit, toBasis, indicatorId, out factor, out description, applied);
        var conversions = found ? applied.ToArray() : [];
        Assessment.AppliedData.Add(conversions);

        // Units and bases come from submissions too: the memory stays bounded whatever they hold.
        if (_found.Count < MaxRemembered)
        {
            _found.TryAdd(key, new KnownFactor(found, factor, description, conversions));
        }

        return found;
    }

    private const int MaxRemembered = 4096;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<FactorKey, KnownFactor> _found = new();

    // Classes, not tuples: keeps start-up free of JIT work (docs/performance.md, Cold start).
    private sealed record FactorKey(string? FromUnit, string? FromBasis, string? ToUnit, string? ToBasis, string? IndicatorId);

    private sealed class KnownFactor(bool found, decimal factor, string description, Conversion[] applied)
    {
        public Conversion[] Applied { get; } = applied;

        public bool Found { get; } = found;

        public decimal Factor { get; } = factor;

        public string Description { get; } = description;
    }

    private bool Find(string? fromUnit, string? fromBasis, string? toUnit, string? toBasis, string? indicatorId,
        out decimal factor, out string description, List<Conversion> applied)
    {
        factor = 1m;
        description = "";
        var steps = new List<string>();

        if (!SameBasis(fromBasis, toBasis))
        {
            var basis = _conversions.FirstOrDefault(c =>
                (c.IndicatorId is null || c.IndicatorId == indicatorId) &&
                SameBasis(c.FromBasis, fromBasis) && SameBasis(c.ToBasis, toBasis));
            var inverse = basis is null
                ? _conversions.FirstOrDefault(c =>
                    (c.IndicatorId is null || c.IndicatorId == indicatorId) &&
                    SameBasis(c.FromBasis, toBasis) && SameBasis(c.ToBasis, fromBasis))
                : null;
            if (basis is null && inverse is null)
            {
                return false;
            }

            var used = basis ?? inverse!;
            if (!TryParseFactor(used.Factor, out var f))
            {
                return false;
            }

            applied.Add(used);

            // Oriented from → to: bring the value into the conversion's own unit, change basis, carry on from its target unit.
            var (entryUnit, exitUnit) = basis is null ? (used.ToUnit, used.FromUnit) : (used.FromUnit, used.ToUnit);
            if ((basis is null && !DecimalMath.TryDivide(1m, f, out f)) ||
                !TryUnitFactor(fromUnit, entryUnit, out var entry, applied) ||
                !DecimalMath.TryMultiply(entry, f, out factor))
            {
                return false;
            }

            if (!SameUnit(fromUnit, entryUnit))
            {
                steps.Add($"{fromUnit} → {entryUnit} ×{FormatFactor(entry)}");
            }

            steps.Add($"{fromBasis ?? "?"} → {toBasis ?? "?"} ×{FormatFactor(f)}");
            fromUnit = exitUnit;
        }

        if (!TryUnitFactor(fromUnit, toUnit, out var unitFactor, applied))
        {
            return false;
        }

        if (!SameUnit(fromUnit, toUnit))
        {
            steps.Add($"{fromUnit} → {toUnit} ×{FormatFactor(unitFactor)}");
        }

        if (!DecimalMath.TryMultiply(factor, unitFactor, out factor))
        {
            return false;
        }

        description = string.Join("; ", steps);
        return true;
    }

    private bool TryUnitFactor(string? from, string? to, out decimal factor, List<Conversion> applied)
    {
        factor = 1m;
        if (SameUnit(from, to))
        {
            return true;
        }

        var custom = _conversions.FirstOrDefault(c => c.FromBasis is null && c.ToBasis is null && SameUnit(c.FromUnit, from) && SameUnit(c.ToUnit, to));
        if (custom is not null && TryParseFactor(custom.Factor, out factor))
        {
            applied.Add(custom);
            return true;
        }

        var reverse = _conversions.FirstOrDefault(c => c.FromBasis is null && c.ToBasis is null && SameUnit(c.FromUnit, to) && SameUnit(c.ToUnit, from));
        if (reverse is not null && TryParseFactor(reverse.Factor, out var r) && DecimalMath.TryDivide(1m, r, out factor))
        {
            applied.Add(reverse);
            return true;
        }

        if (Units.Find(from) is { } a && Units.Find(to) is { } b && a.Dimension == b.Dimension && a.Dimension != "temperature")
        {
            factor = a.Factor / b.Factor;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Parses a factor written as a decimal or a quotient <c>a/b</c> of positive decimals. The factor must be positive and
    /// below 1e20, like every written number; a quotient too small to hold (it would read as 0) is refused too.
    /// </summary>
    public static bool TryParseFactor(string? text, out decimal factor)
    {
        factor = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            if (!WrittenNumber.TryParse(text, out var n) || n.Value <= 0m)
            {
                return false;
            }

            factor = n.Value;
            return true;
        }

        if (WrittenNumber.TryParse(text[..slash], out var num) && WrittenNumber.TryParse(text[(slash + 1)..], out var den) &&
            num.Value > 0m && den.Value > 0m &&
            DecimalMath.TryDivide(num.Value, den.Value, out var quotient) && quotient > 0m && quotient < WrittenNumber.MaxMagnitude)
        {
            factor = quotient;
            return true;
        }

        return false;
    }

    private static bool SameBasis(string? a, string? b) =>
        string.Equals(a?.Trim() ?? "", b?.Trim() ?? "", StringComparison.OrdinalIgnoreCase);

    private static string FormatFactor(decimal f) => decimal.Round(f, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
