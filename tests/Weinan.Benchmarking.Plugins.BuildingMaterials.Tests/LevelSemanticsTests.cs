using static Weinan.Benchmarking.Plugins.BuildingMaterials.Tests.BuildingMaterialsFixture;

namespace Weinan.Benchmarking.Plugins.BuildingMaterials.Tests;

/// <summary>What the rungs mean for a cement plant, on planted variants of the shipped samples.</summary>
public class LevelSemanticsTests
{
    private static Submission Export => Sample("bagged-po-42-5");

    /// <summary>The export sample with its EN 196-3 initial setting time at 62 min, over EN 197-1's 60.</summary>
    private static Submission ExportMeetingEn => WithResult(Export, "initial-setting-time", r => r with { Value = "62" }, "EN 196-3");

    [Fact]
    public void Should_Call_A_Cement_That_Meets_EN_197_1_And_GB_16780_Grade_1_With_Margin_International_Leading()
    {
        var result = Assess(ExportMeetingEn);

        result.Level.Rung.ShouldBe(DefaultLadder.InternationalLeading);
        result.Level.Scope.ShouldBe(LevelScope.AllIndicators);
        result.Gaps.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Not_Call_A_Cement_Leading_When_Its_28_Day_Strength_Is_Within_U_Of_The_EN_Upper_Bound()
    {
        // 61.8 MPa ± 1.4 reaches past 62.5, the upper bound of EN 197-1 42,5: it meets the class, not by more than U.
        var result = Assess(WithResult(ExportMeetingEn, "compressive-strength-28d", r => r with { Value = "61.8" }, "EN 196-1:2016"));

        result.Level.Rung.ShouldBe(DefaultLadder.InternationalAdvanced);
        result.Level.Reason!.En.ShouldContain("28-day compressive strength (does not meet EN 197-1:2011 42,5 N by more than its uncertainty)");
    }

    [Fact]
    public void Should_Require_Clinker_Energy_Grade_1_For_Domestic_Leading_And_So_For_Every_Rung_Above_It()
    {
        // 101 kgce/t meets grade 2 (107) and the binding grade 3 (117), not grade 1 (100): the climb stops at 达标 even
        // though every EN 197-1 requirement is met, because a level is true of every rung below it.
        var planted = WithResult(WithResult(ExportMeetingEn, "clinker-energy-total", r => r with { Value = "141000" }), "clinker-output", r => r with { Value = "1396000" });

        var result = Assess(planted);

        Indicator(result, "clinker-energy").Value.ShouldBe("101.01");
        result.Level.Rung.ShouldBe(DefaultLadder.Compliant);
        result.Level.Reason!.Zh.ShouldBe("未达到“国内领先”：熟料单位产品综合能耗（未达到 GB 16780-2021 1级，其限值未确认）");
        result.Gaps.Single().ShouldSatisfyAllConditions(g => g.Required.ShouldBe("≤ 100"), g => g.Binding.ShouldBeFalse());
    }

    [Fact]
    public void Should_Skip_Domestic_Leading_For_A_Grinding_Plant_That_Reports_No_Clinker_Energy()
    {
        // Without clinker no key indicator has a domestic grade above the mandatory one: the rung is skipped, not failed.
        var result = Assess(Without(ExportMeetingEn, "clinker-energy-total", "clinker-output"));

        result.Level.Rung.ShouldBe(DefaultLadder.InternationalLeading);
        result.Level.SkippedRungs.Single().Rung.ShouldBe(DefaultLadder.DomesticLeading);
        result.NotEvaluated.ShouldContain(n => n.IndicatorId == "clinker-energy" && n.Kind == NotEvaluatedKind.NotApplicable);
    }

    [Fact]
    public void Should_Keep_A_Cement_Failing_A_Withdrawn_GB_175_Figure_Off_Compliant_And_Say_Which_Edition_Is_In_Force()
    {
        // LOI 5.3 % over the ≤ 5.0 % read for GB 175-2007; the 2023 figure was not read, so the 2007 one is used and marked.
        var result = Assess(WithResult(Export, "loss-on-ignition", r => r with { Value = "5.30" }, "GB/T 176-2008"));

        result.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        result.Level.Reason!.Zh.ShouldBe("不符合强制性要求：烧失量（不符合 GB 175-2007）");
        var judgement = Indicator(result, "loss-on-ignition").Judgements.Single(j => j.Requirement.StandardCode == "GB 175-2007");
        judgement.Verdict.ShouldBe(Verdict.Fail);
        judgement.Note!.Zh.ShouldBe("该版本已废止，被 GB 175-2023 代替");
    }

    [Fact]
    public void Should_Keep_A_High_Chloride_Cement_Off_The_International_Rungs_But_Not_Off_Compliant()
    {
        // Chloride from a grinding aid: 0.12 % fails EN 197-1 (≤ 0.10 %). The GB 175 chloride limit was not read, so no
        // domestic requirement binds it and the cement stays 国内领先 on its clinker energy.
        var planted = WithResult(WithResult(ExportMeetingEn, "chloride", r => r with { Value = "0.118" }, "GB/T 176-2008"),
            "chloride", r => r with { Value = "0.121" }, "EN 196-2");

        var result = Assess(planted);

        result.Level.Rung.ShouldBe(DefaultLadder.DomesticLeading);
        result.Level.Obstacles.ShouldContain(o => o.IndicatorId == "chloride" && o.Kind == ObstacleKind.Fails && o.Rung == DefaultLadder.InternationalAdvanced);
        Indicator(result, "chloride").Judgements.ShouldAllBe(j => j.Requirement.StandardCode == "EN 197-1:2011");
    }

    [Fact]
    public void Should_Leave_The_Level_Undetermined_When_A_Type_Inspection_Result_Is_Missing()
    {
        var result = Assess(Without(Export, "chromium-vi"));

        result.Level.Determined.ShouldBeFalse();
        result.Level.Rung.ShouldBe("");
        result.Level.Obstacles.ShouldContain(o => o.IndicatorId == "chromium-vi" && o.Kind == ObstacleKind.NotEvaluated);
    }

    [Fact]
    public void Should_Fail_A_Cement_Whose_Strength_Needs_Its_Uncertainty_To_Pass_Only_On_The_Leading_Rung()
    {
        // 43.0 MPa ± 1.4 meets class 42.5 (simple acceptance) but not by more than U.
        var result = Assess(WithResult(ExportMeetingEn, "compressive-strength-28d", r => r with { Value = "43.0" }));

        Indicator(result, "compressive-strength-28d").Judgements.ShouldAllBe(j => j.Verdict == Verdict.Pass);
        result.Level.Rung.ShouldBe(DefaultLadder.InternationalAdvanced);
    }
}
