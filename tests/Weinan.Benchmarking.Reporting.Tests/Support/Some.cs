namespace Weinan.Benchmarking.Reporting.Tests.Support;

/// <summary>Object mother: a realistic textiles assessment result, built in code.</summary>
internal static class Some
{
    private static readonly Grade GbA = new("A", 3, new("A 类（婴幼儿用品）", "Class A (infant articles)"));
    private static readonly Grade OekoI = new("I", 4, new("I 类（婴幼儿用品）", "Product class I (babies)"));

    private static readonly Provenance Gb = new()
    {
        Source = "GB 18401-2010 表1; https://tamuclc.com/c/zhong-guo-fang-zhi-pin-yao-qiu-gb-18401-jian-ce",
        Confidence = Confidence.Confirmed,
    };

    private static readonly Provenance Oeko = new()
    {
        Source = "http://www.centexbel.be/news/determination-of-formaldehyde",
        Confidence = Confidence.Secondary,
        Note = new("二手来源；请对照现行 OEKO-TEX 版本复核。", "Read in a secondary source; re-check against the current OEKO-TEX edition."),
    };

    private static readonly Provenance OekoRubbing = new()
    {
        Source = "http://docplayer.org/91084050-Limit-values-and-fastness.html",
        Confidence = Confidence.Unconfirmed,
        Note = new("I 类等级仅见于旧版限值表。", "Grade for product class I read only in an old edition's table."),
    };

    public static LimitSource GbLimit(string indicator, Limit limit, string unit, string clause = "4.1 表1") => new()
    {
        StandardCode = "GB 18401-2010",
        Tier = StandardTier.National,
        Grade = GbA,
        Clause = new(clause, clause),
        Limit = limit,
        Unit = unit,
        RequirementId = $"gb18401-2010.{indicator}.A",
        Provenance = Gb,
    };

    public static LimitSource OekoLimit(string indicator, Limit limit, string unit, Provenance? provenance = null) => new()
    {
        StandardCode = "OEKO-TEX STANDARD 100",
        Tier = StandardTier.ForeignAdvanced,
        Grade = OekoI,
        Clause = new("附录4", "Annex 4"),
        Limit = limit,
        Unit = unit,
        RequirementId = $"oeko-tex-100.{indicator}.I",
        Provenance = provenance ?? Oeko,
    };

    public static LimitSource EnterpriseLimit(Limit limit, string unit) => new()
    {
        StandardCode = "Q/WNFZ 0001-2025",
        Tier = StandardTier.Enterprise,
        Limit = limit,
        Unit = unit,
    };

    private static Judgement Judge(LimitSource requirement, string compared, Verdict verdict, LocalizedText? note = null) => new()
    {
        Requirement = requirement,
        Method = JudgementMethod.Rounded,
        MethodSource = "options",
        DecisionRule = new DecisionRule(),
        RoundingInterval = null,
        ComparedValue = compared,
        Verdict = verdict,
        Note = note,
    };

    /// <summary>An infant bodysuit: formaldehyde, pH (failing), two colour fastness grades, odour; gaps, comparisons, not-evaluated items.</summary>
    /// <summary>The grey scale of colour fastness, worst to best, as the textiles catalog gives it.</summary>
    private static readonly string[] GreyScale = ["1", "1-2", "2", "2-3", "3", "3-4", "4", "4-5", "5"];

    public static AssessmentResult TextilesResult() => new()
    {
        SubmissionId = "WN-2026-TX-0042",
        Sector = "textiles",
        Enterprise = new Enterprise
        {
            Name = "渭南秦韵纺织服饰有限公司",
            CreditCode = "91610500MA6Y2K3L0X",
            County = "临渭区",
            Cluster = "渭南纺织服装产业集群",
        },
        Product = new Product { Name = "婴幼儿纯棉连体衣（80 cm）", Category = "apparel", ProductClass = "infant" },
        EnterpriseStandardCode = "Q/WNFZ 0001-2025",
        Catalogs = [new CatalogReference("textiles", "0.1.0")],
        Rules = new AppliedRules
        {
            AssessmentDate = new DateOnly(2026, 11, 20),
            DefaultMethod = JudgementMethod.Rounded,
            DecisionRule = new DecisionRule(),
            Rounding = "GB/T 8170-2008 round half to even",
            BelowDetectionLimit = "A value below the detection limit meets an upper limit at or above the detection limit",
            Ladder = "default",
            TargetRung = "international-advanced",
        },
        Standards =
        [
            new AppliedStandard
            {
                Code = "GB 18401-2010", Title = new("国家纺织产品基本安全技术规范", "National general safety technical code for textile products"),
                Tier = StandardTier.National, Force = StandardForce.Mandatory, Status = EditionStatus.InForce,
            },
            new AppliedStandard
            {
                Code = "OEKO-TEX STANDARD 100", Title = new("OEKO-TEX 生态纺织品标准 100", "STANDARD 100 by OEKO-TEX"),
                Tier = StandardTier.ForeignAdvanced, Force = StandardForce.Recommended, Status = EditionStatus.InForce,
            },
            new AppliedStandard
            {
                Code = "GB 18401-2003", Title = new("国家纺织产品基本安全技术规范（2003 版）", "National general safety technical code for textile products (2003)"),
                Tier = StandardTier.National, Force = StandardForce.Mandatory, Status = EditionStatus.Withdrawn, SupersededBy = "GB 18401-2010",
            },
        ],
        Indicators =
        [
            new IndicatorResult
            {
                IndicatorId = "formaldehyde", Name = new("甲醛含量", "Formaldehyde content"), Unit = "mg/kg", Key = true,
                Direction = Direction.LowerIsBetter, Value = "18", Uncertainty = "2", Evidence = EvidenceGrade.AccreditedLab,
                Judgements =
                [
                    Judge(GbLimit("formaldehyde", Limit.AtMost("20"), "mg/kg"), "18", Verdict.Pass),
                    Judge(OekoLimit("formaldehyde", Limit.AtMost("16"), "mg/kg"), "18", Verdict.Fail),
                ],
                Rung = "domestic-leading",
                BestMet = GbLimit("formaldehyde", Limit.AtMost("20"), "mg/kg"),
            },
            new IndicatorResult
            {
                IndicatorId = "ph", Name = new("pH 值", "pH value"), Unit = "", Key = true, Direction = Direction.TargetRange,
                Value = "7.9", Evidence = EvidenceGrade.AccreditedLab,
                Judgements =
                [
                    Judge(GbLimit("ph", Limit.Between("4.0", "7.5"), ""), "7.9", Verdict.Fail,
                        new("超出 A 类上限 7.5（强制性要求）", "Above the class A upper bound 7.5 (mandatory)")),
                    Judge(OekoLimit("ph", Limit.Between("4.0", "7.5"), ""), "7.9", Verdict.Fail),
                ],
                Rung = "non-compliant",
            },
            new IndicatorResult
            {
                IndicatorId = "colour-fastness-rubbing-dry", Name = new("耐干摩擦色牢度", "Colour fastness to rubbing (dry)"),
                Unit = "", Direction = Direction.HigherIsBetter, Value = "4-5", Evidence = EvidenceGrade.AccreditedLab,
                Scale = GreyScale,
                Judgements =
                [
                    Judge(GbLimit("colour-fastness-rubbing-dry", Limit.AtLeastGrade("4"), "级"), "4-5", Verdict.Pass),
                    Judge(OekoLimit("colour-fastness-rubbing-dry", Limit.AtLeastGrade("4"), "级", OekoRubbing), "4-5", Verdict.Pass),
                ],
                Rung = "international-advanced",
                BestMet = OekoLimit("colour-fastness-rubbing-dry", Limit.AtLeastGrade("4"), "级", OekoRubbing),
            },
            new IndicatorResult
            {
                IndicatorId = "colour-fastness-saliva", Name = new("耐唾液色牢度", "Colour fastness to saliva"),
                Unit = "", Direction = Direction.HigherIsBetter, Value = "3-4", Evidence = EvidenceGrade.SelfTested,
                Scale = GreyScale,
                Judgements = [Judge(GbLimit("colour-fastness-saliva", Limit.AtLeastGrade("4"), "级"), "3-4", Verdict.Fail)],
                Rung = "non-compliant",
            },
            new IndicatorResult
            {
                IndicatorId = "odour", Name = new("异味", "Odour"), Unit = "", Direction = Direction.TargetRange, Value = "无异味",
                Evidence = EvidenceGrade.SelfTested,
                Judgements = [Judge(GbLimit("odour", Limit.OneOf("无异味"), ""), "无异味", Verdict.Pass)],
                Rung = "compliant",
                BestMet = GbLimit("odour", Limit.OneOf("无异味"), ""),
            },
        ],
        Comparisons =
        [
            new LimitComparison
            {
                IndicatorId = "formaldehyde", Subject = EnterpriseLimit(Limit.AtMost("16"), "mg/kg"),
                Reference = GbLimit("formaldehyde", Limit.AtMost("20"), "mg/kg"), Outcome = ComparisonOutcome.Stricter,
            },
            new LimitComparison
            {
                IndicatorId = "formaldehyde", Subject = EnterpriseLimit(Limit.AtMost("16"), "mg/kg"),
                Reference = OekoLimit("formaldehyde", Limit.AtMost("16"), "mg/kg"), Outcome = ComparisonOutcome.Equal,
            },
            new LimitComparison
            {
                IndicatorId = "formaldehyde", Subject = GbLimit("formaldehyde", Limit.AtMost("20"), "mg/kg"),
                Reference = OekoLimit("formaldehyde", Limit.AtMost("16"), "mg/kg"), Outcome = ComparisonOutcome.Looser,
            },
            new LimitComparison
            {
                IndicatorId = "ph", Subject = EnterpriseLimit(Limit.Between("4.0", "8.5"), ""),
                Reference = OekoLimit("ph", Limit.Between("4.0", "7.5"), ""), Outcome = ComparisonOutcome.Looser,
            },
            new LimitComparison
            {
                IndicatorId = "colour-fastness-rubbing-dry", Subject = GbLimit("colour-fastness-rubbing-dry", Limit.AtLeastGrade("4"), "级"),
                Reference = OekoLimit("colour-fastness-rubbing-dry", Limit.AtLeastGrade("4"), "级", OekoRubbing), Outcome = ComparisonOutcome.Equal,
            },
            new LimitComparison
            {
                IndicatorId = "formaldehyde", Subject = GbLimit("formaldehyde", Limit.AtMost("20"), "mg/kg"),
                Reference = new LimitSource
                {
                    StandardCode = "Japanese Law 112", Tier = StandardTier.ForeignAdvanced, Limit = Limit.AtMost("0.05"), Unit = "ΔA",
                    RequirementId = "jp-law-112.formaldehyde.infant",
                    Provenance = new Provenance { Source = "http://info1.texnet.com.cn/content/2011-02-18/329909-2.html", Confidence = Confidence.Secondary },
                },
                Outcome = ComparisonOutcome.NotComparable,
                Note = new("日本 112 号法律以吸光度差（ΔA）表示，不能换算为 mg/kg。", "Japanese Law 112 is expressed as an absorbance difference (ΔA), which does not convert to mg/kg."),
            },
        ],
        Level = new LevelOutcome
        {
            Rung = "non-compliant",
            Name = new("未达标", "Non-compliant"),
            Failing = true,
            Reason = new("pH 值 7.9 不符合 GB 18401-2010 A 类 4.0 ~ 7.5；耐唾液色牢度 3-4 级低于 A 类 ≥ 4 级。",
                "pH 7.9 fails GB 18401-2010 class A 4.0 ~ 7.5; colour fastness to saliva 3-4 is below class A ≥ 4."),
        },
        Gaps =
        [
            new Gap
            {
                Priority = 1, IndicatorId = "ph", Name = new("pH 值", "pH value"), Key = true, CurrentRung = "non-compliant", NextRung = "compliant",
                Limit = GbLimit("ph", Limit.Between("4.0", "7.5"), ""), Measured = "7.9", Required = "4.0 ~ 7.5", AbsoluteGap = "0.4", RelativeGapPercent = "5.3",
            },
            new Gap
            {
                Priority = 2, IndicatorId = "colour-fastness-saliva", Name = new("耐唾液色牢度", "Colour fastness to saliva"), CurrentRung = "non-compliant",
                NextRung = "compliant", Limit = GbLimit("colour-fastness-saliva", Limit.AtLeastGrade("4"), "级"), Measured = "3-4", Required = "≥ 4",
            },
            new Gap
            {
                Priority = 3, IndicatorId = "formaldehyde", Name = new("甲醛含量", "Formaldehyde content"), Key = true, CurrentRung = "domestic-leading",
                NextRung = "international-advanced", Limit = OekoLimit("formaldehyde", Limit.AtMost("16"), "mg/kg"), Measured = "18", Required = "≤ 16",
                AbsoluteGap = "2", RelativeGapPercent = "12.5",
            },
        ],
        NotEvaluated =
        [
            new NotEvaluatedItem
            {
                IndicatorId = "banned-azo-amines", Name = new("可分解致癌芳香胺染料", "Banned azo amines"), Kind = NotEvaluatedKind.NotEvaluated,
                Reason = new("适用 GB 18401-2010，但未提交检测结果。", "GB 18401-2010 applies, but no result was submitted."),
            },
            new NotEvaluatedItem
            {
                IndicatorId = "extractable-nickel", Name = new("可萃取镍", "Extractable nickel"), Kind = NotEvaluatedKind.NotApplicable,
                Reason = new("产品无金属附件。", "The product has no metal accessories."),
            },
        ],
        Issues =
        [
            new Issue
            {
                Code = "WB2101", Severity = Severity.Warning, Path = "results[3].evidence",
                Message = new("耐唾液色牢度仅有企业自检结果。", "Colour fastness to saliva is backed by a self-test only."),
            },
        ],
    };

    /// <summary>The same result with hostile enterprise and product names.</summary>
    public static AssessmentResult Hostile() => TextilesResult() with
    {
        Enterprise = new Enterprise { Name = "<script>alert(1)</script>", CreditCode = "\" onmouseover=\"alert(2)" },
        Product = new Product { Name = "{{ 1 + 1 }}", ProductClass = "{% include 'x' %}" },
        SubmissionId = "</title><img src=x onerror=alert(3)>",
    };
}
