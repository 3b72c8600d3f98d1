namespace Weinan.Benchmarking.Plugins.FoodProcessing.Tests;

public class DerivedIndicatorTests
{
    private static readonly ProteinInMilkSolidsNotFat Rule = new();

    private static Dictionary<string, MeasuredResult> Inputs(string protein, string fat, string moisture, string? unit = "g/100 g") => new()
    {
        ["protein"] = new MeasuredResult { IndicatorId = "protein", Value = protein, Unit = unit, Evidence = EvidenceGrade.AccreditedLab, Reference = "R-1" },
        ["fat"] = new MeasuredResult { IndicatorId = "fat", Value = fat, Unit = unit, Evidence = EvidenceGrade.AccreditedLab, Reference = "R-2" },
        ["moisture"] = new MeasuredResult { IndicatorId = "moisture", Value = moisture, Unit = unit, Evidence = EvidenceGrade.SelfTested, Reference = "R-2" },
    };

    [Theory]
    // 24.6 / (100 − 28.5 − 3.2) × 100 = 36.0175…
    [InlineData("24.6", "28.5", "3.2", "36.02")]
    // 23.0 / 64.0 × 100 = 35.9375.
    [InlineData("23.0", "33.0", "3.0", "35.94")]
    // Exactly on the GB 19644 / CXS 207 limit: 23.8 / 70.0.
    [InlineData("23.8", "26.0", "4.0", "34.00")]
    // Exactly half at the third decimal rounds to even: 1.025 → 1.02 (not 1.03), 1.015 → 1.02.
    [InlineData("0.82", "16", "4", "1.02")]
    [InlineData("0.812", "16", "4", "1.02")]
    public void Should_Compute_Protein_In_Solids_Not_Fat_In_Decimal(string protein, string fat, string moisture, string expected)
    {
        var result = Rule.Compute(Inputs(protein, fat, moisture));

        result.ShouldNotBeNull();
        result.Value.ShouldBe(expected);
        result.Unit.ShouldBe("%");
        result.IndicatorId.ShouldBe("protein-in-msnf");
    }

    [Fact]
    public void Should_Carry_The_Weakest_Evidence_And_The_Report_Numbers()
    {
        var result = Rule.Compute(Inputs("24.6", "28.5", "3.2"))!;

        result.Evidence.ShouldBe(EvidenceGrade.SelfTested);
        result.Reference.ShouldBe("R-1 / R-2");
        result.Uncertainty.ShouldBeNull();
    }

    [Theory]
    [InlineData("<0.1", "28.5", "3.2", "g/100 g")]
    [InlineData("ND", "28.5", "3.2", "g/100 g")]
    [InlineData("24.6(+)", "28.5", "3.2", "g/100 g")]
    [InlineData("2.46e1", "28.5", "3.2", "g/100 g")]
    [InlineData("24,6", "28.5", "3.2", "g/100 g")]
    [InlineData("-24.6", "28.5", "3.2", "g/100 g")]
    [InlineData("24.6", "", "3.2", "g/100 g")]
    [InlineData("24.6", "28.5", "3.2", "mg/kg")]
    [InlineData("24.6", "60", "40", "g/100 g")]
    [InlineData("24.6", "70", "40", "g/100 g")]
    public void Should_Return_Null_Rather_Than_Guess(string protein, string fat, string moisture, string unit)
    {
        Rule.Compute(Inputs(protein, fat, moisture, unit)).ShouldBeNull();
    }

    [Fact]
    public void Should_Return_Null_When_An_Input_Is_Missing()
    {
        var inputs = Inputs("24.6", "28.5", "3.2");
        inputs.Remove("moisture");

        Rule.Compute(inputs).ShouldBeNull();
    }

    [Fact]
    public void Should_Accept_Percent_And_Unitless_Inputs_As_Grams_Per_100_Grams()
    {
        Rule.Compute(Inputs("24.6", "28.5", "3.2", "%"))!.Value.ShouldBe("36.02");
        Rule.Compute(Inputs("24.6", "28.5", "3.2", null))!.Value.ShouldBe("36.02");
        Rule.Compute(Inputs("24.6", "28.5", "3.2", "g/100g"))!.Value.ShouldBe("36.02");
    }

    [Fact]
    public void Should_Be_Judged_Against_GB_19644_And_Codex_CXS_207_When_Assessed()
    {
        var result = FoodFixture.Assess("goat-milk-powder");
        var derived = FoodFixture.Indicator(result, "protein-in-msnf");

        derived.Derived.ShouldBeTrue();
        derived.Value.ShouldBe("36.02");
        derived.Judgements.Select(j => $"{j.Requirement.RequirementId}:{j.Verdict}").ShouldBe(["gb19644-2010.protein-in-msnf:Pass", "cxs207-1999.protein-in-msnf:Pass"], ignoreOrder: true);
        derived.Rung.ShouldBe(DefaultLadder.InternationalLeading);
    }

    [Fact]
    public void Should_Fail_A_Powder_Whose_Protein_Is_Short_Of_34_Percent_Of_Its_Solids_Not_Fat()
    {
        // 22.0 / 68.3 = 32.21 %: the protein claim (≥ 80 % of 25.0) still holds, the product standard does not.
        var thin = FoodFixture.WithResult(FoodFixture.Sample("goat-milk-powder"), "protein", r => r with { Value = "22.0", Uncertainty = null });

        var result = FoodFixture.Assess(thin);

        FoodFixture.Indicator(result, "protein-in-msnf").Value.ShouldBe("32.21");
        FoodFixture.Indicator(result, "protein").Judgements.Single().Verdict.ShouldBe(Verdict.Pass);
        result.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        FoodFixture.Indicator(result, "protein-in-msnf").Judgements.Single(j => j.Requirement.StandardCode == "GB 19644-2010")
            .ShouldSatisfyAllConditions(j => j.Verdict.ShouldBe(Verdict.Fail), j => j.Binding.ShouldBeTrue());

        // The powder also declares GB 19644 (执行标准), but the standard is mandatory: the failure is one of a mandatory requirement.
        result.Level.Reason!.Zh.ShouldBe("不符合强制性要求：蛋白质（占非脂乳固体）（不符合 GB 19644-2010）");
    }

    [Fact]
    public void Should_Not_Derive_Without_Every_Input_Or_Overwrite_A_Reported_Value()
    {
        var sample = FoodFixture.Sample("goat-milk-powder");
        var missing = sample with { Results = [.. sample.Results.Where(r => r.IndicatorId != "moisture")] };
        FoodFixture.Assess(missing).NotEvaluated.ShouldContain(n => n.IndicatorId == "protein-in-msnf" && n.Kind == NotEvaluatedKind.NotEvaluated);

        var reported = sample with { Results = [.. sample.Results, new MeasuredResult { IndicatorId = "protein-in-msnf", Value = "35.1", Unit = "%", Evidence = EvidenceGrade.AccreditedLab }] };
        var indicator = FoodFixture.Indicator(FoodFixture.Assess(reported), "protein-in-msnf");
        (indicator.Value, indicator.Derived).ShouldBe(("35.1", false));
    }
}
