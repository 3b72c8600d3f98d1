namespace Weinan.Benchmarking.Abstractions;

/// <summary>An enterprise's submission: the product, its measured results and optionally its own standard.</summary>
public sealed record Submission
{
    /// <summary>Version of the submission JSON format.</summary>
    public string SchemaVersion { get; init; } = SchemaVersions.Submission;

    /// <summary>Submission id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Sector, e.g. <c>textiles</c>; selects the catalog.</summary>
    public string Sector { get; init; } = "";

    /// <summary>
    /// The reporting period the results belong to (format 1.2): a year <c>2026</c>, half year <c>2026-H1</c>, quarter
    /// <c>2026-Q3</c> or month <c>2026-07</c>. With the credit code and the product it keys the enterprise's history.
    /// </summary>
    public string? Period { get; init; }

    /// <summary>The enterprise.</summary>
    public Enterprise Enterprise { get; init; } = new();

    /// <summary>The product.</summary>
    public Product Product { get; init; } = new();

    /// <summary>Measured results.</summary>
    public IReadOnlyList<MeasuredResult> Results { get; init; } = [];

    /// <summary>The enterprise's own standard (Q/…), if any.</summary>
    public EnterpriseStandard? EnterpriseStandard { get; init; }
}

/// <summary>The enterprise making a submission.</summary>
public sealed record Enterprise
{
    /// <summary>Registered name.</summary>
    public string Name { get; init; } = "";

    /// <summary>统一社会信用代码 (GB 32100-2015), 18 characters with a check character.</summary>
    public string? CreditCode { get; init; }

    /// <summary>County or district.</summary>
    public string? County { get; init; }

    /// <summary>Industry cluster.</summary>
    public string? Cluster { get; init; }
}

/// <summary>The product assessed.</summary>
public sealed record Product
{
    /// <summary>The enterprise's own code for the product (format 1.2); the product name stands in when it is absent.</summary>
    public string? Id { get; init; }

    /// <summary>Product name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Product category, e.g. <c>apparel</c>.</summary>
    public string? Category { get; init; }

    /// <summary>Product class from the catalog, e.g. <c>infant</c>; decides which grades apply.</summary>
    public string? ProductClass { get; init; }

    /// <summary>
    /// Catalog standards the product declares it conforms to (执行标准, e.g. <c>GB/T 338-2011</c>; matched without the year):
    /// their requirements for its class bind it like mandatory ones, whatever the standard's force.
    /// </summary>
    public IReadOnlyList<string> DeclaredStandards { get; init; } = [];

    /// <summary>Values the product declares, usually on its label (fibre content per fibre, alcohol strength, net content).</summary>
    public IReadOnlyList<DeclaredValue> DeclaredValues { get; init; } = [];
}

/// <summary>A value the product declares for an indicator (a label claim), judged by the catalog's declared-value limits.</summary>
public sealed record DeclaredValue
{
    /// <summary>Indicator id.</summary>
    public string IndicatorId { get; init; } = "";

    /// <summary>Component, for indicators measured per component (e.g. the fibre <c>cotton</c>).</summary>
    public string? Component { get; init; }

    /// <summary>The declared value as written, e.g. <c>95</c>.</summary>
    public string Value { get; init; } = "";

    /// <summary>Unit of the value; empty means the indicator's unit.</summary>
    public string? Unit { get; init; }
}

/// <summary>One measured result, as the laboratory wrote it.</summary>
public sealed record MeasuredResult
{
    /// <summary>Indicator id.</summary>
    public string IndicatorId { get; init; } = "";

    /// <summary>
    /// Value as written: a decimal (<c>"0.50"</c>), optionally with a sign suffix (<c>"16.50(+)"</c>, <c>"16.50(-)"</c>),
    /// a below-detection value (<c>"&lt;0.01"</c>, <c>"ND"</c>), an ordinal grade (<c>"3-4"</c>) or a categorical value (<c>"none"</c>).
    /// </summary>
    public string Value { get; init; } = "";

    /// <summary>Unit of the value; empty means the indicator's unit.</summary>
    public string? Unit { get; init; }

    /// <summary>Reporting basis of the value (e.g. <c>HCOOH</c>); empty means the indicator's basis.</summary>
    public string? Basis { get; init; }

    /// <summary>Expanded uncertainty U, same unit as the value.</summary>
    public string? Uncertainty { get; init; }

    /// <summary>Coverage factor k of U.</summary>
    public string? CoverageFactor { get; init; }

    /// <summary>Whether the analyte was below the detection limit.</summary>
    public bool BelowDetectionLimit { get; init; }

    /// <summary>Detection limit, when <see cref="BelowDetectionLimit"/> (or taken from <c>"&lt;0.01"</c>).</summary>
    public string? DetectionLimit { get; init; }

    /// <summary>How the value is backed.</summary>
    public EvidenceGrade Evidence { get; init; } = EvidenceGrade.Declared;

    /// <summary>Test report number or other reference.</summary>
    public string? Reference { get; init; }

    /// <summary>Component, for indicators measured per component (e.g. the fibre <c>cotton</c>).</summary>
    public string? Component { get; init; }

    /// <summary>Test method the value was measured by (a standard code); empty means the indicator's method.</summary>
    public string? TestMethod { get; init; }
}

/// <summary>The enterprise's own standard (Q/…) and its limits.</summary>
public sealed record EnterpriseStandard
{
    /// <summary>Code, e.g. <c>Q/WNFZ 0001-2025</c>.</summary>
    public string Code { get; init; } = "";

    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>Limits per indicator.</summary>
    public IReadOnlyList<EnterpriseLimit> Limits { get; init; } = [];
}

/// <summary>One limit of the enterprise standard.</summary>
public sealed record EnterpriseLimit
{
    /// <summary>Indicator id.</summary>
    public string IndicatorId { get; init; } = "";

    /// <summary>The limit as written.</summary>
    public Limit Limit { get; init; } = Limit.Empty;

    /// <summary>Unit of the limit; empty means the indicator's unit.</summary>
    public string? Unit { get; init; }
}
