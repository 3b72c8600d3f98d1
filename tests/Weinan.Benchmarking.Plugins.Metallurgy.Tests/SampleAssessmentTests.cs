namespace Weinan.Benchmarking.Plugins.Metallurgy.Tests;

/// <summary>The shipped samples through the real engine on 2026-11-27, and the cases the sector needs pinned.</summary>
public class SampleAssessmentTests
{
    private static AssessmentResult Assess(string sample, DateOnly? date = null) => MetallurgyFixture.Assess(sample, date);

    private static IndicatorResult Result(AssessmentResult result, string indicator) => MetallurgyFixture.Result(result, indicator);

    [Theory]
    // Meets GB 1499.2-2024 HRB400E; ReL 415.8 and Rm 611.8 fall short of ASTM A615 Grade 60 [420] (420, 620). HRB400E is the
    // top grade of its family, so 国内领先 has no grade to ask for and is skipped.
    [InlineData("hrb400e-d16", DefaultLadder.Compliant, LevelScope.AllIndicators,
        "'International advanced' not reached: Lower yield strength ReL (does not reach ASTM A615/A615M-20 60 [420]), Tensile strength Rm (does not reach ASTM A615/A615M-20 60 [420])")]
    // Rm°/ReL° 1.2411 < 1.25 and a mass deviation of −5.856 % outside ±5.5 %, both mandatory in GB 1499.2-2024.
    [InlineData("hrb400e-d12", DefaultLadder.NonCompliant, LevelScope.AllIndicators,
        "fails a mandatory requirement: Tensile-to-yield ratio Rm°/ReL° (fails GB 1499.2-2024 HRB400E, whose limit is unconfirmed), Mass deviation (fails GB 1499.2-2024)")]
    // Meets GB 1499.2-2024 but not its own Q/WNJS 0001-2025 (ReL ≥ 430, Agt ≥ 10.0, mass ±3.5 %).
    [InlineData("hrb400e-d20", DefaultLadder.NonCompliant, LevelScope.AllIndicators,
        "fails the standard or values the product declares: Lower yield strength ReL (fails Q/WNJS 0001-2025), Percentage total elongation at maximum force Agt (fails Q/WNJS 0001-2025), Mass deviation (fails Q/WNJS 0001-2025)")]
    // Agt 10.6 meets HRB400E's 9.0 (国内领先 for a base grade), and ASTM A615 Grade 60 [420] in full (国际先进); Rm 628 ± 10
    // is not above the strictest reference 620 by more than U.
    [InlineData("hrb400-d25", DefaultLadder.InternationalAdvanced, LevelScope.AllIndicators,
        "'International leading' not reached: Tensile strength Rm (does not meet ASTM A615/A615M-20 60 [420] by more than its uncertainty)")]
    // Meets GB 1499.2-2024 HRB500E; BS 4449 B500C limits Rm/ReH, which no Rm°/ReL° result can show, so 国际先进 is not decided.
    [InlineData("hrb500e-d32", DefaultLadder.Compliant, LevelScope.AllIndicators,
        "'International advanced' not reached: Tensile-to-yield ratio Rm°/ReL° (cannot be decided — no conversion from")]
    public void Should_Reach_The_Expected_Level_For_The_Stated_Reason(string sample, string level, LevelScope scope, string reason)
    {
        var result = Assess(sample);

        result.Issues.ShouldBeEmpty();
        result.Level.Rung.ShouldBe(level);
        result.Level.Scope.ShouldBe(scope);
        result.Level.Determined.ShouldBeTrue();
        result.Level.Reason!.En.ShouldStartWith(reason);
        result.Level.Reason.Zh.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Should_Tell_Mandatory_Failures_From_Declared_Ones_In_Chinese()
    {
        Assess("hrb400e-d12").Level.Reason!.Zh.ShouldStartWith("不符合强制性要求：");
        Assess("hrb400e-d20").Level.Reason!.Zh.ShouldStartWith("不符合明示标准或标示值：");
    }

    [Fact]
    public void Should_Decide_The_Grade_By_The_Product_Class()
    {
        // The same bar, Agt 8.0 %: enough for HRB400 (7.5), not for HRB400E (9.0); the E-grade ratios bind HRB400E only.
        var bar = MetallurgyFixture.WithResult(MetallurgyFixture.Sample("hrb400e-d16"), "agt", r => r with { Value = "8.0" });
        var asE = MetallurgyFixture.Assess(bar);
        var asBase = MetallurgyFixture.Assess(bar with { Product = bar.Product with { ProductClass = "HRB400" } });

        Result(asE, "agt").Judgements.Single(j => j.Binding).ShouldSatisfyAllConditions(
            j => j.Requirement.RequirementId.ShouldBe("gb1499.2-2024.agt.HRB400E"), j => j.Verdict.ShouldBe(Verdict.Fail));
        asE.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        Result(asBase, "agt").Judgements.Single(j => j.Binding).ShouldSatisfyAllConditions(
            j => j.Requirement.RequirementId.ShouldBe("gb1499.2-2024.agt.HRB400"), j => j.Verdict.ShouldBe(Verdict.Pass));
        asBase.Level.Rung.ShouldNotBe(DefaultLadder.NonCompliant);
        asBase.Indicators.ShouldNotContain(i => i.IndicatorId == "tensile-yield-ratio");
        asBase.NotEvaluated.ShouldContain(n => n.IndicatorId == "tensile-yield-ratio" && n.Reason.En == "GB 1499.2 sets the two ratios for the seismic E grades only");

        // Each E grade divides by its own characteristic yield strength.
        Assess("hrb400e-d16").NotEvaluated.ShouldContain(n => n.IndicatorId == "overstrength-500" && n.Kind == NotEvaluatedKind.NotApplicable);
        var hrb500e = Assess("hrb500e-d32");
        Result(hrb500e, "overstrength-500").Judgements.Single().Requirement.RequirementId.ShouldBe("gb1499.2-2024.overstrength-500.HRB500E");
        hrb500e.NotEvaluated.ShouldContain(n => n.IndicatorId == "overstrength-400");
    }

    [Fact]
    public void Should_List_The_Raw_Inputs_With_The_Derived_Indicator_They_Feed()
    {
        var notEvaluated = Assess("hrb400e-d16").NotEvaluated.ToDictionary(n => n.IndicatorId);

        notEvaluated["copper"].Kind.ShouldBe(NotEvaluatedKind.NotApplicable);
        notEvaluated["copper"].Reason.ShouldBe(new LocalizedText("用于计算碳当量 Ceq，本身无限值", "input of Carbon equivalent Ceq; no limit of its own"));
        notEvaluated["mass-per-metre"].Reason.ShouldBe(new LocalizedText("用于计算重量偏差，本身无限值", "input of Mass deviation; no limit of its own"));
        notEvaluated["theoretical-mass"].Reason.Zh.ShouldBe("用于计算重量偏差，本身无限值");
    }

    [Fact]
    public void Should_Make_Domestic_Leading_Mean_The_E_Grade_For_A_Base_Grade_Bar()
    {
        var result = Assess("hrb400-d25");
        var agt = Result(result, "agt");

        agt.Rung.ShouldBe(DefaultLadder.DomesticLeading);
        var reference = agt.Judgements.Single(j => j.Role == JudgementRole.Reference);
        reference.Requirement.RequirementId.ShouldBe("gb1499.2-2024.agt.HRB400E");
        reference.Binding.ShouldBeFalse();
        reference.Verdict.ShouldBe(Verdict.Pass);

        // With Agt 8.6 % the same bar meets HRB400 but not the E grade: 达标, and the reason names the higher grade.
        var weaker = MetallurgyFixture.Assess(MetallurgyFixture.WithResult(MetallurgyFixture.Sample("hrb400-d25"), "agt", r => r with { Value = "8.6" }));
        weaker.Level.Rung.ShouldBe(DefaultLadder.Compliant);
        weaker.Level.Reason!.En.ShouldBe("'Domestic leading' not reached: Percentage total elongation at maximum force Agt (does not reach GB 1499.2-2024 HRB400E, whose limit is unconfirmed)");
    }

    [Fact]
    public void Should_Convert_Ksi_To_Judge_And_Compare_Against_ASTM_A706()
    {
        var result = Assess("hrb400e-d16");

        // ReL 415.8 MPa = 60.306691 ksi: inside A706's 60–78 ksi, though short of A615's 420 MPa.
        var a706 = Result(result, "yield-strength").Judgements.Single(j => j.Requirement.StandardCode == "ASTM A706/A706M");
        a706.Verdict.ShouldBe(Verdict.Pass);
        a706.ComparedValue.ShouldBe("60.306691");
        a706.Conversion.ShouldBe("MPa → ksi ×0.145038");
        a706.Note!.En.ShouldContain("converted: MPa → ksi");

        // GB's 540 MPa is 78.32 ksi: looser than A706's 80 ksi once converted (CMP-14 in another family: A615's 620 MPa).
        var tensile = result.Comparisons.Single(c => c.IndicatorId == "tensile-strength" && c.Reference.StandardCode == "ASTM A706/A706M");
        tensile.Outcome.ShouldBe(ComparisonOutcome.Looser);
        tensile.Note!.En.ShouldBe("converted (MPa → ksi ×0.145038): ≥ 78.320378 vs ≥ 80");
        result.Comparisons.Single(c => c.IndicatorId == "tensile-strength" && c.Reference.StandardCode == "ASTM A615/A615M-20").Outcome
            .ShouldBe(ComparisonOutcome.Looser);
        result.Comparisons.Single(c => c.IndicatorId == "tensile-yield-ratio").Outcome.ShouldBe(ComparisonOutcome.Equal);
    }

    [Fact]
    public void Should_Leave_Rm_ReH_Not_Comparable_With_Rm_ReL()
    {
        var result = Assess("hrb500e-d32");

        var bs = Result(result, "tensile-yield-ratio").Judgements.Single(j => j.Requirement.StandardCode.StartsWith("BS 4449", StringComparison.Ordinal));
        bs.Verdict.ShouldBe(Verdict.Indeterminate);
        bs.Note!.En.ShouldContain("(Rm/ReL)");
        bs.Note.En.ShouldContain("(Rm/ReH)");
        result.Level.Obstacles.ShouldContain(o => o.IndicatorId == "tensile-yield-ratio" && o.Kind == ObstacleKind.Indeterminate);
        var comparison = result.Comparisons.Single(c => c.IndicatorId == "tensile-yield-ratio");
        comparison.Outcome.ShouldBe(ComparisonOutcome.NotComparable);
        comparison.Note!.En.ShouldContain("Rm/ReH");

        // Re ≥ 500 is judged on ReL (a pass holds since ReL ≤ ReH), Agt and mass against B500C and BS 4449 as they are.
        Result(result, "yield-strength").Judgements.ShouldContain(j => j.Requirement.RequirementId == "bs4449-2016.yield-strength.B500C" && j.Verdict == Verdict.Pass);
        Result(result, "mass-deviation").Judgements.ShouldContain(j => j.Requirement.RequirementId == "bs4449-2016.mass-deviation.d10-50" && j.Verdict == Verdict.Pass);
    }

    [Fact]
    public void Should_Judge_A_Ratio_Reported_On_Rm_ReH_Against_BS_4449_And_Safely_Against_GB()
    {
        var bar = MetallurgyFixture.Sample("hrb500e-d32");
        var reported = bar with
        {
            Results = [.. bar.Results, new MeasuredResult
            {
                IndicatorId = "tensile-yield-ratio", Value = "1.27", Basis = "Rm/ReH", Evidence = EvidenceGrade.AccreditedLab,
                TestMethod = "GB/T 28900-2022", Reference = "SXYJ-2026-W0688-01",
            }],
        };

        var result = MetallurgyFixture.Assess(reported);

        var ratio = Result(result, "tensile-yield-ratio");
        ratio.Derived.ShouldBeFalse();
        ratio.Judgements.Where(j => j.Role == JudgementRole.Applicable).Select(j => $"{j.Requirement.StandardCode}:{j.Verdict}")
            .ShouldBe(["GB 1499.2-2024:Pass", "BS 4449:2005+A3:2016:Pass"], ignoreOrder: true);
        result.Level.Rung.ShouldBe(DefaultLadder.InternationalLeading);
    }

    [Fact]
    public void Should_Judge_The_Mass_Deviation_That_Passed_2018_Against_The_Tighter_2024_Tolerance()
    {
        // −5.856 % for Φ12: inside GB/T 1499.2-2018's ±6.0 % the day before GB 1499.2-2024 took effect, outside its ±5.5 % now.
        var before = Result(Assess("hrb400e-d12", new DateOnly(2024, 9, 24)), "mass-deviation").Judgements.Single();
        var after = Result(Assess("hrb400e-d12"), "mass-deviation").Judgements.Single();

        (before.Requirement.RequirementId, before.Verdict, before.AcceptanceBounds).ShouldBe(("gbt1499.2-2018.mass-deviation.d6-12", Verdict.Pass, "-6 ~ 6"));
        (after.Requirement.RequirementId, after.Verdict, after.AcceptanceBounds).ShouldBe(("gb1499.2-2024.mass-deviation.d6-12", Verdict.Fail, "-5.5 ~ 5.5"));
        after.Binding.ShouldBeTrue();
        before.Binding.ShouldBeFalse();
    }

    [Fact]
    public void Should_Name_The_Replacement_Of_The_Withdrawn_Edition_It_Judges_Against()
    {
        var result = Assess("hrb400e-d16");

        var nitrogen = Result(result, "nitrogen").Judgements.Single();
        nitrogen.Requirement.StandardCode.ShouldBe("GB/T 1499.2-2018");
        nitrogen.Binding.ShouldBeFalse();
        nitrogen.Note!.En.ShouldContain("this edition is withdrawn; replaced by GB 1499.2-2024");
        nitrogen.Note.Zh.ShouldContain("被 GB 1499.2-2024 代替");
        result.Standards.ShouldContain(s => s.Code == "GB/T 1499.2-2018" && s.Status == EditionStatus.Withdrawn && s.SupersededBy == "GB 1499.2-2024");
        result.Standards.ShouldContain(s => s.Code == "GB 1499.2-2024" && s.Status == EditionStatus.InForce);
        // Every other 2018 figure gives way to the edition in force.
        result.Indicators.Where(i => i.IndicatorId != "nitrogen").SelectMany(i => i.Judgements)
            .ShouldAllBe(j => j.Requirement.StandardCode != "GB/T 1499.2-2018");
    }

    [Fact]
    public void Should_Keep_A_Bar_That_Fails_Its_Own_Enterprise_Standard_Off_Compliant()
    {
        var result = Assess("hrb400e-d20");

        var own = result.Indicators.SelectMany(i => i.Judgements.Select(j => (i.IndicatorId, j)))
            .Where(x => x.j.Requirement.StandardCode == "Q/WNJS 0001-2025").ToList();
        own.Where(x => x.j.Verdict == Verdict.Fail).Select(x => x.IndicatorId).ShouldBe(["yield-strength", "agt", "mass-deviation"], ignoreOrder: true);
        own.ShouldAllBe(x => x.j.Binding);
        result.Indicators.SelectMany(i => i.Judgements).Where(j => j.Requirement.StandardCode == "GB 1499.2-2024").ShouldAllBe(j => j.Verdict == Verdict.Pass);
        // Its limits are compared with the references: ReL ≥ 430 is stricter than GB's 400 and A615's 420.
        result.Comparisons.Where(c => c.Subject.StandardCode == "Q/WNJS 0001-2025" && c.IndicatorId == "yield-strength" && c.Reference.Limit.Kind == LimitKind.Lower)
            .ShouldAllBe(c => c.Outcome == ComparisonOutcome.Stricter);
        result.Gaps[0].ShouldSatisfyAllConditions(g => g.Binding.ShouldBeTrue(), g => g.IndicatorId.ShouldBe("mass-deviation"), g => g.Required.ShouldBe("-3.5 ~ 3.5"));
    }

    [Fact]
    public void Should_Bind_A_Recommended_Edition_The_Product_Declares()
    {
        // Before 2024-09-25 GB/T 1499.2-2018 was recommended: it binds a bar only when the bar declares it (执行标准).
        var bar = MetallurgyFixture.Sample("hrb400e-d12");
        var date = new DateOnly(2024, 9, 24);
        var silent = MetallurgyFixture.Assess(bar, date);
        var declared = MetallurgyFixture.Assess(bar with { Product = bar.Product with { DeclaredStandards = ["GB/T 1499.2-2018"] } }, date);

        silent.Level.Rung.ShouldBe(DefaultLadder.Compliant);
        Result(silent, "tensile-yield-ratio").Judgements.Single(j => j.Requirement.StandardCode == "GB/T 1499.2-2018").Binding.ShouldBeFalse();
        declared.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        declared.Level.Reason!.Zh.ShouldBe("不符合明示标准或标示值：强屈比 Rm°/ReL°（不符合 GB/T 1499.2-2018 HRB400E）");
        Result(declared, "mass-deviation").Judgements.Single().ShouldSatisfyAllConditions(j => j.Binding.ShouldBeTrue(), j => j.Verdict.ShouldBe(Verdict.Pass));
    }

    [Fact]
    public void Should_Judge_Elongation_By_The_Diameter_Band_Of_The_Category()
    {
        // GB allows A to be 1 point lower for 28–40 mm and 2 points lower above 40 mm.
        var bar = MetallurgyFixture.WithResult(MetallurgyFixture.Sample("hrb500e-d32"), "elongation", r => r with { Value = "14.5" });

        Result(MetallurgyFixture.Assess(bar), "elongation").Judgements.Single().ShouldSatisfyAllConditions(
            j => j.Requirement.RequirementId.ShouldBe("gb1499.2-2024.elongation.HRB500E.d28-40"), j => j.Verdict.ShouldBe(Verdict.Pass));
        var thinner = bar with { Product = bar.Product with { Category = "Φ25" } };
        Result(MetallurgyFixture.Assess(thinner), "elongation").Judgements.Single().ShouldSatisfyAllConditions(
            j => j.Requirement.RequirementId.ShouldBe("gb1499.2-2024.elongation.HRB500E.d6-25"), j => j.Verdict.ShouldBe(Verdict.Fail));
    }

    [Fact]
    public void Should_Mark_The_Carried_Over_2024_Figures_In_The_Judgements()
    {
        var ratio = Result(Assess("hrb400e-d12"), "tensile-yield-ratio").Judgements.Single(j => j.Requirement.StandardCode == "GB 1499.2-2024");

        ratio.Requirement.Provenance!.Confidence.ShouldBe(Confidence.Unconfirmed);
        ratio.Requirement.Provenance.Note!.En.ShouldContain("not read");
    }

    [Fact]
    public void Should_Leave_The_Level_Undetermined_Without_The_Mass_Per_Metre()
    {
        var result = MetallurgyFixture.Assess(MetallurgyFixture.Without(MetallurgyFixture.Sample("hrb400e-d16"), "mass-per-metre"));

        result.Level.Determined.ShouldBeFalse();
        result.Level.Obstacles.ShouldContain(o => o.IndicatorId == "mass-deviation" && o.Kind == ObstacleKind.NotEvaluated);
    }
}
