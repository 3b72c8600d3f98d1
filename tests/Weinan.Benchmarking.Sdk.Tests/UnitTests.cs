using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Numbers;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>Unit symbols are case-sensitive, with an explicit alias table; an unknown unit is an issue, never a guess.</summary>
public class UnitTests
{
    [Theory]
    [InlineData("µg/kg", "μg/kg")]
    [InlineData("ug/kg", "μg/kg")]
    [InlineData("％", "%")]
    [InlineData("% (m/m)", "%")]
    [InlineData("%(V/V)", "%vol")]
    [InlineData("% vol", "%vol")]
    [InlineData("N/mm2", "N/mm²")]
    [InlineData("mg/m3", "mg/m³")]
    [InlineData("℃", "°C")]
    [InlineData("g/100g", "g/100 g")]
    public void Should_Read_The_Usual_Spellings_Of_A_Unit(string written, string canonical) => Units.Canonical(written).ShouldBe(canonical);

    [Theory]
    [InlineData("mPa", "MPa")]
    [InlineData("Mg/kg", "mg/kg")]
    [InlineData("ML", "mL")]
    public void Should_Tell_Units_Apart_That_Differ_Only_In_Case(string a, string b)
    {
        Units.Same(a, b).ShouldBeFalse();
        UnitConverter.BuiltIn.TryGetFactor(a, null, b, null, null, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_Refuse_A_Value_In_mPa_Against_A_Limit_In_MPa()
    {
        var catalog = Some.Catalog() with
        {
            Indicators = [new Indicator { Id = "strength", Name = new("抗压强度", "Compressive strength"), Unit = "MPa", Direction = Direction.HigherIsBetter }],
            Requirements = [new Requirement
            {
                Id = "s", IndicatorId = "strength", StandardCode = Some.Gb2010.Code, Limit = Limit.AtLeast("32.5"), Unit = "MPa", Provenance = new() { Source = "test" },
            }],
        };
        var submission = Some.Shirt() with
        {
            EnterpriseStandard = null,
            Results = [new MeasuredResult { IndicatorId = "strength", Value = "40", Unit = "mPa", Evidence = EvidenceGrade.AccreditedLab }],
        };

        var issues = InputValidation.ValidateSubmission(submission, catalog);
        var issue = issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe("WB2023");
        issue.Path.ShouldBe("results[0].unit");
        issue.Message.En.ShouldContain("did you mean MPa?");

        var judgement = Assessor.Assess(submission, catalog, Some.Options()).Indicators.Single().Judgements.Single();
        judgement.Verdict.ShouldBe(Verdict.Indeterminate);
        judgement.Note!.En.ShouldBe("no conversion from mPa to MPa");
    }

    [Fact]
    public void Should_Record_The_Conversion_Of_A_Converted_Judgement()
    {
        var submission = Some.Shirt() with
        {
            Results = [.. Some.Shirt().Results.Select(r => r.IndicatorId == "formaldehyde" ? r with { Value = "0.0012", Unit = "%", Uncertainty = null } : r)],
        };

        var judgement = Assessor.Assess(submission, Some.Catalog(), Some.Options()).Indicators.Single(i => i.IndicatorId == "formaldehyde").Judgements[0];

        judgement.ComparedValue.ShouldBe("12");
        judgement.Conversion.ShouldBe("% → mg/kg ×10000");
        judgement.Note!.Zh.ShouldBe("已换算：% → mg/kg ×10000");
        judgement.Note.En.ShouldBe("converted: % → mg/kg ×10000");
    }
}
