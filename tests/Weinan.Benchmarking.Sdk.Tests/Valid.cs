namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>Valid catalogs and submissions to break one thing at a time.</summary>
internal static class Valid
{
    public static Indicator Water { get; } = new()
    {
        Id = "water",
        Name = new("水分", "Water"),
        Unit = "%",
        Kind = IndicatorKind.Quantitative,
        Direction = Direction.LowerIsBetter,
        Key = true,
    };

    public static Indicator Acidity { get; } = new()
    {
        Id = "acidity",
        Name = new("酸度", "Acidity"),
        Unit = "%",
        Kind = IndicatorKind.Quantitative,
        Direction = Direction.LowerIsBetter,
    };

    public static Indicator FreezingPoint { get; } = new()
    {
        Id = "freezing-point",
        Name = new("凝固点", "Freezing point"),
        Unit = "°C",
        Kind = IndicatorKind.Quantitative,
        Direction = Direction.LowerIsBetter,
        AllowNegative = true,
    };

    public static Indicator Fastness { get; } = new()
    {
        Id = "fastness",
        Name = new("色牢度", "Colour fastness"),
        Kind = IndicatorKind.Ordinal,
        Direction = Direction.HigherIsBetter,
        Scale = ["1", "1-2", "2", "2-3", "3", "3-4", "4", "4-5", "5"],
    };

    public static Indicator Miscibility { get; } = new()
    {
        Id = "water-miscibility",
        Name = new("水混溶性", "Water miscibility"),
        Kind = IndicatorKind.Categorical,
        Direction = Direction.HigherIsBetter,
    };

    public static Requirement Requirement(string id, string indicatorId, Limit limit, string unit = "%", string standard = "GB 338-2011") => new()
    {
        Id = id,
        IndicatorId = indicatorId,
        StandardCode = standard,
        Limit = limit,
        Unit = unit,
        Provenance = new() { Source = "test", Confidence = Confidence.Confirmed },
    };

    public static Catalog Catalog() => new()
    {
        Id = "methanol",
        Version = "1.0.0",
        Name = new("工业用甲醇", "Industrial methanol"),
        Sectors = ["petrochemical"],
        Standards =
        [
            new Standard { Code = "GB 338-2011", Title = new("工业用甲醇", "Methanol for industrial use"), Tier = StandardTier.National },
            new Standard { Code = "IMPCA v9", Title = new("IMPCA 甲醇参考规格", "IMPCA Methanol Reference Specifications"), Tier = StandardTier.ForeignAdvanced },
        ],
        Indicators = [Water, Acidity, FreezingPoint, Fastness, Miscibility],
        Requirements =
        [
            Requirement("gb338.water", "water", Limit.AtMost("0.10")),
            Requirement("impca.water", "water", Limit.AtMost("0.100"), "% (m/m)", "IMPCA v9"),
            Requirement("impca.acidity", "acidity", Limit.AtMost("30") with { Basis = "CH3COOH" }, "mg/kg", "IMPCA v9"),
            Requirement("x.fastness", "fastness", Limit.AtLeastGrade("3-4"), ""),
            Requirement("impca.miscibility", "water-miscibility", Limit.OneOf("pass"), "", "IMPCA v9"),
        ],
        ProductClasses = [new ProductClass { Id = "industrial", Name = new("工业用", "Industrial") }],
        Conversions =
        [
            new Conversion
            {
                FromUnit = "%", ToUnit = "%", FromBasis = "HCOOH", ToBasis = "CH3COOH", Factor = "60.05/46.03", IndicatorId = "acidity",
                Note = new("系数取乙酸与甲酸的摩尔质量之比，未经核对。", "The ratio of the molar masses of acetic and formic acid, not checked."),
            },
        ],
    };

    public static MeasuredResult Result(string indicatorId, string value, string? unit = null) => new() { IndicatorId = indicatorId, Value = value, Unit = unit };

    public static Submission Submission() => new()
    {
        Id = "S-1",
        Sector = "petrochemical",
        Enterprise = new() { Name = "渭南某化工有限公司", CreditCode = "91512081MA62K0260E" },
        Product = new() { Name = "工业用甲醇", ProductClass = "industrial" },
        Results =
        [
            Result("water", "0.08") with { Uncertainty = "0.01", CoverageFactor = "2" },
            Result("acidity", "0.0012"),
            Result("fastness", "4"),
            Result("water-miscibility", "pass"),
        ],
        EnterpriseStandard = new()
        {
            Code = "Q/WN 0001-2025",
            Limits = [new EnterpriseLimit { IndicatorId = "water", Limit = Limit.AtMost("0.08") }],
        },
    };
}
