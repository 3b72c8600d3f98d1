namespace Weinan.Benchmarking.Plugins.Metallurgy.Tests;

/// <summary>The indicators the plugin computes from raw results: decimal arithmetic on values as written, null (never a throw) without an answer.</summary>
public class DerivedIndicatorTests
{
    private static MeasuredResult Raw(string indicator, string value, string? unit = null, EvidenceGrade evidence = EvidenceGrade.AccreditedLab,
        string? reference = "R-1", string? method = "GB/T 28900-2022") =>
        new() { IndicatorId = indicator, Value = value, Unit = unit, Evidence = evidence, Reference = reference, TestMethod = method };

    private static MeasuredResult? Compute(string id, params MeasuredResult[] inputs) =>
        MetallurgyFixture.Derived(id).Compute(inputs.ToDictionary(r => r.IndicatorId));

    private static MeasuredResult[] Chemistry(string c = "0.21", string mn = "1.32") =>
    [
        Raw("carbon", c, "%", method: "GB/T 4336"), Raw("manganese", mn, "%", method: "GB/T 4336"), Raw("chromium", "0.04", "%", method: "GB/T 4336"),
        Raw("vanadium", "0.030", "%", method: "GB/T 4336"), Raw("molybdenum", "0.005", "%", method: "GB/T 4336"),
        Raw("copper", "0.03", "%", method: "GB/T 4336"), Raw("nickel", "0.02", "%", method: "GB/T 4336"),
    ];

    [Theory]
    [InlineData("611.8", "415.8", "1.4714")]
    [InlineData("564.1", "454.5", "1.2411")]
    [InlineData("500.0", "400.0", "1.2500")]
    [InlineData("576.1", "428.1", "1.3457")]
    public void Should_Compute_The_Tensile_To_Yield_Ratio_From_The_Tensile_Test(string rm, string rel, string expected)
    {
        var ratio = Compute("tensile-yield-ratio", Raw("tensile-strength", rm, "MPa"), Raw("yield-strength", rel, "N/mm²"));

        ratio!.Value.ShouldBe(expected);
        ratio.IndicatorId.ShouldBe("tensile-yield-ratio");
        ratio.TestMethod.ShouldBe("GB/T 28900-2022");
    }

    [Theory]
    [InlineData("overstrength-400", "415.8", "1.0395")]
    // 454.5 / 400 = 1.13625: half to even at the fourth place (GB/T 8170), not half up.
    [InlineData("overstrength-400", "454.5", "1.1362")]
    [InlineData("overstrength-400", "520", "1.3000")]
    [InlineData("overstrength-500", "548", "1.0960")]
    [InlineData("overstrength-500", "650.1", "1.3002")]
    public void Should_Divide_The_Measured_Yield_By_The_Characteristic_Value_Of_The_Indicator(string id, string rel, string expected) =>
        Compute(id, Raw("yield-strength", rel))!.Value.ShouldBe(expected);

    [Fact]
    public void Should_Compute_The_Carbon_Equivalent_With_The_GB_Formula()
    {
        // 0.21 + 1.32/6 + (0.04 + 0.030 + 0.005)/5 + (0.03 + 0.02)/15 = 0.21 + 0.22 + 0.015 + 0.00333… = 0.44833…
        var ceq = Compute("carbon-equivalent", Chemistry());

        ceq!.Value.ShouldBe("0.4483");
        ceq.TestMethod.ShouldBe("GB/T 4336");
        Compute("carbon-equivalent", Chemistry(c: "0.25", mn: "1.60"))!.Value.ShouldBe("0.5350");
    }

    [Theory]
    [InlineData("1.552", "1.58", "-1.772")]
    [InlineData("0.836", "0.888", "-5.856")]
    [InlineData("2.374", "2.47", "-3.887")]
    [InlineData("0.900", "0.888", "1.351")]
    [InlineData("0.888", "0.888", "0.000")]
    public void Should_Compute_The_Mass_Deviation_From_Actual_And_Theoretical_Mass(string actual, string theoretical, string expected) =>
        Compute("mass-deviation", Raw("mass-per-metre", actual, "kg/m"), Raw("theoretical-mass", theoretical))!.Value.ShouldBe(expected);

    [Fact]
    public void Should_Carry_The_Weakest_Evidence_And_Every_Report_Of_Its_Inputs()
    {
        var deviation = Compute("mass-deviation",
            Raw("mass-per-metre", "1.552", evidence: EvidenceGrade.AccreditedLab, reference: "SXYJ-1"),
            Raw("theoretical-mass", "1.58", evidence: EvidenceGrade.SelfTested, reference: "QC-7", method: null));

        deviation!.Evidence.ShouldBe(EvidenceGrade.SelfTested);
        deviation.Reference.ShouldBe("SXYJ-1; QC-7");
        deviation.TestMethod.ShouldBe("GB/T 28900-2022");
        deviation.Uncertainty.ShouldBeNull();

        var mixed = Chemistry();
        mixed[0] = mixed[0] with { TestMethod = "GB/T 20123" };
        Compute("carbon-equivalent", mixed)!.TestMethod.ShouldBe("GB/T 20123 + GB/T 4336");
    }

    [Theory]
    [InlineData("<0.005")]
    [InlineData("ND")]
    [InlineData("")]
    [InlineData("1,2.3")]
    [InlineData("-0.01")]
    [InlineData("0.1 %")]
    [InlineData("NaN")]
    [InlineData("1e30")]
    public void Should_Give_No_Value_When_An_Input_Is_Not_A_Plain_Number(string value)
    {
        var inputs = Chemistry();
        inputs[4] = inputs[4] with { Value = value };

        Compute("carbon-equivalent", inputs).ShouldBeNull();
    }

    [Fact]
    public void Should_Give_No_Value_When_An_Input_Is_Missing_Below_Detection_In_Another_Unit_Or_Zero()
    {
        Compute("carbon-equivalent", Chemistry()[1..]).ShouldBeNull();
        var below = Chemistry();
        below[4] = below[4] with { BelowDetectionLimit = true, DetectionLimit = "0.005" };
        Compute("carbon-equivalent", below).ShouldBeNull();
        var ppm = Chemistry();
        ppm[4] = ppm[4] with { Value = "50", Unit = "ppm" };
        Compute("carbon-equivalent", ppm).ShouldBeNull();

        Compute("tensile-yield-ratio", Raw("tensile-strength", "88.7", "ksi"), Raw("yield-strength", "60.3", "ksi")).ShouldBeNull();
        Compute("tensile-yield-ratio", Raw("tensile-strength", "611.8"), Raw("yield-strength", "0")).ShouldBeNull();
        Compute("mass-deviation", Raw("mass-per-metre", "1.552", "g/m"), Raw("theoretical-mass", "1.58")).ShouldBeNull();
        Compute("mass-deviation", Raw("mass-per-metre", "1.552"), Raw("theoretical-mass", "0.000")).ShouldBeNull();
        MetallurgyFixture.Derived("mass-deviation").Compute(null!).ShouldBeNull();
    }

    [Fact]
    public void Should_Accept_A_GB_T_8170_Sign_Suffix_As_The_Same_Number()
    {
        Compute("overstrength-400", Raw("yield-strength", "416(+)"))!.Value.ShouldBe("1.0400");
        Compute("overstrength-400", Raw("yield-strength", "416(−)"))!.Value.ShouldBe("1.0400");
        Compute("overstrength-400", Raw("yield-strength", " +416.0(-) "))!.Value.ShouldBe("1.0400");
        Compute("overstrength-400", Raw("yield-strength", "++416")).ShouldBeNull();
        Compute("overstrength-400", Raw("yield-strength", "416(+)(+)")).ShouldBeNull();
    }

    [Fact]
    public void Should_Never_Throw_On_Extreme_Inputs()
    {
        // Values the engine would refuse still reach plugin code through a direct call: the answer is null, not an exception.
        Compute("tensile-yield-ratio", Raw("tensile-strength", "99999999999999999999"), Raw("yield-strength", "0.00000000000000000001")).ShouldBeNull();
        Compute("tensile-yield-ratio", Raw("tensile-strength", "9999999999999999999"), Raw("yield-strength", "0.0000000000000000001")).ShouldBeNull();
        Compute("mass-deviation", Raw("mass-per-metre", "9999999999999999999"), Raw("theoretical-mass", "0.0000000000000000001")).ShouldBeNull();
    }

    [Fact]
    public void Should_Compute_Through_The_Engine_From_The_Raw_Results_Of_A_Sample()
    {
        var result = MetallurgyFixture.Assess("hrb400e-d12");

        var ratio = MetallurgyFixture.Result(result, "tensile-yield-ratio");
        ratio.Derived.ShouldBeTrue();
        ratio.Value.ShouldBe("1.2411");
        ratio.Evidence.ShouldBe(EvidenceGrade.AccreditedLab);
        ratio.Reference.ShouldBe("WNZJ-CC2026-0877-01");
        ratio.Judgements.ShouldContain(j => j.Requirement.RequirementId == "gb1499.2-2024.tensile-yield-ratio.HRB400E" && j.Verdict == Verdict.Fail && j.Binding);
        MetallurgyFixture.Result(result, "mass-deviation").Value.ShouldBe("-5.856");
        MetallurgyFixture.Result(result, "carbon-equivalent").Value.ShouldBe("0.4938");
        MetallurgyFixture.Result(result, "overstrength-400").Value.ShouldBe("1.1362");

        // Without the plugin's derived indicators the engine has no value for them: they are binding and left unevaluated.
        var bare = Weinan.Benchmarking.Sdk.Assessment.Assessor.Assess(MetallurgyFixture.Sample("hrb400e-d12"), MetallurgyFixture.Catalog,
            new AssessmentOptions { AssessmentDate = MetallurgyFixture.AssessmentDate });
        bare.Indicators.ShouldNotContain(i => i.Derived);
        bare.NotEvaluated.ShouldContain(n => n.IndicatorId == "tensile-yield-ratio" && n.Kind == NotEvaluatedKind.NotEvaluated);
    }

    [Fact]
    public void Should_Prefer_A_Ratio_The_Laboratory_Reports_Itself()
    {
        var sample = MetallurgyFixture.Sample("hrb400e-d12");
        var reported = sample with
        {
            Results = [.. sample.Results, new MeasuredResult
            {
                IndicatorId = "tensile-yield-ratio", Value = "1.24", Evidence = EvidenceGrade.AccreditedLab, TestMethod = "GB/T 28900-2022",
            }],
        };

        var ratio = MetallurgyFixture.Result(MetallurgyFixture.Assess(reported), "tensile-yield-ratio");

        ratio.Derived.ShouldBeFalse();
        ratio.Value.ShouldBe("1.24");
    }
}
