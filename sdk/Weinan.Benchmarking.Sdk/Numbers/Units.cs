using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Numbers;

/// <summary>
/// The built-in unit table. Symbols are case-sensitive, as SI prefixes are (<c>mPa</c> is not <c>MPa</c>, <c>Mg</c> is not
/// <c>mg</c>); a short alias table maps the other spellings people write for the same unit (µ/μ/u, full-width %, ℃,
/// N/mm2, blanks). A unit not in the table, and not declared by the catalog, is unknown: an issue, never a guess.
/// </summary>
public static class Units
{
    /// <summary>A known unit: its canonical symbol, what it measures and its size in the dimension's base unit.</summary>
    /// <param name="Symbol">Canonical symbol.</param>
    /// <param name="Dimension">What the unit measures; units of one dimension convert into each other.</param>
    /// <param name="Factor">Value in this unit × factor = value in the dimension's base unit.</param>
    public sealed record Unit(string Symbol, string Dimension, decimal Factor);

    private static readonly Dictionary<string, Unit> Table = Build(
        // Mass fraction, base mg/kg.
        U("mass-fraction", "mg/kg", 1m), U("mass-fraction", "%", 10000m), U("mass-fraction", "‰", 1000m),
        U("mass-fraction", "g/kg", 1000m), U("mass-fraction", "g/100 g", 10000m), U("mass-fraction", "mg/100 g", 10m),
        U("mass-fraction", "ppm", 1m), U("mass-fraction", "μg/g", 1m), U("mass-fraction", "μg/kg", 0.001m),
        U("mass-fraction", "ppb", 0.001m), U("mass-fraction", "ng/g", 0.001m),
        // Volume fraction, base %vol.
        U("volume-fraction", "%vol", 1m), U("volume-fraction", "mL/100 mL", 1m),
        // Mass concentration, base mg/L.
        U("mass-concentration", "mg/L", 1m), U("mass-concentration", "g/L", 1000m), U("mass-concentration", "μg/L", 0.001m),
        U("mass-concentration", "mg/mL", 1000m), U("mass-concentration", "g/100 mL", 10000m), U("mass-concentration", "mg/100 mL", 10m),
        // Concentration in air or flue gas, base mg/m³.
        U("air-concentration", "mg/m³", 1m), U("air-concentration", "μg/m³", 0.001m), U("air-concentration", "g/m³", 1000m),
        // Stress and pressure, base MPa.
        U("stress", "MPa", 1m), U("stress", "N/mm²", 1m), U("stress", "kPa", 0.001m), U("stress", "Pa", 0.000001m), U("stress", "GPa", 1000m),
        // Length, base mm.
        U("length", "mm", 1m), U("length", "cm", 10m), U("length", "m", 1000m), U("length", "μm", 0.001m), U("length", "nm", 0.000001m),
        // Mass, base g.
        U("mass", "g", 1m), U("mass", "kg", 1000m), U("mass", "mg", 0.001m), U("mass", "t", 1000000m), U("mass", "μg", 0.000001m),
        // Volume, base mL.
        U("volume", "mL", 1m), U("volume", "L", 1000m), U("volume", "m³", 1000000m),
        // Time, base min.
        U("time", "min", 1m), U("time", "s", 1m / 60m), U("time", "h", 60m), U("time", "d", 1440m),
        // Density, base g/cm³.
        U("density", "g/cm³", 1m), U("density", "g/mL", 1m), U("density", "kg/m³", 0.001m), U("density", "kg/L", 1m),
        // Linear mass (rebar), base kg/m.
        U("linear-mass", "kg/m", 1m), U("linear-mass", "g/m", 0.001m),
        // Energy per product, base kgce/t.
        U("energy-intensity", "kgce/t", 1m), U("energy-intensity", "tce/t", 1000m),
        U("electricity-intensity", "kWh/t", 1m),
        // Platinum-cobalt colour (ASTM D1209): Hazen and Pt-Co name the same scale.
        U("pt-co-colour", "Hazen", 1m), U("pt-co-colour", "Pt-Co", 1m),
        // Temperature (no conversion between scales).
        U("temperature", "°C", 1m));

    private static readonly Dictionary<string, string> Compact =
        Table.Keys.ToDictionary(k => k.Replace(" ", "", StringComparison.Ordinal), k => k, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["%(m/m)"] = "%",
        ["%(w/w)"] = "%",
        ["%m/m"] = "%",
        ["％"] = "%",
        ["g/100g"] = "g/100 g",
        ["mg/100g"] = "mg/100 g",
        ["%(v/v)"] = "%vol",
        ["%(V/V)"] = "%vol",
        ["%v/v"] = "%vol",
        ["%VOL"] = "%vol",
        ["%Vol"] = "%vol",
        ["vol%"] = "%vol",
        ["mL/100mL"] = "mL/100 mL",
        ["g/100mL"] = "g/100 mL",
        ["mg/100mL"] = "mg/100 mL",
        ["N/mm2"] = "N/mm²",
        ["m3"] = "m³",
        ["mg/m3"] = "mg/m³",
        ["μg/m3"] = "μg/m³",
        ["g/m3"] = "g/m³",
        ["kg/m3"] = "kg/m³",
        ["cm3"] = "cm³",
        ["g/cm3"] = "g/cm³",
        ["g/ml"] = "g/mL",
        ["mg/l"] = "mg/L",
        ["g/l"] = "g/L",
        ["μg/l"] = "μg/L",
        ["ml"] = "mL",
        ["l"] = "L",
        ["℃"] = "°C",
        ["sec"] = "s",
    };

    /// <summary>The canonical spelling of a unit: blanks, micro signs (µ/u → μ) and the aliases normalised; case kept.</summary>
    public static string Canonical(string? unit)
    {
        var u = (unit ?? "").Trim();
        if (u.Length == 0)
        {
            return "";
        }

        u = u.Replace('µ', 'μ').Replace('％', '%').Replace('‰', '‰');
        if (u.StartsWith("u", StringComparison.Ordinal) && u.Length > 1 && "gLm".Contains(u[1], StringComparison.Ordinal))
        {
            u = "μ" + u[1..];
        }

        u = u.Replace("/u", "/μ", StringComparison.Ordinal);
        var compact = u.Replace(" ", "", StringComparison.Ordinal);
        if (Aliases.TryGetValue(compact, out var alias))
        {
            return alias;
        }

        // Built-in symbols with an inner blank ("g/100 g") are matched without it.
        return Compact.GetValueOrDefault(compact, compact);
    }

    /// <summary>The built-in unit with this symbol (after <see cref="Canonical"/>), or null.</summary>
    public static Unit? Find(string? unit) => Table.GetValueOrDefault(Canonical(unit));

    /// <summary>Whether two spellings name the same unit (case-sensitive after the aliases).</summary>
    public static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal) || Canonical(a) == Canonical(b);

    /// <summary>Every built-in symbol.</summary>
    public static IReadOnlyCollection<string> Symbols => Table.Keys;

    /// <summary>
    /// A unit and a basis as a message writes them: only the parts given, <c>MPa (Rm/ReL)</c>, <c>(Rm/ReL)</c> or <c>MPa</c>
    /// in English, with full-width parentheses in Chinese (<c>MPa（Rm/ReL）</c>); 无量纲 / dimensionless when neither is.
    /// </summary>
    internal static LocalizedText WithBasis(string? unit, string? basis)
    {
        var u = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        var b = string.IsNullOrWhiteSpace(basis) ? null : basis.Trim();
        return (u, b) switch
        {
            (null, null) => Dimensionless,
            (_, null) => new(u, u),
            (null, _) => new($"（{b}）", $"({b})"),
            _ => new($"{u}（{b}）", $"{u} ({b})"),
        };
    }

    private static readonly LocalizedText Dimensionless = new("无量纲", "dimensionless");

    // Records and a loop, not value tuples and ToDictionary: keeps start-up free of JIT work (docs/performance.md, Cold
    // start; a tuple holding a decimal is not precompiled).
    private static Dictionary<string, Unit> Build(params Unit[] units)
    {
        var table = new Dictionary<string, Unit>(units.Length, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            table.Add(unit.Symbol, unit);
        }

        return table;
    }

    private static Unit U(string dimension, string symbol, decimal factor) => new(symbol, dimension, factor);
}
