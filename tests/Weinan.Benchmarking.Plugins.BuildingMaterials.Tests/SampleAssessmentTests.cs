using static Weinan.Benchmarking.Plugins.BuildingMaterials.Tests.BuildingMaterialsFixture;

namespace Weinan.Benchmarking.Plugins.BuildingMaterials.Tests;

/// <summary>The shipped samples, assessed by the real engine on 2026-11-27 with the plugin's derived indicators.</summary>
public class SampleAssessmentTests
{
    [Theory]
    // Meets everything that binds it and GB 16780-2021 grade 1 (the key clinker energy): 国内领先. Its EN 196-3 initial
    // setting (56 min) is short of EN 197-1 42,5 N (≥ 60 min), so 国际先进 is not reached.
    [InlineData("bagged-po-42-5", DefaultLadder.DomesticLeading,
        "未达到“国际先进”：初凝时间（未达到 EN 197-1:2011 42,5 N）")]
    // 28-day compressive strength 41.6 MPa below its class (GB 175-2023, ≥ 42.5 for 42.5R): mandatory.
    [InlineData("bulk-po-42-5r", DefaultLadder.NonCompliant,
        "不符合强制性要求：28 d 抗压强度（不符合 GB 175-2023 42.5R）")]
    // Meets GB 175 but not its own Q/PCLY 0001-2025 (28 d ≥ 55.0 MPa, LOI ≤ 3.0 %): 不符合明示标准.
    [InlineData("bagged-po-52-5", DefaultLadder.NonCompliant,
        "不符合明示标准或标示值：28 d 抗压强度（不符合 Q/PCLY 0001-2025）、烧失量（不符合 Q/PCLY 0001-2025）")]
    public void Should_Reach_The_Expected_Level_For_The_Reason_Given(string sample, string level, string reason)
    {
        var result = Assess(sample);

        result.Issues.ShouldBeEmpty();
        result.Level.Rung.ShouldBe(level);
        result.Level.Scope.ShouldBe(LevelScope.AllIndicators);
        result.Level.Determined.ShouldBeTrue();
        result.Level.Reason!.Zh.ShouldBe(reason);
        result.Level.SkippedRungs.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Stop_The_42_5_Sample_At_The_EN_Initial_Setting_Time()
    {
        var result = Assess("bagged-po-42-5");

        result.Level.Obstacles.Select(o => $"{o.Rung}:{o.Kind}:{o.IndicatorId}:{o.Requirement!.RequirementId}")
            .ShouldBe(["international-advanced:Fails:initial-setting-time:en197-1-2011.initial-setting-time.po-42.5"]);
        var gap = result.Gaps.ShouldHaveSingleItem();
        $"{gap.IndicatorId}:{gap.Measured}:{gap.Required}:{gap.NextRung}:{gap.Binding}".ShouldBe("initial-setting-time:56:≥ 60:international-advanced:False");
        gap.RelativeGapPercent.ShouldBe("6.7");

        // The GB/T 1346 value (55 min) is judged against GB 175, the EN 196-3 value (56 min) against EN 197-1.
        Indicator(result, "initial-setting-time").Judgements.Select(j => $"{j.Requirement.StandardCode}:{j.TestMethod}:{j.Value}:{j.Verdict}")
            .ShouldBe(["GB 175-2007:GB/T 1346-2011:55:Pass", "EN 197-1:2011:EN 196-3:56:Fail"]);
    }

    [Fact]
    public void Should_Decide_The_Grade_By_Product_Class()
    {
        // The same 2-day strength meets EN 197-1 42,5 N (≥ 10.0) and fails 42,5 R (≥ 20.0); the same 28-day strength meets
        // class 42.5 and fails class 52.5; the same initial setting fails 42,5 (≥ 60) and meets 52,5 (≥ 45).
        var sample = WithResult(WithResult(WithResult(Sample("bagged-po-42-5"),
            "compressive-strength-2d", r => r with { Value = "15.0" }),
            "compressive-strength-28d", r => r with { Value = "50.0" }),
            "initial-setting-time", r => r with { Value = "50" });

        string Verdicts(string productClass, string indicator) => string.Join(" ", Indicator(
                Assess(sample with { Product = sample.Product with { ProductClass = productClass } }), indicator).Judgements
            .Where(j => j.Role == JudgementRole.Applicable && j.Requirement.Grade is not null)
            .Select(j => $"{j.Requirement.StandardCode}/{j.Requirement.Grade!.Label}:{j.Verdict}"));

        Verdicts("P·O 42.5", "compressive-strength-2d").ShouldBe("EN 197-1:2011/42,5 N:Pass");
        Verdicts("P·O 42.5R", "compressive-strength-2d").ShouldBe("EN 197-1:2011/42,5 R:Fail");
        Verdicts("P·O 52.5R", "compressive-strength-2d").ShouldBe("EN 197-1:2011/52,5 R:Fail");
        Verdicts("P·O 42.5", "compressive-strength-28d").ShouldBe("GB 175-2023/42.5:Pass EN 197-1:2011/42,5 N:Pass");
        Verdicts("P·O 52.5", "compressive-strength-28d").ShouldBe("GB 175-2023/52.5:Fail EN 197-1:2011/52,5 N:Fail");
        Verdicts("P·O 42.5", "initial-setting-time").ShouldBe("EN 197-1:2011/42,5 N:Fail");
        Verdicts("P·O 52.5", "initial-setting-time").ShouldBe("EN 197-1:2011/52,5 N:Pass");
    }

    [Fact]
    public void Should_Not_Judge_One_Strength_Class_Against_Another()
    {
        // No family: a 42.5 cement has no 52.5 references, and 国内领先 means the clinker energy grade, not a higher class.
        var result = Assess("bagged-po-42-5");

        result.Indicators.SelectMany(i => i.Judgements).Where(j => j.Role == JudgementRole.Reference).ShouldBeEmpty();
        Indicator(result, "compressive-strength-28d").RungNote!.En.ShouldContain("Domestic leading: no domestic grade above the mandatory one");
    }

    [Fact]
    public void Should_Convert_A_Final_Setting_Time_In_Minutes_To_The_Hours_GB_175_Writes()
    {
        var judgement = Indicator(Assess("bagged-po-42-5"), "final-setting-time").Judgements.Single();

        judgement.Requirement.Limit.Max.ShouldBe("10");
        judgement.Requirement.Unit.ShouldBe("h");
        judgement.Value.ShouldBe("215");
        Number(judgement.ComparedValue).ShouldBe(3.583333m);
        judgement.Conversion.ShouldBe("min → h ×0.016667");
        judgement.Note!.Zh.ShouldStartWith("已换算：min → h");
        judgement.Verdict.ShouldBe(Verdict.Pass);

        // 601 min is over 10 h: the conversion is exact, not a rounded hour.
        var late = Assess(WithResult(Sample("bagged-po-42-5"), "final-setting-time", r => r with { Value = "601" }));
        Indicator(late, "final-setting-time").Judgements.Single().Verdict.ShouldBe(Verdict.Fail);
        late.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
    }

    [Fact]
    public void Should_Compare_Limits_Across_Units_And_Shapes()
    {
        var comparisons = Assess("bagged-po-52-5").Comparisons;

        // Q/PCLY ≤ 390 min against GB 175 ≤ 10 h (600 min): stricter, after converting.
        var setting = comparisons.Single(c => c.IndicatorId == "final-setting-time" && c.Subject.StandardCode == "Q/PCLY 0001-2025");
        setting.Reference.StandardCode.ShouldBe("GB 175-2007");
        setting.Outcome.ShouldBe(ComparisonOutcome.Stricter);
        setting.Note!.En.ShouldContain("h");

        comparisons.Single(c => c.IndicatorId == "loss-on-ignition" && c.Subject.StandardCode == "Q/PCLY 0001-2025" && c.Reference.StandardCode == "EN 197-1:2011")
            .Outcome.ShouldBe(ComparisonOutcome.Stricter);

        // GB 175 ≥ 42.5 against EN 197-1 42,5 N 42.5 ~ 62.5: a lower limit and a range are not directly comparable (CE-03);
        // initial setting ≥ 45 against ≥ 60 is looser (CMP-05); SO₃ and LOI are equal.
        var domestic = Assess("bagged-po-42-5").Comparisons.Where(c => c.Subject.Tier == StandardTier.National)
            .ToDictionary(c => c.IndicatorId, c => c);
        domestic["compressive-strength-28d"].Outcome.ShouldBe(ComparisonOutcome.NotComparable);
        domestic["compressive-strength-28d"].Note!.En.ShouldContain("the lower bounds are equal");
        domestic["initial-setting-time"].Outcome.ShouldBe(ComparisonOutcome.Looser);
        domestic["so3"].Outcome.ShouldBe(ComparisonOutcome.Equal);
        domestic["loss-on-ignition"].Outcome.ShouldBe(ComparisonOutcome.Equal);
        domestic.Keys.ShouldBe(["compressive-strength-28d", "initial-setting-time", "so3", "loss-on-ignition"], ignoreOrder: true);
    }

    [Fact]
    public void Should_Name_GB_175_2023_On_Every_Judgement_Against_The_Withdrawn_2007_Edition()
    {
        var result = Assess("bulk-po-42-5r");
        var withdrawn = result.Indicators.SelectMany(i => i.Judgements).Where(j => j.Requirement.StandardCode == "GB 175-2007").ToList();

        withdrawn.Select(j => j.Requirement.RequirementId).ShouldBe(
            ["gb175-2007.initial-setting-time", "gb175-2007.final-setting-time", "gb175-2007.soundness-boiling", "gb175-2007.so3", "gb175-2007.mgo", "gb175-2007.loss-on-ignition"],
            ignoreOrder: true);
        withdrawn.ShouldAllBe(j => j.Note!.En.Contains("this edition is withdrawn; replaced by GB 175-2023") && j.Note.Zh.Contains("被 GB 175-2023 代替") && j.Binding);
        result.Standards.Single(s => s.Code == "GB 175-2007").ShouldSatisfyAllConditions(
            s => s.Status.ShouldBe(EditionStatus.Withdrawn), s => s.SupersededBy.ShouldBe("GB 175-2023"));
        result.Standards.Single(s => s.Code == "GB 175-2023").Status.ShouldBe(EditionStatus.InForce);

        // Where GB 175-2023 limits the indicator itself (28-day strength), the 2007 figure is not used at all.
        Indicator(result, "compressive-strength-28d").Judgements.ShouldAllBe(j => j.Requirement.StandardCode != "GB 175-2007");
    }

    [Fact]
    public void Should_Use_The_Editions_In_Force_Before_The_Supersessions()
    {
        // On 2022-06-30 GB 175-2007 and GB 16780-2012 were in force and their successors were not: the 28-day strength is
        // judged against GB 175-2007, the clinker energy against the 2012 values of its 4000 t/d band.
        var result = Assess(Sample("bagged-po-42-5"), new DateOnly(2022, 6, 30));

        Indicator(result, "compressive-strength-28d").Judgements.Where(j => j.Requirement.Tier == StandardTier.National)
            .Select(j => j.Requirement.RequirementId).ShouldBe(["gb175-2007.compressive-strength-28d.po-42.5"]);
        Indicator(result, "clinker-energy").Judgements.Select(j => $"{j.Requirement.Grade!.Label}:{j.Verdict}:{j.Binding}")
            .ShouldBe(["先进值:Pass:False", "准入值:Pass:False", "限定值:Pass:True"], ignoreOrder: true);
        result.Standards.ShouldNotContain(s => s.Code == "GB 175-2023" || s.Code == "GB 16780-2021");
        result.Indicators.SelectMany(i => i.Judgements).ShouldAllBe(j => j.Note == null || !j.Note.En.Contains("withdrawn"));

        // A line outside the 4000 t/d band has no 2012 value in the catalog.
        var smaller = Sample("bagged-po-42-5") with { Product = Sample("bagged-po-42-5").Product with { Category = null } };
        var unbanded = Assess(smaller, new DateOnly(2022, 6, 30));
        unbanded.Indicators.ShouldNotContain(i => i.IndicatorId == "clinker-energy");
        unbanded.NotEvaluated.ShouldContain(n => n.IndicatorId == "clinker-energy" && n.Kind == NotEvaluatedKind.NotApplicable);
    }

    [Fact]
    public void Should_Keep_The_52_5_Sample_Off_Compliant_For_Failing_Its_Own_Standard()
    {
        var result = Assess("bagged-po-52-5");

        var strength = Indicator(result, "compressive-strength-28d").Judgements;
        strength.Single(j => j.Requirement.StandardCode == "GB 175-2023").Verdict.ShouldBe(Verdict.Pass);
        strength.Single(j => j.Requirement.StandardCode == "Q/PCLY 0001-2025").ShouldSatisfyAllConditions(
            j => j.Verdict.ShouldBe(Verdict.Fail), j => j.Binding.ShouldBeTrue(), j => j.Requirement.Tier.ShouldBe(StandardTier.Enterprise));
        var loss = Indicator(result, "loss-on-ignition").Judgements;
        loss.Single(j => j.Requirement.StandardCode == "GB 175-2007").Verdict.ShouldBe(Verdict.Pass);
        loss.Single(j => j.Requirement.StandardCode == "Q/PCLY 0001-2025").Verdict.ShouldBe(Verdict.Fail);
        Indicator(result, "chloride").BestMet!.StandardCode.ShouldBe("Q/PCLY 0001-2025");

        result.Level.Reason!.En.ShouldStartWith("fails the standard or values the product declares:");
        result.Gaps.Take(2).ShouldAllBe(g => g.Binding && g.NextRung == DefaultLadder.Compliant);
        result.Gaps.Select(g => $"{g.IndicatorId}:{g.Required}").ShouldBe(["loss-on-ignition:≤ 3", "compressive-strength-28d:≥ 55", "clinker-energy:≤ 100"]);

        // Meeting its own standard puts it back on 达标 (its clinker energy, grade 2, is short of grade 1).
        var fixedUp = WithResult(WithResult(Sample("bagged-po-52-5"), "compressive-strength-28d", r => r with { Value = "56.2" }), "loss-on-ignition", r => r with { Value = "2.71" });
        var repaired = Assess(fixedUp);
        repaired.Level.Rung.ShouldBe(DefaultLadder.Compliant);
        repaired.Level.Reason!.En.ShouldBe("'Domestic leading' not reached: Clinker comprehensive energy consumption per tonne (does not reach GB 16780-2021 grade 1 (advanced value), whose limit is unconfirmed)");
    }

    [Fact]
    public void Should_Not_Judge_A_GB_Method_Value_Against_An_EN_197_1_Limit()
    {
        var result = Assess("bulk-po-42-5r");

        var en = result.Indicators.SelectMany(i => i.Judgements).Where(j => j.Requirement.StandardCode == "EN 197-1:2011").ToList();
        en.ShouldNotBeEmpty();
        en.ShouldAllBe(j => j.Verdict == Verdict.Indeterminate && j.Note!.En.Contains("which the catalog does not declare equivalent"));
        Indicator(result, "chloride").Judgements.Single().Note!.En.ShouldContain("measured by GB/T 176-2008, but the limit is defined by EN 196-2");
    }

    [Fact]
    public void Should_Fail_The_42_5R_Sample_On_Strength_Only_And_Show_Its_Energy_Grade()
    {
        var result = Assess("bulk-po-42-5r");

        var failing = result.Indicators.SelectMany(i => i.Judgements.Select(j => (i.IndicatorId, j)))
            .Where(x => x.j.Binding && x.j.Verdict == Verdict.Fail).Select(x => x.IndicatorId).ToList();
        failing.ShouldBe(["compressive-strength-28d"]);
        var gap = result.Gaps[0];
        gap.ShouldSatisfyAllConditions(g => g.IndicatorId.ShouldBe("compressive-strength-28d"), g => g.Binding.ShouldBeTrue(), g => g.Required.ShouldBe("≥ 42.5"), g => g.AbsoluteGap.ShouldBe("0.9"));
        Indicator(result, "clinker-energy").Judgements.Select(j => $"{j.Requirement.Grade!.Label}:{j.Verdict}").ShouldBe(["1级:Fail", "2级:Fail", "3级:Pass"]);
        result.NotEvaluated.ShouldContain(n => n.IndicatorId == "compressive-strength-2d" && n.Kind == NotEvaluatedKind.NotEvaluated);
    }
}
