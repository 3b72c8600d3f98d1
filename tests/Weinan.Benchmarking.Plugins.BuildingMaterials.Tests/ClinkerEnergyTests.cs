using static Weinan.Benchmarking.Plugins.BuildingMaterials.Tests.BuildingMaterialsFixture;

namespace Weinan.Benchmarking.Plugins.BuildingMaterials.Tests;

/// <summary>The clinker energy per tonne, computed from the period's energy total and clinker output.</summary>
public class ClinkerEnergyTests
{
    private static readonly ClinkerEnergyIntensity Rule = new();

    private static MeasuredResult? Compute(string energy, string output, string? energyUnit = "tce", string? outputUnit = "t",
        EvidenceGrade energyEvidence = EvidenceGrade.SelfTested, EvidenceGrade outputEvidence = EvidenceGrade.SelfTested) =>
        Rule.Compute(new Dictionary<string, MeasuredResult>
        {
            ["clinker-energy-total"] = new() { IndicatorId = "clinker-energy-total", Value = energy, Unit = energyUnit, Evidence = energyEvidence, Reference = "NY-1" },
            ["clinker-output"] = new() { IndicatorId = "clinker-output", Value = output, Unit = outputUnit, Evidence = outputEvidence, Reference = "CL-1" },
        });

    [Fact]
    public void Should_Compute_Clinker_Energy_Per_Tonne_From_The_Sample_Through_The_Engine()
    {
        var result = Assess("bagged-po-42-5");
        var energy = Indicator(result, "clinker-energy");

        // 136 420 tce × 1000 / 1 395 600 t = 97.7500… kgce/t, written up to 0.01.
        energy.Derived.ShouldBeTrue();
        energy.Value.ShouldBe("97.76");
        energy.Unit.ShouldBe("kgce/t");
        energy.Evidence.ShouldBe(EvidenceGrade.SelfTested);
        energy.Judgements.Select(j => $"{j.Requirement.Grade!.Label}:{j.Verdict}:{j.Binding}").ShouldBe(["1级:Pass:False", "2级:Pass:False", "3级:Pass:True"]);
        energy.Rung.ShouldBe(DefaultLadder.DomesticLeading);
        Indicator(Assess("bulk-po-42-5r"), "clinker-energy").Value.ShouldBe("112.70");
        Indicator(Assess("bagged-po-52-5"), "clinker-energy").Value.ShouldBe("104.30");
    }

    [Fact]
    public void Should_Not_Compute_Without_Both_Inputs_And_Then_Treat_The_Energy_Limits_As_Not_Applicable()
    {
        var result = Assess(Without(Sample("bagged-po-42-5"), "clinker-output"));

        result.Indicators.ShouldNotContain(i => i.IndicatorId == "clinker-energy");
        result.NotEvaluated.ShouldContain(n => n.IndicatorId == "clinker-energy" && n.Kind == NotEvaluatedKind.NotApplicable &&
                                               n.Reason.En.Contains("not for grinding-only plants"));
        result.Level.Determined.ShouldBeTrue();
    }

    [Theory]
    [InlineData("100000", "1000000", "tce", "t", "100.00")]
    [InlineData("100000000", "1000000", "kgce", "t", "100.00")]
    [InlineData("100000", "1000000000", "tce", "kg", "100.00")]
    [InlineData("100001", "1000000", "tce", "t", "100.01")]
    [InlineData("100000.1", "1000000", null, null, "100.01")]
    [InlineData("1", "3", "tce", "t", "333.34")]
    [InlineData("0", "1000", "tce", "t", "0.00")]
    public void Should_Divide_In_Decimal_And_Round_Up_To_The_Hundredth(string energy, string output, string? energyUnit, string? outputUnit, string expected)
    {
        var value = Compute(energy, output, energyUnit, outputUnit);

        value.ShouldNotBeNull();
        value.Value.ShouldBe(expected);
        value.Unit.ShouldBe("kgce/t");
        value.IndicatorId.ShouldBe("clinker-energy");
    }

    [Theory]
    [InlineData("136420", "0", "tce", "t")]
    [InlineData("136420", "", "tce", "t")]
    [InlineData("ND", "1395600", "tce", "t")]
    [InlineData("<1", "1395600", "tce", "t")]
    [InlineData("1,364.2", "1395600", "tce", "t")]
    [InlineData("-136420", "1395600", "tce", "t")]
    [InlineData("136420", "1395600", "MJ", "t")]
    [InlineData("136420", "1395600", "Tce", "t")]
    [InlineData("136420", "1395600", "tce", "万t")]
    [InlineData("136420(+)", "1395600", "tce", "t")]
    [InlineData("79000000000000000000000000000", "0.0000001", "tce", "t")]
    public void Should_Return_No_Value_Rather_Than_Guess_Or_Throw(string energy, string output, string energyUnit, string outputUnit)
    {
        Compute(energy, output, energyUnit, outputUnit).ShouldBeNull();
    }

    [Fact]
    public void Should_Return_No_Value_When_An_Input_Is_Missing()
    {
        Rule.Compute(new Dictionary<string, MeasuredResult> { ["clinker-output"] = new() { Value = "1" } }).ShouldBeNull();
        Rule.Compute(new Dictionary<string, MeasuredResult>()).ShouldBeNull();
    }

    [Fact]
    public void Should_Carry_The_Weaker_Evidence_And_Both_References()
    {
        var value = Compute("100000", "1000000", energyEvidence: EvidenceGrade.IndependentlyVerified, outputEvidence: EvidenceGrade.Declared)!;

        value.Evidence.ShouldBe(EvidenceGrade.Declared);
        value.Reference.ShouldBe("NY-1 ; CL-1");
        value.Uncertainty.ShouldBeNull();
    }

    [Fact]
    public void Should_Never_Let_Rounding_Lift_A_Value_Above_A_Limit_Onto_It()
    {
        // 100.001 kgce/t is above grade 1 (≤ 100); written up as 100.01 it stays above it, where rounding to the nearest
        // hundredth would have shown 100.00 and passed.
        var sample = Sample("bagged-po-42-5");
        var planted = WithResult(WithResult(sample, "clinker-energy-total", r => r with { Value = "100001" }), "clinker-output", r => r with { Value = "1000000" });

        var energy = Indicator(Assess(planted), "clinker-energy");

        energy.Value.ShouldBe("100.01");
        energy.Judgements.Single(j => j.Requirement.Grade!.Label == "1级").Verdict.ShouldBe(Verdict.Fail);
        energy.Rung.ShouldBe(DefaultLadder.Compliant);
    }

    [Fact]
    public void Should_Prefer_A_Submitted_Per_Tonne_Value_To_The_Derived_One()
    {
        var sample = Sample("bagged-po-42-5");
        var submitted = sample with
        {
            Results = [.. sample.Results, new MeasuredResult { IndicatorId = "clinker-energy", Value = "99.1", Unit = "kgce/t", Evidence = EvidenceGrade.AccreditedLab }],
        };

        var energy = Indicator(Assess(submitted), "clinker-energy");

        energy.Derived.ShouldBeFalse();
        energy.Value.ShouldBe("99.1");
    }
}
