using Weinan.Benchmarking.Sdk.Assessment;

namespace Weinan.Benchmarking.Plugins.Textiles.Tests;

public class SampleAssessmentTests
{
    private static AssessmentResult Assess(string sample) =>
        Assessor.Assess(TextilesFixture.Sample(sample), TextilesFixture.Catalog, new AssessmentOptions { AssessmentDate = new DateOnly(2026, 11, 27) });

    [Theory]
    // The two upper rungs look at key indicators (formaldehyde, pH) only: the bodysuit's nickel and the curtain's dry
    // rubbing miss OEKO-TEX but are not key, so they show as gaps, not as a lower level.
    [InlineData("infant-bodysuit", DefaultLadder.InternationalLeading)]
    [InlineData("cotton-shirt", DefaultLadder.NonCompliant)]
    [InlineData("curtain", DefaultLadder.InternationalLeading)]
    public void Should_Reach_The_Expected_Level(string sample, string level)
    {
        var result = Assess(sample);
        result.Issues.ShouldBeEmpty();
        result.Level.Rung.ShouldBe(level);
    }

    [Fact]
    public void Should_Fail_The_Cotton_Shirt_On_Formaldehyde_Under_GB_18401_Class_B()
    {
        var result = Assess("cotton-shirt");
        var formaldehyde = result.Indicators.Single(i => i.IndicatorId == "formaldehyde");
        formaldehyde.Judgements.ShouldContain(j => j.Requirement.StandardCode == "GB 18401-2010" && j.Requirement.Grade!.Label == "B" && j.Verdict == Verdict.Fail);
        result.Gaps[0].IndicatorId.ShouldBe("formaldehyde");
        result.Gaps[0].Required.ShouldBe("≤ 75");
    }

    [Fact]
    public void Should_Show_Non_Key_Misses_As_Gaps()
    {
        Assess("infant-bodysuit").Gaps.ShouldContain(g => g.IndicatorId == "extractable-ni" && g.Required == "≤ 0.5");
        Assess("curtain").Gaps.ShouldContain(g => g.IndicatorId == "fastness-dry-rubbing" && g.Required == "≥ 4");
    }

    [Fact]
    public void Should_Not_Evaluate_Exempt_Indicators_Of_The_Curtain()
    {
        var result = Assess("curtain");
        result.NotEvaluated.ShouldContain(n => n.IndicatorId == "fastness-acid-perspiration" && n.Kind == NotEvaluatedKind.NotApplicable);
        result.Indicators.ShouldNotContain(i => i.IndicatorId == "fastness-acid-perspiration");
    }
}
