namespace Weinan.Benchmarking.Plugins.Chemicals.Tests;

/// <summary>The shipped samples through the real engine on 2026-11-27, with the plugin's derived indicators.</summary>
public class SampleAssessmentTests
{
    [Theory]
    // Sold as 一等品, meets 优等品 on every key indicator; permanganate time 55 min by ASTM D1363 is short of IMPCA's 60. Energy
    // (not key) is grade 2, short of grade 1, so the level names its scope.
    [InlineData("methanol-first-grade", DefaultLadder.DomesticLeading, LevelScope.KeyIndicators,
        "'International advanced' not reached: Permanganate time (does not reach IMPCA Reference Specifications v9)")]
    // 1568 kgce/t of coke-oven-gas methanol is over the GB 29436-2023 grade 3 limit (1500), which binds every plant.
    [InlineData("coke-oven-gas-methanol", DefaultLadder.NonCompliant, LevelScope.AllIndicators,
        "fails a mandatory requirement: Comprehensive energy consumption per tonne of methanol (fails GB 29436-2023 Grade 3 (limit), whose limit is unconfirmed)")]
    // Declares GB/T 338-2011 优等品 (and Q/WNHY 0001-2025) but measures colour 8 and acidity 0.0022 %.
    [InlineData("methanol-superior-grade", DefaultLadder.NonCompliant, LevelScope.AllIndicators,
        "fails the standard or values the product declares: Colour (platinum-cobalt scale, Hazen) (fails GB/T 338-2011 Superior grade, whose limit is unconfirmed), Acidity (as formic acid, HCOOH) (fails GB/T 338-2011 Superior grade, whose limit is unconfirmed)")]
    // Every key indicator meets the strictest reference of the family by more than its U, and energy is grade 1.
    [InlineData("methanol-export-superior", DefaultLadder.InternationalLeading, LevelScope.AllIndicators, null)]
    public void Should_Reach_The_Expected_Level_For_The_Stated_Reason(string sample, string rung, LevelScope scope, string? reason)
    {
        var result = ChemicalsFixture.Assess(sample);

        result.Issues.ShouldBeEmpty();
        result.Level.Rung.ShouldBe(rung);
        result.Level.Scope.ShouldBe(scope);
        result.Level.Determined.ShouldBeTrue();
        (result.Level.Reason?.En).ShouldBe(reason);
    }

    [Fact]
    public void Should_Judge_A_Value_Whose_Report_Dates_Its_ASTM_Method_As_The_Method_The_Limit_Defines()
    {
        // Given: the export sample as a laboratory report writes its methods, with the year of each ASTM designation (and
        // a revision letter, a reapproval year and an editorial change on some)
        var sample = ChemicalsFixture.Sample("methanol-export-superior");
        string[] dated = ["-17", "-05(2019)", "-16a", "-16ε1", "-12e1", "-20"];
        var n = 0;
        var restated = sample with
        {
            Results = [.. sample.Results.Select(r => r.TestMethod is { } m && m.StartsWith("ASTM ", StringComparison.Ordinal) ? r with { TestMethod = m + dated[n++ % dated.Length] } : r)],
        };
        n.ShouldBeGreaterThanOrEqualTo(5);

        // When
        var before = ChemicalsFixture.Assess(sample);
        var after = ChemicalsFixture.Assess(restated);

        // Then: every limit defined by the ASTM method judges the value as before, none is left undecided for the method
        after.Level.Rung.ShouldBe(before.Level.Rung);
        after.Indicators.SelectMany(i => i.Judgements).Select(j => (j.Requirement.RequirementId, j.Verdict, j.ComparedValue))
            .ShouldBe(before.Indicators.SelectMany(i => i.Judgements).Select(j => (j.Requirement.RequirementId, j.Verdict, j.ComparedValue)));
        after.Indicators.SelectMany(i => i.Judgements).ShouldNotContain(j => j.Note != null && j.Note.En.Contains("does not declare equivalent"));
    }

    [Fact]
    public void Should_Call_A_First_Grade_Product_Domestic_Leading_Only_Because_It_Meets_The_Superior_Grade()
    {
        var result = ChemicalsFixture.Assess("methanol-first-grade");

        foreach (var key in new[] { "water", "acidity", "carbonyls" })
        {
            var judgements = ChemicalsFixture.Result(result, key).Judgements.Where(j => j.Requirement.StandardCode == "GB/T 338-2011").ToList();
            judgements.Select(j => $"{j.Requirement.Grade!.Label}:{j.Role}:{j.Binding}:{j.Verdict}")
                .ShouldBe(["一等品:Applicable:True:Pass", "优等品:Reference:False:Pass"], key);
            ChemicalsFixture.Result(result, key).Rung.ShouldNotBe(DefaultLadder.Compliant, key);
        }

        // The same lot at 0.0018 % acidity meets its declared 一等品 (0.0030) but not 优等品 (0.0015): 达标, not 国内领先.
        var weaker = ChemicalsFixture.WithValue(ChemicalsFixture.Sample("methanol-first-grade"), "acidity", "GB/T 338-2011", "0.0018");
        var level = ChemicalsFixture.Assess(weaker).Level;
        level.Rung.ShouldBe(DefaultLadder.Compliant);
        level.Reason!.En.ShouldBe("'Domestic leading' not reached: Acidity (as formic acid, HCOOH) (does not reach GB/T 338-2011 Superior grade, whose limit is unconfirmed)");
    }

    [Fact]
    public void Should_Decide_The_Grade_Judged_By_The_Product_Class()
    {
        string Applicable(string sample) => string.Join(", ", ChemicalsFixture.Result(ChemicalsFixture.Assess(sample), "water").Judgements
            .Where(j => j.Role == JudgementRole.Applicable).Select(j => $"{j.Requirement.StandardCode} {j.Requirement.Grade?.Label} ≤ {j.Requirement.Limit.Max}"));

        Applicable("methanol-superior-grade").ShouldBe("GB/T 338-2011 优等品 ≤ 0.10, IMPCA Reference Specifications v9  ≤ 0.100, Q/WNHY 0001-2025  ≤ 0.08");
        Applicable("methanol-first-grade").ShouldBe("GB/T 338-2011 一等品 ≤ 0.15, IMPCA Reference Specifications v9  ≤ 0.100");
        // GB 338's 合格品 cell for water is blank: only IMPCA applies, and a GB/T 338 result cannot be judged against it.
        Applicable("coke-oven-gas-methanol").ShouldBe("IMPCA Reference Specifications v9  ≤ 0.100");
        var water = ChemicalsFixture.Result(ChemicalsFixture.Assess("coke-oven-gas-methanol"), "water").Judgements.Single(j => j.Role == JudgementRole.Applicable);
        water.Verdict.ShouldBe(Verdict.Indeterminate);
        water.Note!.En.ShouldBe("measured by GB/T 338-2011, but the limit is defined by ASTM E1064, which the catalog does not declare equivalent");
    }

    [Fact]
    public void Should_Fail_The_Mandatory_Energy_Limit_Of_The_Coke_Oven_Gas_Route()
    {
        var result = ChemicalsFixture.Assess("coke-oven-gas-methanol");

        var energy = ChemicalsFixture.Result(result, "energy-consumption");
        energy.Judgements.Select(j => $"{j.Requirement.RequirementId}:{j.Binding}:{j.Verdict}").ShouldBe(
            ["gb29436-2023.coke-oven-gas.grade-1:False:Fail", "gb29436-2023.coke-oven-gas.grade-2:False:Fail", "gb29436-2023.coke-oven-gas.grade-3:True:Fail"]);
        energy.Rung.ShouldBe(DefaultLadder.NonCompliant);
        result.Level.Reason!.Zh.ShouldStartWith("不符合强制性要求：");
        result.Gaps[0].ShouldSatisfyAllConditions(g => g.IndicatorId.ShouldBe("energy-consumption"), g => g.Binding.ShouldBeTrue(), g => g.Required.ShouldBe("≤ 1500"));

        // Its quality meets the 合格品 it declares: every GB/T 338-2011 judgement that binds it passes.
        result.Indicators.SelectMany(i => i.Judgements).Where(j => j.Binding && j.Requirement.StandardCode == "GB/T 338-2011").ShouldAllBe(j => j.Verdict == Verdict.Pass);
    }

    [Fact]
    public void Should_Hold_A_Product_To_The_Grade_Of_The_Standard_It_Declares()
    {
        var result = ChemicalsFixture.Assess("methanol-superior-grade");
        var acidity = ChemicalsFixture.Result(result, "acidity");
        acidity.Judgements.ShouldContain(j => j.Requirement.StandardCode == "GB/T 338-2011" && j.Requirement.Grade!.Label == "优等品" && j.Binding && j.Verdict == Verdict.Fail);
        acidity.Judgements.ShouldContain(j => j.Requirement.StandardCode == "Q/WNHY 0001-2025" && j.Binding && j.Verdict == Verdict.Fail);
        result.Level.Reason!.Zh.ShouldBe("不符合明示标准或标示值：色度（铂-钴色号）（不符合 GB/T 338-2011 优等品，其限值未确认）、酸度（以 HCOOH 计）（不符合 GB/T 338-2011 优等品，其限值未确认）");

        // GB/T 338-2011 is recommended: it binds only because the product declares it. Without its own Q standard the declaration
        // alone keeps the product off 达标; without the declaration too, nothing binding fails.
        var sample = ChemicalsFixture.Sample("methanol-superior-grade");
        var declaredOnly = sample with { EnterpriseStandard = null };
        ChemicalsFixture.Assess(declaredOnly).Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        var undeclared = declaredOnly with { Product = declaredOnly.Product with { DeclaredStandards = [] } };
        var free = ChemicalsFixture.Assess(undeclared);
        free.Level.Rung.ShouldBe(DefaultLadder.Compliant);
        ChemicalsFixture.Result(free, "acidity").Judgements.Single(j => j.Requirement.StandardCode == "GB/T 338-2011").ShouldSatisfyAllConditions(
            j => j.Binding.ShouldBeFalse(), j => j.Verdict.ShouldBe(Verdict.Fail));
    }

    [Fact]
    public void Should_Judge_Permanganate_Time_On_The_2004_Edition_And_Name_Its_Replacement()
    {
        var result = ChemicalsFixture.Assess("methanol-first-grade");

        var judgements = ChemicalsFixture.Result(result, "permanganate-time").Judgements.Where(j => j.Requirement.StandardCode == "GB 338-2004").ToList();
        judgements.Select(j => $"{j.Requirement.Grade!.Label}:{j.Verdict}").ShouldBe(["一等品:Pass", "优等品:Pass"]);
        judgements.ShouldAllBe(j => j.Note!.En == "this edition is withdrawn; replaced by GB/T 338-2011" &&
                                    j.Note.Zh == "该版本已废止，被 GB/T 338-2011 代替" && !j.Binding);
        result.Standards.ShouldContain(s => s.Code == "GB 338-2004" && s.Status == EditionStatus.Withdrawn && s.SupersededBy == "GB/T 338-2011");
        result.Standards.ShouldContain(s => s.Code == "GB/T 338-2011" && s.Status == EditionStatus.InForce);

        // Where the 2011 edition limits the indicator, its 2004 figure is not used at all.
        result.Indicators.Where(i => i.IndicatorId != "permanganate-time").SelectMany(i => i.Judgements)
            .ShouldNotContain(j => j.Requirement.StandardCode == "GB 338-2004");
    }

    [Fact]
    public void Should_Compare_Acidity_Across_Bases_And_Water_Across_Precisions()
    {
        var superior = ChemicalsFixture.Assess("methanol-export-superior").Comparisons;
        static string Outcome(IReadOnlyList<LimitComparison> list, string indicator, string reference)
        {
            var c = list.Single(c => c.IndicatorId == indicator && c.Reference.StandardCode == reference);
            return $"{c.Outcome}|{c.Note?.En}";
        }

        // CMP-09: 0.0015 % as HCOOH is 19.6 mg/kg as acetic acid, stricter than IMPCA's 30.
        Outcome(superior, "acidity", "IMPCA Reference Specifications v9").ShouldBe(
            "Stricter|converted (HCOOH → CH3COOH ×1.304584; % → mg/kg ×10000): ≤ 19.56876 vs ≤ 30");
        // CMP-06: 0.10 and 0.100 are equal, written at different precision.
        Outcome(superior, "water", "IMPCA Reference Specifications v9").ShouldBe(
            "Equal|equal in value, but written to different precision (the rounded method would round to different intervals)");
        // CMP-07 and CMP-08.
        Outcome(superior, "permanganate-time", "IMPCA Reference Specifications v9").ShouldBe("Looser|");
        Outcome(superior, "colour", "IMPCA Reference Specifications v9").ShouldBe("Equal|converted (Hazen → Pt-Co ×1): ≤ 5 vs ≤ 5");

        // 一等品's 0.0030 % is 39.1 mg/kg as acetic acid: looser than IMPCA.
        var first = ChemicalsFixture.Assess("methanol-first-grade").Comparisons;
        Outcome(first, "acidity", "IMPCA Reference Specifications v9").ShouldBe(
            "Looser|converted (HCOOH → CH3COOH ×1.304584; % → mg/kg ×10000): ≤ 39.137519 vs ≤ 30");

        // The enterprise standard's acidity limit is compared on the same bases.
        var own = ChemicalsFixture.Assess("methanol-superior-grade").Comparisons
            .Single(c => c.Subject.StandardCode == "Q/WNHY 0001-2025" && c.IndicatorId == "acidity" && c.Reference.StandardCode == "IMPCA Reference Specifications v9");
        own.Outcome.ShouldBe(ComparisonOutcome.Stricter);
    }

    [Fact]
    public void Should_Judge_Each_IMPCA_Limit_Only_On_A_Result_Of_The_Method_It_Names()
    {
        var result = ChemicalsFixture.Assess("methanol-first-grade");

        var permanganate = ChemicalsFixture.Result(result, "permanganate-time").Judgements;
        permanganate.Single(j => j.Requirement.StandardCode == "IMPCA Reference Specifications v9")
            .ShouldSatisfyAllConditions(j => j.TestMethod.ShouldBe("ASTM D1363"), j => j.Reference.ShouldBe("SXCI-2026-ME-1183"), j => j.Verdict.ShouldBe(Verdict.Fail));
        permanganate.Where(j => j.Requirement.StandardCode == "GB 338-2004").ShouldAllBe(j => j.TestMethod == "GB/T 338-2011");
        result.Level.Obstacles.ShouldContain(o => o.IndicatorId == "permanganate-time" && o.Kind == ObstacleKind.Fails && o.Rung == DefaultLadder.InternationalAdvanced);
        result.Gaps[0].ShouldSatisfyAllConditions(g => g.IndicatorId.ShouldBe("permanganate-time"), g => g.Required.ShouldBe("≥ 60"), g => g.Binding.ShouldBeFalse());

        // Measured by the GB method only, the superior-grade sample cannot be placed against IMPCA at all.
        var gbOnly = ChemicalsFixture.Result(ChemicalsFixture.Assess("methanol-superior-grade"), "water").Judgements
            .Single(j => j.Requirement.StandardCode == "IMPCA Reference Specifications v9");
        gbOnly.Verdict.ShouldBe(Verdict.Indeterminate);
    }

    [Fact]
    public void Should_Call_Leading_Only_What_Keeps_Its_Uncertainty_Inside_The_Strictest_Reference()
    {
        var sample = ChemicalsFixture.Sample("methanol-export-superior");
        var result = ChemicalsFixture.Assess(sample);

        // For acidity the strictest reference is the Chinese superior grade (19.6 mg/kg as acetic acid), not IMPCA (30).
        result.Level.Rung.ShouldBe(DefaultLadder.InternationalLeading);
        result.Level.SkippedRungs.ShouldContain(s => s.Rung == DefaultLadder.DomesticLeading && s.Reason.En == "no domestic grade above the mandatory one");

        // 63 ± 5 min meets IMPCA's 60 but not by more than U: 国际先进, not 国际领先.
        var level = ChemicalsFixture.Assess(ChemicalsFixture.WithValue(sample, "permanganate-time", "ASTM D1363", "63")).Level;
        level.Rung.ShouldBe(DefaultLadder.InternationalAdvanced);
        level.Reason!.En.ShouldBe("'International leading' not reached: Permanganate time (does not meet IMPCA Reference Specifications v9 by more than its uncertainty)");
    }

    [Fact]
    public void Should_List_Alkalinity_As_Not_Applicable_To_An_Acidic_Sample()
    {
        foreach (var sample in ChemicalsFixture.SampleNames)
        {
            var result = ChemicalsFixture.Assess(sample);
            result.NotEvaluated.ShouldContain(n => n.IndicatorId == "alkalinity" && n.Kind == NotEvaluatedKind.NotApplicable && n.Reason.En.Contains("the sample is alkaline"), sample);
            result.Indicators.ShouldContain(i => i.IndicatorId == "acidity", sample);
        }
    }
}
