namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>Object mother: a small textiles catalog and submission built in code.</summary>
internal static class Some
{
    public static readonly string[] FastnessScale = ["1", "1-2", "2", "2-3", "3", "3-4", "4", "4-5", "5"];

    public static readonly Standard Gb2010 = new()
    {
        Code = "GB 18401-2010",
        Title = new("国家纺织产品基本安全技术规范", "National general safety technical code for textile products"),
        Tier = StandardTier.National,
        Force = StandardForce.Mandatory,
        EditionYear = 2010,
        Effective = new DateOnly(2011, 8, 1),
        Supersedes = ["GB 18401-2003"],
    };

    public static readonly Standard Gb2003 = new()
    {
        Code = "GB 18401-2003",
        Title = new("国家纺织产品基本安全技术规范", "National general safety technical code for textile products"),
        Tier = StandardTier.National,
        Force = StandardForce.Mandatory,
        EditionYear = 2003,
        Effective = new DateOnly(2005, 1, 1),
        Withdrawn = new DateOnly(2011, 8, 1),
        SupersededBy = "GB 18401-2010",
    };

    public static readonly Standard Oeko = new()
    {
        Code = "OEKO-TEX STANDARD 100",
        Title = new("OEKO-TEX 生态纺织品标准 100", "OEKO-TEX STANDARD 100"),
        Tier = StandardTier.ForeignAdvanced,
        Force = StandardForce.Recommended,
    };

    public static Catalog Catalog() => new()
    {
        Id = "textiles-mini",
        Version = "0.0.1",
        Name = new("纺织（测试）", "Textiles (test)"),
        Sectors = ["textiles"],
        Standards = [Gb2010, Gb2003, Oeko],
        Indicators =
        [
            new Indicator { Id = "formaldehyde", Name = new("甲醛含量", "Formaldehyde"), Unit = "mg/kg", Direction = Direction.LowerIsBetter, Key = true, Category = IndicatorCategory.Safety },
            new Indicator { Id = "ph", Name = new("pH值", "pH"), Unit = "", Direction = Direction.TargetRange, Key = true, Category = IndicatorCategory.Safety },
            new Indicator { Id = "water-fastness", Name = new("耐水色牢度", "Colour fastness to water"), Kind = IndicatorKind.Ordinal, Direction = Direction.HigherIsBetter, Scale = FastnessScale, Category = IndicatorCategory.Performance },
            new Indicator { Id = "odour", Name = new("异味", "Odour"), Kind = IndicatorKind.Categorical, Category = IndicatorCategory.Safety },
            new Indicator { Id = "lead", Name = new("可萃取铅", "Extractable lead"), Unit = "mg/kg", Direction = Direction.LowerIsBetter, Category = IndicatorCategory.Safety },
            new Indicator { Id = "saliva-fastness", Name = new("耐唾液色牢度", "Colour fastness to saliva"), Kind = IndicatorKind.Ordinal, Direction = Direction.HigherIsBetter, Scale = FastnessScale, Category = IndicatorCategory.Safety },
        ],
        ProductClasses =
        [
            new ProductClass { Id = "infant", Name = new("婴幼儿用品", "Infant"), Family = "textiles" },
            new ProductClass
            {
                Id = "skin-contact", Name = new("直接接触皮肤", "Direct skin contact"), Family = "textiles",
                Exemptions = [new Exemption("saliva-fastness", new("仅 A 类考核耐唾液色牢度", "saliva fastness is assessed for class A only"))],
            },
        ],
        Requirements =
        [
            Req("gb.formaldehyde.A", "formaldehyde", Gb2010, "A", 3, Limit.AtMost("20"), "mg/kg", "infant"),
            Req("gb.formaldehyde.B", "formaldehyde", Gb2010, "B", 2, Limit.AtMost("75"), "mg/kg", "skin-contact"),
            Req("oeko.formaldehyde.I", "formaldehyde", Oeko, "I", 4, Limit.AtMost("16"), "mg/kg", "infant"),
            Req("oeko.formaldehyde.II", "formaldehyde", Oeko, "II", 3, Limit.AtMost("75"), "mg/kg", "skin-contact"),
            Req("gb.ph.B", "ph", Gb2010, "B", 2, Limit.Between("4.0", "8.5"), "", "skin-contact"),
            Req("gb2003.ph.B", "ph", Gb2003, "B", 2, Limit.Between("4.0", "7.5"), "", "skin-contact"),
            Req("oeko.ph.II", "ph", Oeko, "II", 3, Limit.Between("4.0", "7.5"), "", "skin-contact"),
            Req("gb.water.B", "water-fastness", Gb2010, "B", 2, Limit.AtLeastGrade("3"), "", "skin-contact"),
            Req("gb.odour.B", "odour", Gb2010, "B", 2, Limit.OneOf("none"), "", "skin-contact"),
            Req("oeko.lead.II", "lead", Oeko, "II", 3, Limit.AtMost("1.0"), "mg/kg", "skin-contact"),
            Req("gb.saliva.A", "saliva-fastness", Gb2010, "A", 3, Limit.AtLeastGrade("4"), "", "infant"),
        ],
    };

    private static Requirement Req(string id, string indicator, Standard standard, string grade, int rank, Limit limit, string unit, string productClass) => new()
    {
        Id = id,
        IndicatorId = indicator,
        StandardCode = standard.Code,
        Clause = new("表1", "Table 1"),
        Grade = new Grade(grade, rank),
        Limit = limit,
        Unit = unit,
        AppliesTo = new Applicability { ProductClasses = [productClass] },
        Provenance = new Provenance { Source = "test", Confidence = Confidence.Secondary },
    };

    public static Submission Shirt() => new()
    {
        Id = "shirt-1",
        Sector = "textiles",
        Enterprise = new Enterprise { Name = "渭南测试服饰有限公司", CreditCode = "91512081MA62K0260E", County = "临渭区", Cluster = "纺织服装" },
        Product = new Product { Name = "全棉衬衫", Category = "apparel", ProductClass = "skin-contact" },
        Results =
        [
            new MeasuredResult { IndicatorId = "formaldehyde", Value = "40", Uncertainty = "3", CoverageFactor = "2", Evidence = EvidenceGrade.AccreditedLab },
            new MeasuredResult { IndicatorId = "ph", Value = "7.9", Evidence = EvidenceGrade.SelfTested },
            new MeasuredResult { IndicatorId = "water-fastness", Value = "3-4", Evidence = EvidenceGrade.SelfTested },
            new MeasuredResult { IndicatorId = "odour", Value = "none", Evidence = EvidenceGrade.SelfTested },
            new MeasuredResult { IndicatorId = "lead", Value = "<0.05", BelowDetectionLimit = true, DetectionLimit = "0.05", Evidence = EvidenceGrade.Declared },
        ],
        EnterpriseStandard = new EnterpriseStandard
        {
            Code = "Q/WNCS 0001-2025",
            Limits =
            [
                new EnterpriseLimit { IndicatorId = "formaldehyde", Limit = Limit.AtMost("50") },
                new EnterpriseLimit { IndicatorId = "ph", Limit = Limit.Between("4.0", "8.0") },
            ],
        },
    };

    public static AssessmentOptions Options(DateOnly? date = null) => new() { AssessmentDate = date ?? new DateOnly(2026, 11, 27) };
}
