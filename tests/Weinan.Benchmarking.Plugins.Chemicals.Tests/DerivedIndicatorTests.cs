namespace Weinan.Benchmarking.Plugins.Chemicals.Tests;

public class DerivedIndicatorTests
{
    private static readonly AcidityAsAceticAcid Acetic = new();
    private static readonly EnergyPerTonne Energy = new();

    private static MeasuredResult Acidity(string value, string? unit = null, string? basis = null, string? uncertainty = null) => new()
    {
        IndicatorId = "acidity",
        Value = value,
        Unit = unit,
        Basis = basis,
        Uncertainty = uncertainty,
        CoverageFactor = uncertainty is null ? null : "2",
        Evidence = EvidenceGrade.AccreditedLab,
        Reference = "WNJC-2026-HG-0417",
        TestMethod = "GB/T 338-2011",
    };

    private static MeasuredResult? Restate(MeasuredResult acidity) => Acetic.Compute(new Dictionary<string, MeasuredResult> { ["acidity"] = acidity });

    private static MeasuredResult? PerTonne(string total, string output, string? totalUnit = "tce", string? outputUnit = "t") => Energy.Compute(
        new Dictionary<string, MeasuredResult>
        {
            ["energy-total"] = new() { IndicatorId = "energy-total", Value = total, Unit = totalUnit, Evidence = EvidenceGrade.IndependentlyVerified, Reference = "NY-01" },
            ["methanol-output"] = new() { IndicatorId = "methanol-output", Value = output, Unit = outputUnit, Evidence = EvidenceGrade.SelfTested, Reference = "CL-07" },
        });

    [Theory]
    // 0.0012 % as HCOOH = 12 mg/kg as HCOOH = 15.655 mg/kg as CH3COOH, kept to 0.1 mg/kg.
    [InlineData("0.0012", null, null, "15.7")]
    [InlineData("0.0012", "%", "HCOOH", "15.7")]
    // CMP-09: the GB superior-grade limit, 0.0015 % as HCOOH, is 19.6 mg/kg as acetic acid; 一等品 0.0030 % is 39.1.
    [InlineData("0.0015", "%", "HCOOH", "19.6")]
    [InlineData("0.0030", "%", "HCOOH", "39.1")]
    [InlineData("0.0022", "%", "HCOOH", "28.7")]
    [InlineData("0.00124", "%", "HCOOH", "16.18")]
    [InlineData("15", "mg/kg", "HCOOH", "19.6")]
    [InlineData("15", "ppm", "HCOOH", "19.6")]
    [InlineData("16", "mg/kg", "CH3COOH", "16.0")]
    [InlineData("1.5e-3", "%", "HCOOH", "19.6")]
    public void Should_Restate_Acidity_As_Acetic_Acid_From_The_Molar_Masses(string value, string? unit, string? basis, string expected)
    {
        var restated = Restate(Acidity(value, unit, basis)).ShouldNotBeNull();

        restated.Value.ShouldBe(expected);
        (restated.IndicatorId, restated.Unit, restated.Basis).ShouldBe(("acidity-acetic", "mg/kg", "CH3COOH"));
        (restated.TestMethod, restated.Reference, restated.Evidence).ShouldBe(("GB/T 338-2011", "WNJC-2026-HG-0417", EvidenceGrade.AccreditedLab));
    }

    [Fact]
    public void Should_Restate_The_Uncertainty_With_The_Value()
    {
        var restated = Restate(Acidity("0.0022", "%", "HCOOH", "0.0002")).ShouldNotBeNull();

        (restated.Value, restated.Uncertainty, restated.CoverageFactor).ShouldBe(("28.7", "2.6", "2"));
        Restate(Acidity("0.0022", uncertainty: "about 0.0002")).ShouldBeNull();
    }

    [Theory]
    [InlineData("<0.0003", "%", "HCOOH")]
    [InlineData("ND", "%", "HCOOH")]
    [InlineData("0.0012(+)", "%", "HCOOH")]
    [InlineData("-0.0012", "%", "HCOOH")]
    [InlineData("0,0012", "%", "HCOOH")]
    [InlineData("", "%", "HCOOH")]
    [InlineData("1e25", "%", "HCOOH")]
    [InlineData("0.0012", "g/kg", "HCOOH")]
    [InlineData("0.0012", "%", "NH3")]
    public void Should_Not_Restate_What_Is_Not_A_Plain_Acidity_It_Knows(string value, string? unit, string? basis)
    {
        Restate(Acidity(value, unit, basis)).ShouldBeNull();
        Acetic.Compute(new Dictionary<string, MeasuredResult>()).ShouldBeNull();
    }

    [Theory]
    // Sample "methanol-first-grade": 2 519 870 tce for 1 806 452 t is 1394.93 kgce/t, between grade 1 (1380) and grade 2 (1400).
    [InlineData("2519870", "1806452", "tce", "t", "1394.9")]
    [InlineData("2519870", "1806452", null, null, "1394.9")]
    [InlineData("2519870", "1806452000", "tce", "kg", "1394.9")]
    [InlineData("1500", "1000", "tce", "t", "1500.0")]
    [InlineData("1.38e6", "1e3", "tce", "t", "1380000.0")]
    public void Should_Compute_Energy_Per_Tonne_From_The_Period_Totals(string total, string output, string? totalUnit, string? outputUnit, string expected)
    {
        var result = PerTonne(total, output, totalUnit, outputUnit).ShouldNotBeNull();

        result.Value.ShouldBe(expected);
        (result.IndicatorId, result.Unit).ShouldBe(("energy-consumption", "kgce/t"));
        result.Evidence.ShouldBe(EvidenceGrade.SelfTested);
        result.Reference.ShouldBe("NY-01 ; CL-07");
    }

    [Theory]
    [InlineData("2519870", "0", "tce", "t")]
    [InlineData("2519870", "0.0001", "tce", "t")]
    [InlineData("2519870", "1806452", "kgce", "t")]
    [InlineData("2519870", "1806452", "tce", "m³")]
    [InlineData("n.d.", "1806452", "tce", "t")]
    [InlineData("2519870", "<1", "tce", "t")]
    [InlineData("99999999999999999999999", "1806452", "tce", "t")]
    public void Should_Return_Null_Rather_Than_Guess_Or_Throw(string total, string output, string? totalUnit, string? outputUnit)
    {
        PerTonne(total, output, totalUnit, outputUnit).ShouldBeNull();
        Energy.Compute(new Dictionary<string, MeasuredResult> { ["energy-total"] = new() { Value = "1" } }).ShouldBeNull();
    }

    [Fact]
    public void Should_Compute_Energy_Per_Tonne_In_The_Assessment_And_Judge_It_Against_The_Route_Grades()
    {
        var result = ChemicalsFixture.Assess("methanol-first-grade");

        var energy = ChemicalsFixture.Result(result, "energy-consumption");
        (energy.Value, energy.Derived, energy.Unit).ShouldBe(("1394.9", true, "kgce/t"));
        energy.Judgements.Select(j => $"{j.Requirement.Grade!.Label}:{j.Requirement.Limit.Max}:{j.Binding}:{j.Verdict}")
            .ShouldBe(["1级:1380:False:Fail", "2级:1400:False:Pass", "3级:1800:True:Pass"]);
        energy.Rung.ShouldBe(DefaultLadder.Compliant);
        result.Gaps.ShouldContain(g => g.IndicatorId == "energy-consumption" && g.Required == "≤ 1380" && g.NextRung == DefaultLadder.DomesticLeading && !g.Binding);

        // A plant that reports the ratio itself keeps its own figure.
        var reported = ChemicalsFixture.Result(ChemicalsFixture.Assess("coke-oven-gas-methanol"), "energy-consumption");
        (reported.Value, reported.Derived).ShouldBe(("1568", false));
    }

    [Fact]
    public void Should_Judge_The_Restated_Acidity_Against_The_Limit_Written_As_Acetic_Acid()
    {
        var result = ChemicalsFixture.Assess("methanol-first-grade");

        var restated = ChemicalsFixture.Result(result, "acidity-acetic");
        (restated.Value, restated.Derived, restated.TestMethod).ShouldBe(("15.7", true, "GB/T 338-2011"));
        var judgement = restated.Judgements.ShouldHaveSingleItem();
        judgement.Requirement.RequirementId.ShouldBe("o-m-232g.aa.acidity-acetic");
        judgement.Verdict.ShouldBe(Verdict.Pass);
        judgement.Conversion.ShouldBe("mg/kg → ppm ×1");
        judgement.Note!.En.ShouldContain("converted: mg/kg → ppm ×1");

        // The superior-grade sample fails GB/T 338-2011 优等品 (0.0015 % as HCOOH, 19.6 as acetic acid) yet meets grade AA's 30 ppm.
        var superior = ChemicalsFixture.Assess("methanol-superior-grade");
        ChemicalsFixture.Result(superior, "acidity-acetic").Judgements.Single().Verdict.ShouldBe(Verdict.Pass);
        ChemicalsFixture.Result(superior, "acidity").Judgements.ShouldContain(j => j.Requirement.StandardCode == "GB/T 338-2011" && j.Verdict == Verdict.Fail);
    }
}
