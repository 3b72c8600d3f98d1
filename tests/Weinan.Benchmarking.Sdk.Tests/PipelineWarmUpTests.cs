using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Sdk.Tests;

public class PipelineWarmUpTests
{
    [Fact]
    public void Should_Assess_Its_Built_In_Submission_Cleanly_So_That_The_Engine_Runs_Through_Its_Rungs()
    {
        var result = PipelineWarmUp.Run().ShouldNotBeNull();

        result.Issues.ShouldBeEmpty();
        result.Level.Determined.ShouldBeTrue();
        // 30 mg/kg meets the national limit (≤ 75) and not the international one (≤ 20): the climb stops on the way up,
        // with a gap towards the international rung and a comparison with the enterprise's own limit.
        result.Indicators.Single().Judgements.Count.ShouldBeGreaterThanOrEqualTo(3);
        result.Gaps.ShouldNotBeEmpty();
        result.Comparisons.ShouldNotBeEmpty();
    }
}
