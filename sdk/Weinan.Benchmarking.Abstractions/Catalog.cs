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
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

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

    /// <summary>Test methods: detection limits and which methods are equivalent.</summary>
    public IReadOnlyList<TestMethod> TestMethods { get; init; } = [];

    /// <summary>Units the catalog uses beyond the built-in ones (e.g. <c>°T</c>, <c>Hazen</c>).</summary>
    public IReadOnlyList<UnitDefinition> Units { get; init; } = [];
}

/// <summary>A test method (a standard code), with what the catalog knows about it.</summary>
public sealed record TestMethod
{
    /// <summary>Code, e.g. <c>GB/T 2912.1-2009</c>; matched without its year (<c>GB/T 2912.1</c>).</summary>
    public string Code { get; init; } = "";

    /// <summary>Title in Chinese and English.</summary>
    public LocalizedText? Title { get; init; }

    /// <summary>Lowest value the method reports (detection or quantification limit), as written.</summary>
    public string? DetectionLimit { get; init; }

    /// <summary>Unit of <see cref="DetectionLimit"/>; empty = the indicator's unit.</summary>
    public string? Unit { get; init; }

    /// <summary>Codes of methods whose results are interchangeable with this one's (the relation is symmetric).</summary>
    public IReadOnlyList<string> Equivalent { get; init; } = [];

    /// <summary>Where the facts were read: URLs or document identifiers only, separated by <c> ; </c>.</summary>
    public string? Source { get; init; }

    /// <summary>How well the facts are backed.</summary>
    public Confidence Confidence { get; init; } = Confidence.Unconfirmed;

    /// <summary>What the sources say and leave out (dates read, equivalence not shown), in Chinese and English.</summary>
    public LocalizedText? Note { get; init; }
}

/// <summary>A unit symbol a catalog uses that the built-in unit table does not know.</summary>
/// <param name="Symbol">The symbol exactly as written (case matters).</param>
/// <param name="Name">Name in Chinese and English.</param>
public sealed record UnitDefinition(string Symbol, LocalizedText Name);

/// <summary>A product class that decides which grades apply, e.g. <c>infant</c> → GB 18401 A and OEKO-TEX I.</summary>
public sealed record ProductClass
{
    /// <summary>Id used by submissions and requirement applicability.</summary>
    public string Id { get; init; } = "";

    /// <summary>Name in Chinese and English.</summary>
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    /// <summary>Indicators not evaluated for this class, with the reason (e.g. saliva fastness outside class A).</summary>
    public IReadOnlyList<Exemption> Exemptions { get; init; } = [];

    /// <summary>
    /// Product family: classes of one family are grades of the same product, so their requirements are the references for
    /// the leading rungs (e.g. every textile class: GB 18401 A is a higher grade for a class B product). Null = the class
    /// is a family of its own (e.g. cement strength class 42.5 is not a lower grade of 52.5).
    /// </summary>
    public string? Family { get; init; }
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

    /// <summary>Where the factor comes from: URLs or document identifiers only, separated by <c> ; </c>.</summary>
    public string? Source { get; init; }

    /// <summary>How the factor was derived or what its sources say, in Chinese and English.</summary>
    public LocalizedText? Note { get; init; }

    /// <summary>
    /// How far the factor is confirmed (catalog 1.2): read in a primary source, only in a secondary one, derived (e.g. from
    /// molar masses or the definitions of units), or unconfirmed, as a factor is when its catalog does not say. Every
    /// report that uses the factor shows it, and marks an unconfirmed one.
    /// </summary>
    public Confidence Confidence { get; init; } = Confidence.Unconfirmed;
}
