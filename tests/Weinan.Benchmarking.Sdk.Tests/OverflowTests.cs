using System.Globalization;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Numbers;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>
/// Well-formed numbers whose arithmetic leaves the range of decimal: each becomes an indeterminate verdict with its reason,
/// a missing figure or an issue, never an exception.
/// </summary>
public class OverflowTests
{
    private const string Huge = "99999999999999999999";
    private const string Tiny = "0.0000000000000000000000000001";

    private static readonly DecisionRule GuardBand = new() { Kind = DecisionRuleKind.GuardBand, GuardBandFactor = Huge };

    [Fact]
    public void Should_Be_Indeterminate_When_The_Guard_Band_Times_The_Uncertainty_Is_Beyond_Decimal()
    {
        var outcome = LimitJudge.Judge("5", Limit.AtMost("10"), JudgementMethod.Absolute, GuardBand, uncertainty: Huge);

        outcome.Verdict.ShouldBe(Verdict.Indeterminate);
        outcome.Note!.En.ShouldContain("range of computation");
    }

    [Fact]
    public void Should_Round_To_The_Interval_Implied_By_A_Limit_Written_To_The_28th_Decimal()
    {
        Rounding.ToInterval(WrittenNumber.Parse("16"), 0.0000000000000000000000000001m).ShouldBe(16m);
        Rounding.ToInterval(WrittenNumber.Parse("0.0000000000000000000000000003"), 0.0000000000000000000000000002m).ShouldBe(0.0000000000000000000000000004m);

        var outcome = LimitJudge.Judge("16", Limit.AtMost(Tiny), JudgementMethod.Rounded);

        outcome.Verdict.ShouldBe(Verdict.Fail);
        outcome.RoundingInterval.ShouldBe(Tiny);
    }

    [Fact]
    public void Should_Refuse_A_Quotient_Factor_Beyond_Decimal_Or_Too_Small_To_Hold()
    {
        UnitConverter.TryParseFactor($"{Huge}/{Tiny}", out _).ShouldBeFalse();
        UnitConverter.TryParseFactor($"{Tiny}/{Huge}", out _).ShouldBeFalse();
        UnitConverter.TryParseFactor("60.05/46.03", out var acid).ShouldBeTrue();
        acid.ShouldBeInRange(1.3045m, 1.3046m);

        var catalog = Some.Catalog() with { Conversions = [new Conversion { FromUnit = "g/t", ToUnit = "mg/kg", Factor = $"{Huge}/{Tiny}" }] };
        InputValidation.ValidateCatalog(catalog).ShouldContain(i => i.Code == "WB3052" && i.Path == "conversions[0].factor");
    }

    [Fact]
    public void Should_Find_No_Conversion_When_Chained_Basis_And_Unit_Factors_Are_Beyond_Decimal()
    {
        var converter = new UnitConverter([
            new Conversion { FromUnit = "g/t", ToUnit = "g/t", FromBasis = "A", ToBasis = "B", Factor = Huge },
            new Conversion { FromUnit = "%", ToUnit = "g/t", Factor = Huge },
        ]);

        converter.TryGetFactor("%", "A", "g/t", "B", null, out _, out _).ShouldBeFalse();
        converter.TryGetFactor("g/t", "A", "g/t", "B", null, out var factor, out _).ShouldBeTrue();
        factor.ShouldBe(decimal.Parse(Huge, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Should_Be_Indeterminate_When_A_Converted_Value_Is_Beyond_Decimal()
    {
        var indicator = new Indicator { Id = "x", Unit = "mg/kg" };
        var requirement = new Requirement { Id = "r", IndicatorId = "x", Limit = Limit.AtMost("10"), Unit = "g/t" };
        var converter = new UnitConverter([new Conversion { FromUnit = "mg/kg", ToUnit = "g/t", Factor = Huge }]);

        var outcome = LimitJudge.Judge(new MeasuredResult { IndicatorId = "x", Value = Huge }, indicator, requirement,
            JudgementMethod.Absolute, new DecisionRule(), converter);

        outcome.Verdict.ShouldBe(Verdict.Indeterminate);
    }

    [Fact]
    public void Should_Leave_Out_The_Relative_Gap_Against_A_Bound_Too_Small_To_Divide_By()
    {
        var catalog = Some.Catalog() with
        {
            Requirements = [.. Some.Catalog().Requirements.Select(r => r.Id is "gb.formaldehyde.A" or "oeko.formaldehyde.II" ? r with { Limit = Limit.AtMost(Tiny) } : r)],
        };

        var result = Assessor.Assess(Some.Shirt(), catalog, Some.Options());

        var gap = result.Gaps.Single(g => g.IndicatorId == "formaldehyde");
        gap.Limit.RequirementId.ShouldBeOneOf("gb.formaldehyde.A", "oeko.formaldehyde.II");
        gap.AbsoluteGap.ShouldBe("40");
        gap.RelativeGapPercent.ShouldBeNull();
    }

    [Fact]
    public void Should_Not_Compare_Limits_Whose_Conversion_Is_Beyond_Decimal()
    {
        var converter = new UnitConverter([new Conversion { FromUnit = "t/t", ToUnit = "mg/kg", Factor = Huge }]);

        var result = LimitComparer.Compare(Limit.AtMost(Huge), "t/t", Limit.AtMost("1"), "mg/kg", converter: converter);

        result.Outcome.ShouldBe(ComparisonOutcome.NotComparable);
        result.Note!.En.ShouldContain("range of computation");
    }

    [Theory]
    [InlineData("100000000000000000000")]
    [InlineData("1e20")]
    [InlineData("-1")]
    [InlineData("2(+)")]
    [InlineData("lots")]
    public void Should_Never_Judge_With_A_Guard_Band_Factor_It_Cannot_Read(string factor)
    {
        var rule = new DecisionRule { Kind = DecisionRuleKind.GuardBand, GuardBandFactor = factor };

        var outcome = LimitJudge.Judge("72", Limit.AtMost("75"), JudgementMethod.Absolute, rule, "1");

        outcome.Verdict.ShouldBe(Verdict.Indeterminate);
        outcome.Note!.En.ShouldContain(factor);
        var result = Assessor.Assess(Some.Shirt(), Some.Catalog(), Some.Options() with { DecisionRule = rule });
        result.Issues.ShouldContain(i => i.Code == "WB2906" && i.Severity == Severity.Error);
    }

    [Fact]
    public void Should_Never_Judge_More_Leniently_With_A_Larger_Guard_Band()
    {
        string[] factors = ["0", "1", "3", "1000", Huge, "100000000000000000000"];
        var verdicts = factors.Select(f => LimitJudge.Judge("72", Limit.AtMost("75"), JudgementMethod.Absolute,
            new DecisionRule { Kind = DecisionRuleKind.GuardBand, GuardBandFactor = f }, "1").Verdict).ToList();

        verdicts.ShouldBe([Verdict.Pass, Verdict.Pass, Verdict.Pass, Verdict.Fail, Verdict.Fail, Verdict.Indeterminate]);
    }

    [Fact]
    public void Should_Ignore_Null_Conversions()
    {
        var converter = new UnitConverter([null!, new Conversion { FromUnit = "g/t", ToUnit = "mg/kg", Factor = "1" }]);

        converter.TryGetFactor("g/t", null, "mg/kg", null, null, out var factor, out _).ShouldBeTrue();
        factor.ShouldBe(1m);
        converter.TryGetFactor("HCOOH", "A", "HCOOH", "B", null, out _, out _).ShouldBeFalse();
    }
}
