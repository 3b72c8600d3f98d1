namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>Issue codes of input validation; the table with meanings is in <c>docs/formats.md</c>.</summary>
internal static class IssueCodes
{
    // Submissions: WB2xxx.
    public const string SubmissionSchemaVersion = "WB2001";
    public const string SubmissionId = "WB2002";
    public const string SectorMissing = "WB2003";
    public const string EnterpriseName = "WB2004";
    public const string CreditCodeFormat = "WB2005";
    public const string CreditCodeCheck = "WB2006";
    public const string ProductName = "WB2007";
    public const string SectorNotInCatalog = "WB2008";
    public const string NothingToAssess = "WB2009";
    public const string ResultIndicatorMissing = "WB2010";
    public const string ResultDuplicate = "WB2011";
    public const string ResultNull = "WB2021";
    public const string ResultUnknownIndicator = "WB2012";
    public const string ValueMissing = "WB2013";
    public const string ValueNotDecimal = "WB2014";
    public const string ValueNotOnScale = "WB2015";
    public const string ValueNegative = "WB2016";
    public const string ValueUnit = "WB2017";
    public const string Uncertainty = "WB2018";
    public const string CoverageFactor = "WB2019";
    public const string DetectionLimit = "WB2020";
    public const string ResultComponent = "WB2022";
    public const string UnitUnknown = "WB2023";
    public const string ValueNotAllowed = "WB2024";
    public const string ProductClassUnknown = "WB2030";
    public const string DeclaredIndicator = "WB2060";
    public const string DeclaredValueNotDecimal = "WB2061";
    public const string DeclaredComponent = "WB2062";
    public const string DeclaredUnit = "WB2063";
    public const string DeclaredDuplicate = "WB2064";
    public const string DeclaredStandardUnknown = "WB2065";
    public const string PeriodFormat = "WB2070";
    public const string EnterpriseStandardCode = "WB2040";
    public const string EnterpriseLimitIndicator = "WB2041";
    public const string EnterpriseLimitDuplicate = "WB2042";
    public const string EnterpriseLimitUnit = "WB2050";
    public const string EnterpriseLimitNull = "WB2051";

    // Assessment: WB29xx, in the result's issues.
    public const string GuardBandFactorInvalid = "WB2906";

    /// <summary>Limit checks of enterprise-standard limits.</summary>
    public static readonly LimitCodes EnterpriseLimit = new("WB2043", "WB2044", "WB2045", "WB2046", "WB2047", "WB2048", "WB2049", "WB2052");

    // Catalogs: WB3xxx.
    public const string CatalogSchemaVersion = "WB3001";
    public const string CatalogId = "WB3002";
    public const string CatalogVersion = "WB3003";
    public const string CatalogItemNull = "WB3004";
    public const string StandardCodeMissing = "WB3010";
    public const string StandardDuplicate = "WB3011";
    public const string StandardDates = "WB3012";
    public const string IndicatorIdMissing = "WB3020";
    public const string IndicatorDuplicate = "WB3021";
    public const string IndicatorScale = "WB3022";
    public const string IndicatorDerivedFrom = "WB3023";
    public const string RequirementIdMissing = "WB3030";
    public const string RequirementDuplicate = "WB3031";
    public const string RequirementIndicator = "WB3032";
    public const string RequirementStandard = "WB3033";
    public const string RequirementUnit = "WB3034";
    public const string RoundingInterval = "WB3035";
    public const string ProvenanceSource = "WB3036";
    public const string RequirementProductClass = "WB3037";
    public const string CatalogUnitUnknown = "WB3038";
    public const string RequirementTestMethod = "WB3039";
    public const string DeviationShape = "WB3047";
    public const string IndicatorComponents = "WB3024";
    public const string IndicatorValues = "WB3025";
    public const string TestMethodShape = "WB3080";
    public const string UnitDefinitionShape = "WB3081";
    public const string ConversionShape = "WB3050";
    public const string ConversionIndicator = "WB3051";
    public const string ConversionFactor = "WB3052";
    public const string ProductClassIdMissing = "WB3060";
    public const string ProductClassDuplicate = "WB3061";
    public const string ExemptionIndicator = "WB3062";
    public const string LadderEmpty = "WB3070";
    public const string RungId = "WB3071";
    public const string LadderBottom = "WB3072";
    public const string RungRequires = "WB3073";
    public const string RungBeatsAll = "WB3074";

    /// <summary>Limit checks of catalog requirements.</summary>
    public static readonly LimitCodes RequirementLimit = new("WB3040", "WB3041", "WB3042", "WB3043", "WB3044", "WB3045", "WB3046", "WB3048");
}

/// <summary>Codes of the limit checks, shared by catalog requirements and enterprise-standard limits.</summary>
/// <param name="BoundMissing">A bound the kind needs is missing.</param>
/// <param name="NotDecimal">A written number does not parse.</param>
/// <param name="Order">Range minimum above maximum.</param>
/// <param name="Tolerance">Tolerance not positive.</param>
/// <param name="Scale">Ordinal grade not on the indicator's scale.</param>
/// <param name="Accepted">Categorical limit without accepted values.</param>
/// <param name="KindMismatch">Limit kind does not fit the indicator kind.</param>
/// <param name="Figure">A not-permitted limit written with a figure (min, max, nominal, tolerance, basis).</param>
internal sealed record LimitCodes(string BoundMissing, string NotDecimal, string Order, string Tolerance, string Scale, string Accepted, string KindMismatch,
    string Figure);
