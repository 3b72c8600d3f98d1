using Weinan.Benchmarking.Sdk.Assessment;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>A value is judged only against limits its test method defines (or a method the catalog declares equivalent).</summary>
public class TestMethodTests
{
    private static Catalog Catalog(params TestMethod[] methods)
    {
        var catalog = Some.Catalog();
        return catalog with
        {
            TestMethods = methods,
            Requirements = [.. catalog.Requirements.Select(r => r.Id switch
            {
                "gb.formaldehyde.B" => r with { TestMethods = ["GB/T 2912.1"] },
                "oeko.formaldehyde.II" => r with { TestMethods = ["JIS L 1041"] },
                _ => r,
            })],
        };
    }

    private static Submission Shirt(params MeasuredResult[] formaldehyde) => Some.Shirt() with
    {
        EnterpriseStandard = null,
        Results = [.. formaldehyde, .. Some.Shirt().Results.Where(r => r.IndicatorId != "formaldehyde")],
    };

    private static IReadOnlyList<Judgement> Formaldehyde(AssessmentResult result) =>
        result.Indicators.Single(i => i.IndicatorId == "formaldehyde").Judgements.Where(j => j.Role == JudgementRole.Applicable).ToList();

    [Fact]
    public void Should_Not_Decide_A_Value_Measured_By_A_Method_The_Limit_Does_Not_Define()
    {
        var result = Assessor.Assess(Shirt(new MeasuredResult { IndicatorId = "formaldehyde", Value = "40", TestMethod = "GB/T 2912.1-2009" }), Catalog(), Some.Options());

        var judgements = Formaldehyde(result);
        judgements.Select(j => $"{j.Requirement.RequirementId}:{j.Verdict}").ShouldBe(["gb.formaldehyde.B:Pass", "oeko.formaldehyde.II:Indeterminate"]);
        judgements[1].Note!.En.ShouldBe("measured by GB/T 2912.1-2009, but the limit is defined by JIS L 1041, which the catalog does not declare equivalent");
        judgements[1].Note!.Zh.ShouldBe("测定方法 GB/T 2912.1-2009 与限值规定的方法 JIS L 1041 不同，目录未声明二者等效");
    }

    [Fact]
    public void Should_Judge_Each_Limit_With_The_Result_Of_Its_Own_Method()
    {
        var result = Assessor.Assess(Shirt(
            new MeasuredResult { IndicatorId = "formaldehyde", Value = "40", TestMethod = "GB/T 2912.1-2009", Reference = "R-1" },
            new MeasuredResult { IndicatorId = "formaldehyde", Value = "44", TestMethod = "JIS L 1041", Reference = "R-2" }), Catalog(), Some.Options());

        Formaldehyde(result).Select(j => $"{j.TestMethod}:{j.Value}:{j.Reference}:{j.Verdict}").ShouldBe(
            ["GB/T 2912.1-2009:40:R-1:Pass", "JIS L 1041:44:R-2:Pass"]);
        result.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Accept_A_Method_The_Catalog_Declares_Equivalent()
    {
        var catalog = Catalog(new TestMethod { Code = "JIS L 1041", Equivalent = ["ISO 14184-1"] });

        var result = Assessor.Assess(Shirt(new MeasuredResult { IndicatorId = "formaldehyde", Value = "40", TestMethod = "ISO 14184-1:2011" }), catalog, Some.Options());

        Formaldehyde(result).Single(j => j.Requirement.RequirementId == "oeko.formaldehyde.II").Verdict.ShouldBe(Verdict.Pass);
    }

    [Theory]
    [InlineData("20", Verdict.Pass)]
    [InlineData("16", Verdict.Indeterminate)]
    public void Should_Take_The_Detection_Limit_Of_The_Method_For_A_Value_Reported_Not_Detected(string limit, Verdict expected)
    {
        // GB/T 2912.1 reports nothing below 20 mg/kg: "ND" meets ≤ 20 but cannot show ≤ 16.
        var catalog = Catalog(new TestMethod { Code = "GB/T 2912.1-2009", DetectionLimit = "20", Unit = "mg/kg" }) with
        {
            Requirements = [new Requirement
            {
                Id = "limit", IndicatorId = "formaldehyde", StandardCode = Some.Gb2010.Code, Limit = Limit.AtMost(limit), Unit = "mg/kg",
                TestMethods = ["GB/T 2912.1"], AppliesTo = new() { ProductClasses = ["skin-contact"] }, Provenance = new() { Source = "test" },
            }],
        };

        var result = Assessor.Assess(Shirt(new MeasuredResult { IndicatorId = "formaldehyde", Value = "ND", Unit = "mg/kg", TestMethod = "GB/T 2912.1-2009" }), catalog, Some.Options());

        var judgement = Formaldehyde(result).Single();
        judgement.Verdict.ShouldBe(expected);
        judgement.ComparedValue.ShouldBe("<20");
        if (expected == Verdict.Indeterminate)
        {
            judgement.Note!.En.ShouldBe("detection limit above the limit: cannot decide");
        }
    }

    [Fact]
    public void Should_Accept_A_Part_Of_A_Series_The_Limit_Names()
    {
        var methods = new TestMethods([]);

        methods.Accepts("GB/T 2910.11-2009", ["GB/T 2910"]).ShouldBeTrue();
        methods.Accepts("GB/T 2910", ["GB/T 2910.11"]).ShouldBeFalse();
        methods.Accepts("GB/T 29100", ["GB/T 2910"]).ShouldBeFalse();
    }
}
