using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Numbers;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>Inputs at the edges: huge numbers, null items, odd spellings, plugin code that throws.</summary>
public class RobustnessTests
{
    private static AssessmentResult Assess(Submission submission, AssessmentOptions? options = null, Catalog? catalog = null,
        IReadOnlyList<IDerivedIndicator>? derived = null) =>
        Assessor.Assess(submission, catalog ?? Some.Catalog(), options ?? Some.Options(), derived);

    private static Submission WithFormaldehyde(string value) => Some.Shirt() with
    {
        Results = [.. Some.Shirt().Results.Select(r => r.IndicatorId == "formaldehyde" ? r with { Value = value, Uncertainty = null } : r)],
    };

    [Theory]
    [InlineData("1e25")]
    [InlineData("-100000000000000000000")]
    public void Should_Refuse_Magnitudes_Beyond_Any_Indicator(string text) => WrittenNumber.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Should_Not_Evaluate_A_Huge_Value_Instead_Of_Failing_The_Run()
    {
        var result = Assess(WithFormaldehyde("7e28"));
        result.NotEvaluated.ShouldContain(n => n.IndicatorId == "formaldehyde" && n.Kind == NotEvaluatedKind.NotEvaluated);
    }

    [Fact]
    public void Should_Use_Simple_Acceptance_Zones_When_The_Guard_Band_Factor_Is_Zero()
    {
        var rule = new DecisionRule { Kind = DecisionRuleKind.GuardBand, GuardBandFactor = "0" };
        LimitJudge.Judge("72", Limit.AtMost("75"), JudgementMethod.Absolute, rule, "6").Verdict.ShouldBe(Verdict.Pass);
        LimitJudge.Judge("72", Limit.AtMost("75"), JudgementMethod.Absolute, rule with { GuardBandFactor = "1" }, "6").Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void Should_Read_A_Full_Width_Less_Than_Sign_As_Below_Detection()
    {
        LimitJudge.Judge("＜0.01", Limit.AtMost("0.2"), JudgementMethod.Absolute).Verdict.ShouldBe(Verdict.Pass);
        var submission = WithFormaldehyde("＜20");
        InputValidation.ValidateSubmission(submission, Some.Catalog()).ShouldBeEmpty();
        Assess(submission).Indicators.Single(i => i.IndicatorId == "formaldehyde").Judgements[0].Verdict.ShouldBe(Verdict.Pass);
    }

    [Fact]
    public void Should_Report_Null_Result_Items_And_Go_On()
    {
        var submission = Some.Shirt() with { Results = [.. Some.Shirt().Results, null!] };

        InputValidation.ValidateSubmission(submission, Some.Catalog()).ShouldContain(i => i.Code == "WB2021" && i.Path == "results[5]");
        var result = Assess(submission);
        result.Issues.ShouldContain(i => i.Code == "WB2904");
        result.Level.Rung.ShouldBe(DefaultLadder.Compliant);
    }

    [Fact]
    public void Should_Never_Pass_A_Failing_Product_On_A_Ladder_Without_A_Failing_Bottom_Rung()
    {
        var ladder = DefaultLadder.Instance with { Id = "short", Rungs = [.. DefaultLadder.Instance.Rungs.Take(4)] };
        InputValidation.ValidateCatalog(Some.Catalog() with { Ladder = ladder }).ShouldContain(i => i.Code == "WB3072");

        var result = Assess(WithFormaldehyde("90"), Some.Options() with { Ladder = ladder });

        result.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        result.Level.Failing.ShouldBeTrue();
    }

    [Fact]
    public void Should_Say_Cannot_Be_Decided_When_A_Value_Is_Indeterminate()
    {
        var result = Assess(WithFormaldehyde("ND"));
        result.Indicators.Single(i => i.IndicatorId == "formaldehyde").Judgements.ShouldAllBe(j => j.Verdict == Verdict.Indeterminate);
        result.Level.Reason!.En.ShouldContain("cannot be decided");
    }

    [Fact]
    public void Should_Warn_And_Use_The_Top_Rung_When_The_Target_Rung_Is_Unknown()
    {
        var result = Assess(Some.Shirt(), Some.Options() with { TargetRung = "nonsense" });
        result.Issues.ShouldContain(i => i.Code == "WB2905");
        result.Rules.TargetRung.ShouldBe(DefaultLadder.InternationalLeading);
    }

    [Fact]
    public void Should_Turn_Any_Exception_Of_Plugin_Code_Into_An_Issue()
    {
        var catalog = Some.Catalog() with
        {
            Indicators = [.. Some.Catalog().Indicators, new Indicator { Id = "ratio", Name = new("比值", "Ratio") }],
        };

        var result = Assess(Some.Shirt(), catalog: catalog, derived: [new Throwing()]);

        result.Issues.ShouldContain(i => i.Code == "WB2903" && i.Path == "ratio");
        result.Level.Rung.ShouldBe(DefaultLadder.Compliant);
    }

    private sealed class Throwing : IDerivedIndicator
    {
        public string IndicatorId => "ratio";

        public IReadOnlyList<string> Inputs => ["formaldehyde"];

        public MeasuredResult? Compute(IReadOnlyDictionary<string, MeasuredResult> inputs) => throw new NullReferenceException("boom");
    }
}
