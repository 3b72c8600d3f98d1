using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Tests;

public class AssessorTests
{
    private static AssessmentResult Assess() => Assessor.Assess(Some.Shirt(), Some.Catalog(), Some.Options());

    [Fact]
    public void Should_Judge_Every_Applicable_Requirement_Of_The_Product_Class()
    {
        var result = Assess();

        var verdicts = result.Indicators.SelectMany(i => i.Judgements.Select(j => $"{i.IndicatorId}:{j.Requirement.RequirementId}:{j.Verdict}:{j.ComparedValue}"));
        verdicts.ShouldBe(
        [
            "formaldehyde:gb.formaldehyde.B:Pass:40",
            "formaldehyde:oeko.formaldehyde.II:Pass:40",
            "formaldehyde::Pass:40",
            "formaldehyde:gb.formaldehyde.A:Fail:40",
            "ph:gb.ph.B:Pass:7.9",
            "ph:oeko.ph.II:Fail:7.9",
            "ph::Pass:7.9",
            "water-fastness:gb.water.B:Pass:3-4",
            "odour:gb.odour.B:Pass:none",
            "lead:oeko.lead.II:Pass:<0.05",
        ]);
        var formaldehyde = result.Indicators[0].Judgements;
        formaldehyde.Select(j => $"{j.Role}:{j.Binding}").ShouldBe(["Applicable:True", "Applicable:False", "Applicable:True", "Reference:False"]);
        formaldehyde[2].Requirement.StandardCode.ShouldBe("Q/WNCS 0001-2025");
        formaldehyde[2].Requirement.Tier.ShouldBe(StandardTier.Enterprise);
        result.Indicators.SelectMany(i => i.Judgements).ShouldAllBe(j => j.Method == JudgementMethod.Absolute && j.MethodSource == "options");
        result.Rules.DefaultMethod.ShouldBe(JudgementMethod.Absolute);
        result.Rules.Rounding.ShouldContain("GB/T 8170");
        result.Rules.Ladder.ShouldBe("default-2");
    }

    [Fact]
    public void Should_Compare_Enterprise_And_National_Limits_With_The_References()
    {
        var result = Assess();

        result.Comparisons.Select(c => $"{c.IndicatorId}:{c.Subject.StandardCode}:{c.Reference.StandardCode}:{c.Outcome}").ShouldBe(
        [
            "formaldehyde:Q/WNCS 0001-2025:OEKO-TEX STANDARD 100:Stricter",
            "formaldehyde:Q/WNCS 0001-2025:GB 18401-2010:Stricter",
            "ph:Q/WNCS 0001-2025:OEKO-TEX STANDARD 100:Looser",
            "ph:Q/WNCS 0001-2025:GB 18401-2010:Stricter",
            "formaldehyde:GB 18401-2010:OEKO-TEX STANDARD 100:Equal",
            "ph:GB 18401-2010:OEKO-TEX STANDARD 100:Looser",
        ]);
    }

    [Fact]
    public void Should_Position_Each_Indicator_And_The_Product_On_The_Ladder()
    {
        var result = Assess();

        // Formaldehyde 40 meets class B but not class A, the higher domestic grade of the family: it stays on 达标, and so does
        // the product. Lead has no binding requirement and declared-only evidence: it stands on no rung.
        result.Indicators.Select(i => $"{i.IndicatorId}:{i.Rung}:{i.CappedBy}").ShouldBe(
        [
            "formaldehyde:compliant:",
            "ph:compliant:",
            "water-fastness:compliant:",
            "odour:compliant:",
            "lead::international-advanced",
        ]);
        result.Indicators.Single(i => i.IndicatorId == "formaldehyde").BestMet!.StandardCode.ShouldBe("OEKO-TEX STANDARD 100");
        result.Indicators.Single(i => i.IndicatorId == "ph").BestMet!.StandardCode.ShouldBe("GB 18401-2010");
        result.Indicators.Single(i => i.IndicatorId == "lead").RungNote!.En.ShouldContain("no mandatory, declared-standard or label requirement");
        result.Level.Rung.ShouldBe(DefaultLadder.Compliant);
        result.Level.Name.Zh.ShouldBe("达标");
        result.Level.Failing.ShouldBeFalse();
        result.Level.Reason!.En.ShouldBe("'Domestic leading' not reached: Formaldehyde (does not reach GB 18401-2010 A)");
        result.Level.Obstacles.ShouldHaveSingleItem().Requirement!.RequirementId.ShouldBe("gb.formaldehyde.A");
    }

    [Fact]
    public void Should_Rank_Gaps_With_The_Value_Needed_For_The_Next_Rung()
    {
        var result = Assess();

        result.Gaps.Select(g => $"{g.Priority}:{g.IndicatorId}:{g.CurrentRung}->{g.NextRung}:{g.Kind}:{g.Required}:{g.AbsoluteGap}:{g.RelativeGapPercent}:{g.RequiredEvidence}").ShouldBe(
        [
            "1:formaldehyde:compliant->domestic-leading:Limit:≤ 20:20:100:",
            "2:ph:compliant->international-advanced:Limit:4 ~ 7.5:0.4:5.3:",
            "3:lead:->international-advanced:Evidence::::SelfTested",
        ]);
        result.Gaps[0].Limit.RequirementId.ShouldBe("gb.formaldehyde.A");
        result.Gaps[1].Limit.StandardCode.ShouldBe("OEKO-TEX STANDARD 100");
    }

    [Fact]
    public void Should_List_What_Was_Not_Evaluated_And_Why()
    {
        var result = Assess();

        var item = result.NotEvaluated.ShouldHaveSingleItem();
        item.IndicatorId.ShouldBe("saliva-fastness");
        item.Kind.ShouldBe(NotEvaluatedKind.NotApplicable);
        item.Reason.En.ShouldContain("class A only");
    }

    [Fact]
    public void Should_Apply_The_Edition_In_Force_And_Record_It()
    {
        var now = Assess();
        now.Standards.Select(s => $"{s.Code}:{s.Status}").ShouldBe(["OEKO-TEX STANDARD 100:InForce", "GB 18401-2010:InForce", "Q/WNCS 0001-2025:InForce"]);

        // Before GB 18401-2010 came into force, the 2003 edition's class B pH (4.0–7.5) applies and pH 7.9 fails it.
        var then = Assessor.Assess(Some.Shirt(), Some.Catalog(), Some.Options(new DateOnly(2010, 6, 1)));
        then.Indicators.Single(i => i.IndicatorId == "ph").Judgements.Select(j => $"{j.Requirement.StandardCode}:{j.Verdict}")
            .ShouldBe(["GB 18401-2003:Fail", "OEKO-TEX STANDARD 100:Fail", "Q/WNCS 0001-2025:Pass"]);
        then.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        then.Level.Failing.ShouldBeTrue();
    }

    [Theory]
    [InlineData(" apparel", "apparel")]
    [InlineData("apparel", " apparel")]
    [InlineData("APPAREL", "apparel ")]
    public void Should_Apply_A_Category_Limited_Requirement_As_It_Matches_Whatever_Spelling_Came_First(string first, string second)
    {
        // Given: the lead requirement limited to the category "apparel"; one catalog, so both submissions share its plans
        var catalog = Some.Catalog();
        catalog = catalog with
        {
            Requirements = [.. catalog.Requirements.Select(r => r.Id == "oeko.lead.II" ? r with { AppliesTo = r.AppliesTo with { Categories = ["apparel"] } } : r)],
        };
        bool LeadJudged(string category)
        {
            var shirt = Some.Shirt();
            var result = Assessor.Assess(shirt with { Product = shirt.Product with { Category = category } }, catalog, Some.Options());
            return result.Indicators.Any(i => i.IndicatorId == "lead" && i.Judgements.Count > 0);
        }

        // When
        var judged = (First: LeadJudged(first), Second: LeadJudged(second));

        // Then: each spelling gets what the requirement's own matching says (case ignored, spaces not), in either order
        judged.ShouldBe((Matches(first), Matches(second)));
        static bool Matches(string category) => new Applicability { Categories = ["apparel"] }.Matches(category, null);
    }

    [Fact]
    public void Should_Keep_And_Flag_A_Withdrawn_Edition_That_Has_No_Replacement_For_The_Indicator()
    {
        var catalog = Some.Catalog();
        catalog = catalog with
        {
            Requirements = [.. catalog.Requirements.Where(r => r.Id != "gb.ph.B")],
        };

        var result = Assessor.Assess(Some.Shirt(), catalog, Some.Options());

        var judgement = result.Indicators.Single(i => i.IndicatorId == "ph").Judgements.Single(j => j.Requirement.StandardCode == "GB 18401-2003");
        judgement.Note!.En.ShouldContain("replaced by GB 18401-2010");
        result.Standards.ShouldContain(s => s.Code == "GB 18401-2003" && s.Status == EditionStatus.Withdrawn && s.SupersededBy == "GB 18401-2010");
    }

    [Fact]
    public void Should_Cap_The_Level_When_Evidence_Is_Only_Declared()
    {
        var submission = Some.Shirt() with
        {
            Results = [.. Some.Shirt().Results.Select(r => r with
            {
                Evidence = EvidenceGrade.Declared,
                Value = r.IndicatorId switch { "ph" => "6.5", "formaldehyde" => "12", _ => r.Value },
            })],
        };

        var result = Assessor.Assess(submission, Some.Catalog(), Some.Options());

        result.Level.Rung.ShouldBe(DefaultLadder.DomesticLeading);
        result.Level.Reason!.En.ShouldContain("evidence too weak");
    }

    [Fact]
    public void Should_Reach_The_Top_Rung_When_Every_Key_Indicator_Meets_The_Strictest_Reference_By_More_Than_U()
    {
        // Formaldehyde 12 ± 3 meets OEKO-TEX class I (16), the strictest of the family, by more than U; pH 6.5 sits in the
        // narrowest range 4.0–7.5; every applicable international requirement is met with self-tested evidence or better.
        var submission = Some.Shirt() with
        {
            Results = [.. Some.Shirt().Results.Select(r => r.IndicatorId switch
            {
                "ph" => r with { Value = "6.5" },
                "formaldehyde" => r with { Value = "12" },
                "lead" => r with { Evidence = EvidenceGrade.SelfTested },
                _ => r,
            })],
        };

        var result = Assessor.Assess(submission, Some.Catalog(), Some.Options());

        result.Level.Rung.ShouldBe(DefaultLadder.InternationalLeading);
        result.Level.Scope.ShouldBe(LevelScope.AllIndicators);
        result.Gaps.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Bind_The_Product_To_A_Catalog_Standard_It_Declares()
    {
        // OEKO-TEX is voluntary; once the product declares it, its class II pH range (4.0–7.5) binds, and 7.9 fails it.
        var submission = Some.Shirt() with { Product = Some.Shirt().Product with { DeclaredStandards = ["OEKO-TEX STANDARD 100"] } };

        var result = Assessor.Assess(submission, Some.Catalog(), Some.Options());

        result.Indicators.Single(i => i.IndicatorId == "ph").Judgements.Single(j => j.Requirement.RequirementId == "oeko.ph.II").Binding.ShouldBeTrue();
        result.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        result.Level.Reason!.Zh.ShouldBe("不符合明示标准或标示值：pH值（不符合 OEKO-TEX STANDARD 100 II）");
        InputValidation.ValidateSubmission(submission, Some.Catalog()).ShouldBeEmpty();
        InputValidation.ValidateSubmission(submission with { Product = submission.Product with { DeclaredStandards = ["GB 99999"] } }, Some.Catalog())
            .ShouldHaveSingleItem().Code.ShouldBe("WB2065");
    }

    [Fact]
    public void Should_Record_The_Decision_Rule_And_Fall_Back_Without_Uncertainty()
    {
        var options = Some.Options() with { DecisionRule = new DecisionRule { Kind = DecisionRuleKind.NonBinary } };

        var result = Assessor.Assess(Some.Shirt(), Some.Catalog(), options);

        result.Rules.DecisionRule.Kind.ShouldBe(DecisionRuleKind.NonBinary);
        var formaldehyde = result.Indicators.Single(i => i.IndicatorId == "formaldehyde").Judgements[0];
        formaldehyde.DecisionRule.Kind.ShouldBe(DecisionRuleKind.NonBinary);
        var ph = result.Indicators.Single(i => i.IndicatorId == "ph").Judgements[0];
        ph.DecisionRule.Kind.ShouldBe(DecisionRuleKind.SimpleAcceptance);
    }

    [Fact]
    public void Should_Report_Unknown_And_Duplicate_Results_As_Issues()
    {
        var submission = Some.Shirt() with
        {
            Results = [.. Some.Shirt().Results, new MeasuredResult { IndicatorId = "ph", Value = "5" }, new MeasuredResult { IndicatorId = "nickel", Value = "1" }],
        };

        var result = Assessor.Assess(submission, Some.Catalog(), Some.Options());

        result.Issues.Select(i => $"{i.Code}:{i.Path}").ShouldBe(["WB2902:results[5].indicatorId", "WB2901:results[6].indicatorId"]);

        // The duplicate is of a catalog indicator, named in each language; the unknown one can only be shown by its id
        var ph = Some.Catalog().Indicators.Single(i => i.Id == "ph").Name;
        result.Issues[0].Message.ShouldBe(new LocalizedText($"指标“{ph.Zh}”以同一方法重复提交，只采用第一条", $"indicator '{ph.En}' submitted twice by the same method; the first is used"));
        result.Issues[0].Message.Zh.ShouldNotContain("“ph”");
        result.Issues[1].Message.Zh.ShouldContain("“nickel”");
    }

    [Fact]
    public void Should_Compute_Derived_Indicators_From_Raw_Results()
    {
        var catalog = Some.Catalog() with
        {
            Indicators = [.. Some.Catalog().Indicators, new Indicator { Id = "ratio", Name = new("比值", "Ratio"), Unit = "", Direction = Direction.HigherIsBetter, DerivedFrom = ["formaldehyde", "lead"] }],
            Requirements = [.. Some.Catalog().Requirements, new Requirement { Id = "gb.ratio", IndicatorId = "ratio", StandardCode = Some.Gb2010.Code, Limit = Limit.AtLeast("1.25"), Provenance = new() { Source = "test" } }],
        };

        var result = Assessor.Assess(Some.Shirt(), catalog, Some.Options(), [new HalfOfFormaldehyde()]);

        var ratio = result.Indicators.Single(i => i.IndicatorId == "ratio");
        ratio.Derived.ShouldBeTrue();
        ratio.Value.ShouldBe("20");
        ratio.Judgements.Single().Verdict.ShouldBe(Verdict.Pass);
    }

    [Fact]
    public void Should_Name_The_Derived_Indicators_When_An_Input_Has_No_Requirement_Of_Its_Own()
    {
        // Given: "mass" and "length" feed two derived indicators of the catalog; "colour" feeds none; none of the three is limited
        var catalog = Some.Catalog() with
        {
            Indicators =
            [
                .. Some.Catalog().Indicators,
                new Indicator { Id = "mass", Name = new("实际重量", "Actual mass"), Unit = "kg" },
                new Indicator { Id = "length", Name = new("长度", "Length"), Unit = "m" },
                new Indicator { Id = "colour", Name = new("颜色", "Colour"), Kind = IndicatorKind.Categorical },
                new Indicator { Id = "linear-mass", Name = new("线密度", "Linear mass"), Unit = "kg/m", DerivedFrom = ["mass", "length"] },
                new Indicator { Id = "mass-deviation", Name = new("重量偏差", "Mass deviation"), Unit = "%", DerivedFrom = ["mass"] },
            ],
        };
        var submission = Some.Shirt() with
        {
            Results =
            [
                .. Some.Shirt().Results,
                new MeasuredResult { IndicatorId = "mass", Value = "2.5" },
                new MeasuredResult { IndicatorId = "length", Value = "1.0" },
                new MeasuredResult { IndicatorId = "colour", Value = "blue" },
            ],
        };

        // When
        var reasons = Assessor.Assess(submission, catalog, Some.Options()).NotEvaluated.ToDictionary(n => n.IndicatorId, n => n.Reason);

        // Then: the inputs name what they are computed into, in catalog order; another unlimited indicator keeps its reason
        reasons["mass"].ShouldBe(new LocalizedText("用于计算线密度、重量偏差，本身无限值", "input of Linear mass, Mass deviation; no limit of its own"));
        reasons["length"].ShouldBe(new LocalizedText("用于计算线密度，本身无限值", "input of Linear mass; no limit of its own"));
        reasons["colour"].En.ShouldStartWith("no requirement applies to this product");
    }

    [Theory]
    [InlineData("直接接触皮肤（B类）", "skin-contact", "没有适用于该产品类别的要求：直接接触皮肤（B类）")]
    [InlineData("直接接触皮肤(B类)", "skin-contact", "没有适用于该产品类别的要求：直接接触皮肤（B类）")]
    [InlineData("直接接触皮肤", null, "没有适用于该产品的要求（未给出产品类别）")]
    public void Should_Name_The_Class_Without_Nested_Parentheses_When_No_Requirement_Applies(string className, string? productClass, string zh)
    {
        // Given: a measured indicator no requirement limits, not an input of any derived indicator
        var catalog = Some.Catalog() with
        {
            Indicators = [.. Some.Catalog().Indicators, new Indicator { Id = "colour", Name = new("颜色", "Colour"), Kind = IndicatorKind.Categorical }],
            ProductClasses = [.. Some.Catalog().ProductClasses.Select(c => c.Id == "skin-contact" ? c with { Name = new(className, "Direct skin contact (class B)") } : c)],
        };
        var shirt = Some.Shirt();
        var submission = shirt with
        {
            Product = shirt.Product with { ProductClass = productClass },
            Results = [.. shirt.Results, new MeasuredResult { IndicatorId = "colour", Value = "blue" }],
        };

        // When
        var reason = Assessor.Assess(submission, catalog, Some.Options()).NotEvaluated.Single(n => n.IndicatorId == "colour").Reason;

        // Then: Chinese names the class after a colon, in full-width parentheses; English keeps its wording
        reason.Zh.ShouldBe(zh);
        reason.En.ShouldBe(productClass is null ? "no requirement applies to this product (class —)" : "no requirement applies to this product (class Direct skin contact (class B))");
    }

    [Fact]
    public void Should_Measure_The_Gap_To_The_Acceptance_Limit_When_A_Guard_Band_Applies()
    {
        // 72 ± 6 against ≤ 75 fails under the binary guard-band rule (AL = 69): the gap is 3, not 0.
        var submission = Some.Shirt() with
        {
            EnterpriseStandard = null,
            Results = [.. Some.Shirt().Results.Select(r => r.IndicatorId == "formaldehyde" ? r with { Value = "72", Uncertainty = "6" } : r)],
        };

        var result = Assessor.Assess(submission, Some.Catalog(), Some.Options() with { DecisionRule = new DecisionRule { Kind = DecisionRuleKind.GuardBand } });

        var gap = result.Gaps.Single(g => g.IndicatorId == "formaldehyde");
        gap.NextRung.ShouldBe(DefaultLadder.Compliant);
        gap.Binding.ShouldBeTrue();
        gap.AbsoluteGap.ShouldBe("3");
        gap.Required.ShouldBe("≤ 69");
        gap.Margin.ShouldBe("6");
        result.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
    }

    private sealed class HalfOfFormaldehyde : IDerivedIndicator
    {
        public string IndicatorId => "ratio";

        public IReadOnlyList<string> Inputs => ["formaldehyde"];

        public MeasuredResult? Compute(IReadOnlyDictionary<string, MeasuredResult> inputs) =>
            new() { Value = (decimal.Parse(inputs["formaldehyde"].Value, System.Globalization.CultureInfo.InvariantCulture) / 2m).ToString(System.Globalization.CultureInfo.InvariantCulture), Evidence = EvidenceGrade.SelfTested };
    }
}
