using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>The not-permitted limit kind (不得使用): judgement, comparison, ladder, gaps and validation.</summary>
public class NotPermittedTests
{
    private static readonly Limit NotPermitted = Limit.NotPermitted();

    [Theory]
    [InlineData("<0.005")]
    [InlineData("< 0.005")]
    public void Should_Pass_A_Value_Reported_Below_The_Detection_Limit(string value)
    {
        var outcome = LimitJudge.Judge(value, NotPermitted, JudgementMethod.Absolute);

        outcome.Verdict.ShouldBe(Verdict.Pass);
        outcome.ComparedValue.ShouldBe("<0.005");
        outcome.BelowDetection.ShouldBe(0.005m);
        outcome.Beats.ShouldBeFalse();
        outcome.Note!.En.ShouldBe("not detected (below the detection limit): meets 'not permitted'");
        outcome.Note.Zh.ShouldBe("未检出（低于检出限），符合“不得使用”");
    }

    [Fact]
    public void Should_Pass_ND_With_Its_Detection_Limit_And_Leave_ND_Without_One_Undecided()
    {
        var indicator = new Indicator { Id = "benzoate", Unit = "g/kg" };
        var requirement = new Requirement { Id = "r", IndicatorId = "benzoate", Limit = NotPermitted, Unit = "g/kg" };
        MeasuredResult Nd(string? dl) => new() { IndicatorId = "benzoate", Value = "ND", BelowDetectionLimit = true, DetectionLimit = dl };

        var withDl = LimitJudge.Judge(Nd("0.005"), indicator, requirement, JudgementMethod.Absolute, new DecisionRule(), Numbers.UnitConverter.BuiltIn);
        var withoutDl = LimitJudge.Judge(Nd(null), indicator, requirement, JudgementMethod.Absolute, new DecisionRule(), Numbers.UnitConverter.BuiltIn);

        withDl.Verdict.ShouldBe(Verdict.Pass);
        withDl.ComparedValue.ShouldBe("<0.005");
        withoutDl.Verdict.ShouldBe(Verdict.Indeterminate);
        withoutDl.Note!.En.ShouldBe("below the detection limit, but no detection limit given");
    }

    [Theory]
    [InlineData("0.15")]
    [InlineData("0.006")]
    [InlineData("1200")]
    public void Should_Fail_Any_Quantified_Value(string value)
    {
        var outcome = LimitJudge.Judge(value, NotPermitted, JudgementMethod.Absolute);

        outcome.Verdict.ShouldBe(Verdict.Fail);
        outcome.ComparedValue.ShouldBe(value);
        outcome.X.ShouldBe(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        outcome.Upper.ShouldBeNull();
        outcome.Lower.ShouldBeNull();
        outcome.Note!.Zh.ShouldBe("检出并定量：不得使用");
        outcome.Note.En.ShouldBe("quantified: not permitted");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.000")]
    [InlineData("-0.002")]
    public void Should_Leave_A_Value_Of_Zero_Or_Below_Undecided(string value)
    {
        var outcome = LimitJudge.Judge(value, NotPermitted, JudgementMethod.Absolute);

        outcome.Verdict.ShouldBe(Verdict.Indeterminate);
        outcome.Note!.En.ShouldStartWith("a value of 0 or below is no detection result");
    }

    [Fact]
    public void Should_Neither_Round_Nor_Draw_A_Guard_Band()
    {
        // Rounded to 0.01, 0.004 would read 0.00; a guard band of 2·U would put 0.006 ± 0.004 below 0.
        var rounded = LimitJudge.Judge("0.004", NotPermitted, JudgementMethod.Rounded, roundingInterval: "0.01");
        var guarded = LimitJudge.Judge("0.006", NotPermitted, JudgementMethod.Absolute,
            new DecisionRule { Kind = DecisionRuleKind.NonBinary, GuardBandFactor = "2" }, uncertainty: "0.004");

        rounded.Verdict.ShouldBe(Verdict.Fail);
        rounded.RoundingInterval.ShouldBeNull();
        rounded.ComparedValue.ShouldBe("0.004");
        guarded.Verdict.ShouldBe(Verdict.Fail);
        guarded.GuardBand.ShouldBe(0m);
        guarded.Uncertainty.ShouldBe(0.004m);
        guarded.Note!.En.ShouldBe("quantified: not permitted; 'not permitted' has no limit value: no guard band, the uncertainty does not change the verdict");
    }

    [Fact]
    public void Should_Convert_The_Value_Only_To_Show_It()
    {
        var indicator = new Indicator { Id = "benzoate", Unit = "g/kg" };
        var requirement = new Requirement { Id = "r", IndicatorId = "benzoate", Limit = NotPermitted, Unit = "g/kg" };
        var result = new MeasuredResult { IndicatorId = "benzoate", Value = "150", Unit = "mg/kg" };
        var nd = result with { Value = "<5" };

        var quantified = LimitJudge.Judge(result, indicator, requirement, JudgementMethod.Absolute, new DecisionRule(), Numbers.UnitConverter.BuiltIn);
        var notDetected = LimitJudge.Judge(nd, indicator, requirement, JudgementMethod.Absolute, new DecisionRule(), Numbers.UnitConverter.BuiltIn);

        quantified.Verdict.ShouldBe(Verdict.Fail);
        quantified.ComparedValue.ShouldBe("0.15");
        quantified.Conversion.ShouldBe("mg/kg → g/kg ×0.001");
        notDetected.Verdict.ShouldBe(Verdict.Pass);
        notDetected.ComparedValue.ShouldBe("<0.005");
    }

    public static TheoryData<string, Limit, string, Limit, string, ComparisonOutcome> Comparisons => new()
    {
        { "both not permitted", NotPermitted, "g/kg", NotPermitted, "mg/kg", ComparisonOutcome.Equal },
        { "not permitted against an upper limit", NotPermitted, "g/kg", Limit.AtMost("1000"), "mg/kg", ComparisonOutcome.Stricter },
        { "an enterprise upper limit against not permitted", Limit.AtMost("0.005"), "g/kg", NotPermitted, "g/kg", ComparisonOutcome.Looser },
        { "an upper limit of 0 against not permitted", Limit.AtMost("0"), "g/kg", NotPermitted, "g/kg", ComparisonOutcome.Equal },
        { "a lower limit against not permitted", Limit.AtLeast("1"), "g/kg", NotPermitted, "g/kg", ComparisonOutcome.NotComparable },
        { "not permitted against a range", NotPermitted, "g/kg", Limit.Between("1", "2"), "g/kg", ComparisonOutcome.NotComparable },
        { "not permitted against an upper limit without a number", NotPermitted, "g/kg", new Limit { Kind = LimitKind.Upper }, "g/kg", ComparisonOutcome.NotComparable },
    };

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Should_Compare_Not_Permitted_As_The_Strictest_Limit(string name, Limit subject, string subjectUnit, Limit reference, string referenceUnit,
        ComparisonOutcome expected)
    {
        var result = LimitComparer.Compare(subject, subjectUnit, reference, referenceUnit);

        result.Outcome.ShouldBe(expected, name);
    }

    [Fact]
    public void Should_Note_Why_An_Upper_Limit_Of_Zero_Equals_Not_Permitted()
    {
        var result = LimitComparer.Compare(Limit.AtMost("0"), "g/kg", NotPermitted, "g/kg");

        result.Note!.En.ShouldBe("an upper limit of 0 admits no quantified amount, as 'not permitted' does");
        result.Note.Zh.ShouldBe("上限为 0，与“不得使用”一样不允许任何定量检出");
    }

    [Fact]
    public void Should_Name_The_Limit_In_Both_Languages_Without_A_Unit()
    {
        Vocabulary.Limit(NotPermitted, "g/kg").ShouldBe(new LocalizedText("不得使用", "not permitted"));
        NotPermitted.ToString().ShouldBe("not permitted");
        NotPermitted.Kind.ShouldBe(LimitKind.NotPermitted);
    }

    [Fact]
    public void Should_Place_A_Not_Detected_Preservative_On_The_Top_Rung()
    {
        var result = Assessor.Assess(Juice("<0.005"), Catalog(), Some.Options());

        var benzoate = result.Indicators.Single();
        benzoate.Judgements.Select(j => $"{j.Requirement.RequirementId}:{j.Verdict}:{j.ComparedValue}").ShouldBe(
            ["gb.benzoate:Pass:<0.005", "cx.benzoate:Pass:<5"], ignoreOrder: true);
        benzoate.Rung.ShouldBe(DefaultLadder.InternationalLeading);
        result.Level.Rung.ShouldBe(DefaultLadder.InternationalLeading);
        result.Gaps.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Fail_A_Quantified_Preservative_And_Ask_For_Not_Detected_In_Both_Languages()
    {
        var result = Assessor.Assess(Juice("0.15", uncertainty: "0.01"), Catalog(), Some.Options() with
        {
            DecisionRule = new DecisionRule { Kind = DecisionRuleKind.NonBinary, GuardBandFactor = "1" },
        });

        var benzoate = result.Indicators.Single();
        benzoate.Judgements.ShouldAllBe(j => j.Verdict == Verdict.Fail && j.DecisionRule.Kind == DecisionRuleKind.SimpleAcceptance);
        result.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        var gap = result.Gaps.ShouldHaveSingleItem();
        gap.NextRung.ShouldBe(DefaultLadder.Compliant);
        gap.Limit.RequirementId.ShouldBe("gb.benzoate");
        gap.Required.ShouldBe("< DL");
        gap.RequiredText.ShouldBe(new LocalizedText("未检出（低于检出限）", "not detected (below the detection limit)"));
        gap.AbsoluteGap.ShouldBeNull();
        gap.RelativeGapPercent.ShouldBeNull();
        gap.Margin.ShouldBeNull();
    }

    [Fact]
    public void Should_Find_Only_A_Not_Permitted_Enterprise_Limit_As_Strict_As_The_National_One()
    {
        var strict = Assessor.Assess(Juice("<0.005", enterprise: NotPermitted), Catalog(), Some.Options());
        var loose = Assessor.Assess(Juice("<0.005", enterprise: Limit.AtMost("0.01")), Catalog(), Some.Options());

        string Outcomes(AssessmentResult r) => string.Join(", ", r.Comparisons.Select(c => $"{c.Subject.StandardCode}>{c.Reference.StandardCode}:{c.Outcome}"));
        Outcomes(strict).ShouldBe("Q/WNGZ 0001-2025>CXS 192-1995:Equal, Q/WNGZ 0001-2025>GB 2760-2024:Equal, GB 2760-2024>CXS 192-1995:Equal");
        Outcomes(loose).ShouldBe("Q/WNGZ 0001-2025>CXS 192-1995:Looser, Q/WNGZ 0001-2025>GB 2760-2024:Looser, GB 2760-2024>CXS 192-1995:Equal");
    }

    [Fact]
    public void Should_Accept_A_Not_Permitted_Requirement_In_A_Catalog() =>
        InputValidation.ValidateCatalog(Catalog()).ShouldBeEmpty();

    [Theory]
    [InlineData("max")]
    [InlineData("min")]
    [InlineData("basis")]
    public void Should_Refuse_A_Figure_On_A_Not_Permitted_Catalog_Limit(string field)
    {
        var limit = field switch
        {
            "max" => NotPermitted with { Max = "0" },
            "min" => NotPermitted with { Min = "0" },
            _ => NotPermitted with { Basis = "C6H5COOH" },
        };
        var catalog = Catalog() with { Requirements = [Catalog().Requirements[0] with { Limit = limit }] };

        var issue = InputValidation.ValidateCatalog(catalog).ShouldHaveSingleItem();

        issue.Code.ShouldBe("WB3048");
        issue.Path.ShouldBe($"requirements[0].limit.{field}");
        issue.Message.Zh.ShouldContain("不得使用");
    }

    [Fact]
    public void Should_Refuse_A_Figure_On_A_Not_Permitted_Enterprise_Limit()
    {
        var submission = Juice("<0.005", enterprise: NotPermitted with { Max = "0.005" });

        var issue = InputValidation.ValidateSubmission(submission, Catalog()).ShouldHaveSingleItem();

        issue.Code.ShouldBe("WB2052");
        issue.Path.ShouldBe("enterpriseStandard.limits[0].limit.max");
    }

    [Fact]
    public void Should_Refuse_Not_Permitted_On_An_Ordinal_Indicator()
    {
        var catalog = Valid.Catalog() with { Requirements = [Valid.Requirement("r", "fastness", NotPermitted, "")] };

        InputValidation.ValidateCatalog(catalog).Select(i => $"{i.Code}:{i.Path}").ShouldBe(["WB3046:requirements[0].limit.kind"]);
    }

    private static Catalog Catalog() => new()
    {
        Id = "juice-mini",
        Version = "0.0.1",
        Name = new("果汁（测试）", "Juice (test)"),
        Sectors = ["food"],
        Standards =
        [
            new Standard
            {
                Code = "GB 2760-2024", Title = new("食品添加剂使用标准", "Standard for uses of food additives"), Tier = StandardTier.National,
                Force = StandardForce.Mandatory, EditionYear = 2024, Effective = new DateOnly(2025, 2, 8),
            },
            new Standard { Code = "CXS 192-1995", Title = new("食品添加剂通用标准", "General Standard for Food Additives"), Tier = StandardTier.International },
        ],
        Indicators =
        [
            new Indicator
            {
                Id = "benzoate", Name = new("苯甲酸及其钠盐", "Benzoic acid and its sodium salt"), Unit = "g/kg", Direction = Direction.LowerIsBetter,
                Key = true, Category = IndicatorCategory.Safety,
            },
        ],
        ProductClasses = [new ProductClass { Id = "juice", Name = new("果汁", "Juice") }],
        Requirements =
        [
            Requirement("gb.benzoate", "GB 2760-2024", "g/kg"),
            Requirement("cx.benzoate", "CXS 192-1995", "mg/kg"),
        ],
    };

    private static Requirement Requirement(string id, string standard, string unit) => new()
    {
        Id = id,
        IndicatorId = "benzoate",
        StandardCode = standard,
        Limit = NotPermitted,
        Unit = unit,
        AppliesTo = new Applicability { ProductClasses = ["juice"] },
        Provenance = new Provenance { Source = "test", Confidence = Confidence.Derived, Note = new("由限值推导。", "Derived from the limit.") },
    };

    private static Submission Juice(string value, string? uncertainty = null, Limit? enterprise = null) => new()
    {
        Id = "juice-1",
        Sector = "food",
        Enterprise = new Enterprise { Name = "渭南测试果汁有限公司", CreditCode = "91512081MA62K0260E" },
        Product = new Product { Name = "苹果汁", ProductClass = "juice" },
        Results =
        [
            new MeasuredResult
            {
                IndicatorId = "benzoate", Value = value, Uncertainty = uncertainty, CoverageFactor = uncertainty is null ? null : "2",
                Evidence = EvidenceGrade.AccreditedLab,
            },
        ],
        EnterpriseStandard = enterprise is null ? null : new EnterpriseStandard
        {
            Code = "Q/WNGZ 0001-2025",
            Limits = [new EnterpriseLimit { IndicatorId = "benzoate", Limit = enterprise }],
        },
    };
}
