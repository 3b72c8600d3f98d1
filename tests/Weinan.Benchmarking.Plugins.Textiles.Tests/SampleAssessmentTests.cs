using Weinan.Benchmarking.Sdk.Assessment;

namespace Weinan.Benchmarking.Plugins.Textiles.Tests;

public class SampleAssessmentTests
{
    private static AssessmentResult Assess(string sample) =>
        Assessor.Assess(TextilesFixture.Sample(sample), TextilesFixture.Catalog, new AssessmentOptions { AssessmentDate = new DateOnly(2026, 11, 27) });

    [Theory]
    // Short of the international rung: nickel (not key) fails OEKO-TEX class I, so no rung above 达标 holds (infants have no
    // domestic grade above the mandatory class A).
    [InlineData("infant-bodysuit", DefaultLadder.Compliant, LevelScope.AllIndicators)]
    // Fails GB 18401 class B formaldehyde (mandatory) and its own Q/WNFZ limit.
    [InlineData("cotton-shirt", DefaultLadder.NonCompliant, LevelScope.AllIndicators)]
    // Meets class C but not class A formaldehyde: 达标, not 国内领先.
    [InlineData("curtain", DefaultLadder.Compliant, LevelScope.AllIndicators)]
    // Key indicators meet class A (a voluntary higher grade for class B); dry rubbing (not key) does not, so the scope is named.
    [InlineData("children-tshirt", DefaultLadder.DomesticLeading, LevelScope.KeyIndicators)]
    // Elastane labelled 5 % measures 1.3 %: outside GB/T 29862's ± 3 points, so the product fails its label claim.
    [InlineData("polo-shirt", DefaultLadder.NonCompliant, LevelScope.AllIndicators)]
    // Every indicator evaluated and meets the strictest reference of the family by more than its uncertainty.
    [InlineData("baby-sleeping-bag", DefaultLadder.InternationalLeading, LevelScope.AllIndicators)]
    public void Should_Reach_The_Expected_Level(string sample, string level, LevelScope scope)
    {
        var result = Assess(sample);
        result.Issues.ShouldBeEmpty();
        result.Level.Rung.ShouldBe(level);
        result.Level.Scope.ShouldBe(scope);
        result.Level.Determined.ShouldBeTrue();
    }

    [Fact]
    public void Should_Fail_The_Cotton_Shirt_On_Formaldehyde_Under_GB_18401_Class_B_And_Its_Own_Standard()
    {
        var result = Assess("cotton-shirt");
        var formaldehyde = result.Indicators.Single(i => i.IndicatorId == "formaldehyde");
        formaldehyde.Judgements.ShouldContain(j => j.Requirement.StandardCode == "GB 18401-2010" && j.Requirement.Grade!.Label == "B" && j.Verdict == Verdict.Fail && j.Binding);
        formaldehyde.Judgements.ShouldContain(j => j.Requirement.StandardCode == "Q/WNFZ 0001-2025" && j.Verdict == Verdict.Fail && j.Binding);
        result.Level.Reason!.Zh.ShouldStartWith("不符合强制性要求：");
        result.Gaps[0].IndicatorId.ShouldBe("formaldehyde");
        result.Gaps[0].Binding.ShouldBeTrue();
        result.Gaps[0].Required.ShouldBe("≤ 50");
    }

    [Fact]
    public void Should_Keep_Non_Key_International_Failures_From_The_International_Rung()
    {
        var result = Assess("infant-bodysuit");

        result.Level.Reason!.En.ShouldContain("nickel");
        result.Level.Obstacles.ShouldContain(o => o.IndicatorId == "extractable-ni" && o.Kind == ObstacleKind.Fails && o.Rung == DefaultLadder.InternationalAdvanced);
        result.Level.SkippedRungs.ShouldContain(s => s.Rung == DefaultLadder.DomesticLeading && s.Reason.En == "no domestic grade above the mandatory one");
        result.Gaps.ShouldContain(g => g.IndicatorId == "extractable-ni" && g.Required == "≤ 0.5" && !g.Binding);
    }

    [Fact]
    public void Should_Not_Place_An_Indicator_On_A_Rung_It_Has_No_Requirement_For()
    {
        var nickel = Assess("infant-bodysuit").Indicators.Single(i => i.IndicatorId == "extractable-ni");

        nickel.Rung.ShouldBe("");
        nickel.RungNote!.Zh.ShouldContain("没有国家标准、行业标准的要求");
        nickel.RungNote.En.ShouldContain("Domestic leading: no national, industry requirement");
    }

    [Fact]
    public void Should_Tell_Domestic_Leading_From_Compliant_With_The_Higher_Grade_Of_The_Family()
    {
        var curtain = Assess("curtain");
        curtain.Level.Reason!.En.ShouldBe("'Domestic leading' not reached: Formaldehyde content (does not reach GB 18401-2010 A)");
        var reference = curtain.Indicators.Single(i => i.IndicatorId == "formaldehyde").Judgements.Single(j => j.Role == JudgementRole.Reference);
        reference.Requirement.RequirementId.ShouldBe("gb18401-2010.formaldehyde.A");
        reference.Binding.ShouldBeFalse();
        reference.Verdict.ShouldBe(Verdict.Fail);

        var tshirt = Assess("children-tshirt");
        tshirt.Indicators.Single(i => i.IndicatorId == "formaldehyde").Rung.ShouldBe(DefaultLadder.DomesticLeading);
        tshirt.Indicators.Single(i => i.IndicatorId == "fastness-dry-rubbing").Rung.ShouldBe(DefaultLadder.Compliant);
    }

    [Fact]
    public void Should_Judge_Each_Fibre_Of_The_Label_Against_Its_Permitted_Deviation()
    {
        var polo = Assess("polo-shirt").Indicators.Where(i => i.IndicatorId == "fibre-content").ToList();
        polo.Select(i => $"{i.Component}:{i.Declared}:{i.Value}:{i.Judgements.Single().AcceptanceBounds}:{i.Judgements.Single().Verdict}")
            .ShouldBe(["cotton:95:98.7:90 ~ 100:Pass", "elastane:5:1.3:2 ~ 8:Fail"]);

        var tshirt = Assess("children-tshirt").Indicators.Where(i => i.IndicatorId == "fibre-content").ToList();
        tshirt.ShouldAllBe(i => i.Judgements.Single().Verdict == Verdict.Pass && i.Judgements.Single().Binding);
    }

    [Fact]
    public void Should_Judge_Formaldehyde_Only_Against_Limits_Its_Test_Method_Defines()
    {
        var bodysuit = Assess("infant-bodysuit").Indicators.Single(i => i.IndicatorId == "formaldehyde");
        bodysuit.Judgements.Select(j => $"{j.Requirement.StandardCode}:{j.TestMethod}:{j.Value}:{j.Verdict}").ShouldBe(
        [
            "GB 18401-2010:GB/T 2912.1-2009:ND:Pass",
            "OEKO-TEX STANDARD 100:2012:JIS L 1041:12:Pass",
        ]);

        var curtain = Assess("curtain").Indicators.Single(i => i.IndicatorId == "formaldehyde");
        var oeko = curtain.Judgements.Single(j => j.Requirement.StandardCode.StartsWith("OEKO-TEX", StringComparison.Ordinal));
        oeko.Verdict.ShouldBe(Verdict.Indeterminate);
        oeko.Note!.En.ShouldContain("measured by GB/T 2912.1-2009, but the limit is defined by JIS L 1041");
    }

    [Fact]
    public void Should_Mark_Older_OEKO_TEX_Figures_And_Name_The_Edition_In_Force()
    {
        var result = Assess("baby-sleeping-bag");
        var nickel = result.Indicators.Single(i => i.IndicatorId == "extractable-ni").Judgements.Single();
        nickel.Note!.En.ShouldContain("this edition is withdrawn; replaced by OEKO-TEX STANDARD 100:2026");
        result.Standards.ShouldContain(s => s.Code == "OEKO-TEX STANDARD 100:2026" && s.Status == EditionStatus.InForce);
        result.Standards.ShouldContain(s => s.Code == "OEKO-TEX STANDARD 100:2013" && s.Status == EditionStatus.Withdrawn);
    }

    [Fact]
    public void Should_Not_Evaluate_Exempt_Indicators_Of_The_Curtain()
    {
        var result = Assess("curtain");
        result.NotEvaluated.ShouldContain(n => n.IndicatorId == "fastness-acid-perspiration" && n.Kind == NotEvaluatedKind.NotApplicable);
        result.Indicators.ShouldNotContain(i => i.IndicatorId == "fastness-acid-perspiration");
    }

    [Fact]
    public void Should_List_Conditional_Infant_Requirements_Without_A_Value_As_Not_Applicable()
    {
        var result = Assess("infant-bodysuit");
        result.NotEvaluated.ShouldContain(n => n.IndicatorId == "total-pb" && n.Kind == NotEvaluatedKind.NotApplicable && n.Reason.En.Contains("coatings or prints"));
    }
}
