namespace Weinan.Benchmarking.Abstractions;

/// <summary>A sector's reference data: standards, indicators, requirements, product classes, conversions and ladder.</summary>
public sealed record Catalog
{
    /// <summary>Version of the catalog JSON format.</summary>
    public string SchemaVersion { get; init; } = SchemaVersions.Catalog;

    /// <summary>Catalog id, e.g. <c>textiles</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>Catalog version.</summary>
    public string Version { get; init; } = "";

    /// <summary>Name in Chinese and English.</summary>
    public LocalizedText Name { get; init; } = new("", "");

    /// <summary>Sectors covered, e.g. <c>textiles</c>.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Standard editions referenced by the requirements.</summary>
    public IReadOnlyList<Standard> Standards { get; init; } = [];

    /// <summary>Indicators.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>Requirements (limits).</summary>
    public IReadOnlyList<Requirement> Requirements { get; init; } = [];

    /// <summary>Product classes a submission may name.</summary>
    public IReadOnlyList<ProductClass> ProductClasses { get; init; } = [];

    /// <summary>Unit and basis conversions beyond the built-in ones.</summary>
    public IReadOnlyList<Conversion> Conversions { get; init; } = [];

    /// <summary>Level ladder replacing the default one, if any.</summary>
    public LevelLadder? Ladder { get; init; }
}

/// <summary>A product class that decides which grades apply, e.g. <c>infant</c> → GB 18401 A and OEKO-TEX I.</summary>
public sealed record ProductClass
{
    /// <summary>Id used by submissions and requirement applicability.</summary>
    public string Id { get; init; } = "";

    /// <summary>Name in Chinese and English.</summary>
    public LocalizedText Name { get; init; } = new("", "");

    /// <summary>Indicators not evaluated for this class, with the reason (e.g. saliva fastness outside class A).</summary>
    public IReadOnlyList<Exemption> Exemptions { get; init; } = [];
}

/// <summary>An indicator not evaluated, and why.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Reason">Why, in Chinese and English.</param>
public sealed record Exemption(string IndicatorId, LocalizedText Reason);

/// <summary>
/// A multiplicative conversion <c>to = from × Factor</c> between units or reporting bases
/// (e.g. <c>%</c> → <c>mg/kg</c> ×10000; acidity as HCOOH → as CH3COOH ×60.05/46.03).
/// </summary>
public sealed record Conversion
{
    /// <summary>Unit converted from.</summary>
    public string FromUnit { get; init; } = "";

    /// <summary>Unit converted to.</summary>
    public string ToUnit { get; init; } = "";

    /// <summary>Basis converted from, if the conversion changes basis.</summary>
    public string? FromBasis { get; init; }

    /// <summary>Basis converted to.</summary>
    public string? ToBasis { get; init; }

    /// <summary>Factor as a decimal string, or a quotient <c>a/b</c> of decimals.</summary>
    public string Factor { get; init; } = "1";

    /// <summary>Restricts the conversion to one indicator.</summary>
    public string? IndicatorId { get; init; }

    /// <summary>Where the factor comes from.</summary>
    public string? Source { get; init; }
}
