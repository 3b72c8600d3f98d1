using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Tests;

public class JudgementTests
{
    private static Limit ParseLimit(string written) => written switch
    {
        _ when written.StartsWith("≥", StringComparison.Ordinal) => Limit.AtLeast(written[1..].Trim()),
        _ when written.StartsWith("≤", StringComparison.Ordinal) => Limit.AtMost(written[1..].Trim()),
        _ when written.Contains('±') => Limit.PlusMinus(written.Split('±')[0].Trim(), written.Split('±')[1].Trim()),
        _ => Limit.Between(written.Split('~')[0].Trim(), written.Split('~')[1].Trim()),
    };

    // Dossier §2.3 D1–D13 (derived): both GB/T 8170 methods.
    [Theory]
    [InlineData("D1", "≥ 1400", "100", "1349", Verdict.Fail, "1300", Verdict.Fail)]
    [InlineData("D2", "≥ 1400", "100", "1351", Verdict.Fail, "1400", Verdict.Pass)]
    [InlineData("D3", "≥ 97.0", null, "96.96", Verdict.Fail, "97.0", Verdict.Pass)]
    [InlineData("D4", "≥ 97.0", null, "96.95", Verdict.Fail, "97.0", Verdict.Pass)]
    [InlineData("D5", "≥ 97.0", null, "96.94", Verdict.Fail, "96.9", Verdict.Fail)]
    [InlineData("D6", "≤ 0.5", null, "0.549", Verdict.Fail, "0.5", Verdict.Pass)]
    [InlineData("D7", "≤ 0.5", null, "0.551", Verdict.Fail, "0.6", Verdict.Fail)]
    [InlineData("D8", "1.2 ~ 1.6", null, "1.151", Verdict.Fail, "1.2", Verdict.Pass)]
    [InlineData("D9", "1.2 ~ 1.6", null, "1.649", Verdict.Fail, "1.6", Verdict.Pass)]
    [InlineData("D10", "1.2 ~ 1.6", null, "1.651", Verdict.Fail, "1.7", Verdict.Fail)]
    [InlineData("D11", "10.0 ± 0.1", null, "9.89", Verdict.Fail, "9.9", Verdict.Pass)]
    [InlineData("D12", "10.0 ± 0.1", null, "9.85", Verdict.Fail, "9.8", Verdict.Fail)]
    [InlineData("D13", "10.0 ± 0.1", null, "10.16", Verdict.Fail, "10.2", Verdict.Fail)]
    public void Should_Judge_Like_GbT8170_Section4_When_Using_Both_Methods(string id, string limit, string? interval, string value,
        Verdict absolute, string rounded, Verdict roundedVerdict)
    {
        // Given
        var written = ParseLimit(limit);

        // When
        var abs = LimitJudge.Judge(value, written, JudgementMethod.Absolute, roundingInterval: interval);
        var rnd = LimitJudge.Judge(value, written, JudgementMethod.Rounded, roundingInterval: interval);

        // Then
        abs.Verdict.ShouldBe(absolute, id);
        abs.ComparedValue.ShouldBe(value, id);
        rnd.ComparedValue.ShouldBe(rounded, id);
        rnd.Verdict.ShouldBe(roundedVerdict, id);
    }

    // Dossier Appendix A.2 LIM-01..03: the limit's last written digit sets the rounding interval.
    [Theory]
    [InlineData("LIM-01", "4", JudgementMethod.Rounded, Verdict.Pass, "4")]
    [InlineData("LIM-02", "4.0", JudgementMethod.Rounded, Verdict.Fail, "4.2")]
    [InlineData("LIM-03", "4", JudgementMethod.Absolute, Verdict.Fail, "4.25")]
    public void Should_Take_The_Rounding_Interval_From_The_Written_Limit(string id, string max, JudgementMethod method, Verdict expected, string compared)
    {
        var outcome = LimitJudge.Judge("4.25", Limit.AtMost(max), method);
        outcome.Verdict.ShouldBe(expected, id);
        outcome.ComparedValue.ShouldBe(compared, id);
    }

    // Dossier Appendix A.3 DR-01..DR-05 (ILAC-G8 §4.2, TL 0.003, U 0.0010, w = U).
    // DR-05 boundary choice: the acceptance limit AL = TL − w itself is accepted (limit written "≤").
    [Theory]
    [InlineData("DR-01", "0.0017", Verdict.Pass, Verdict.Pass, Verdict.Pass)]
    [InlineData("DR-02", "0.0025", Verdict.Pass, Verdict.Fail, Verdict.ConditionalPass)]
    [InlineData("DR-03", "0.0035", Verdict.Fail, Verdict.Fail, Verdict.ConditionalFail)]
    [InlineData("DR-04", "0.0045", Verdict.Fail, Verdict.Fail, Verdict.Fail)]
    [InlineData("DR-05", "0.0020", Verdict.Pass, Verdict.Pass, Verdict.Pass)]
    public void Should_Apply_Ilac_G8_Decision_Rules(string id, string measured, Verdict simple, Verdict guardBand, Verdict nonBinary)
    {
        var limit = Limit.AtMost("0.003");
        Verdict Run(DecisionRuleKind kind) =>
            LimitJudge.Judge(measured, limit, JudgementMethod.Absolute, new DecisionRule { Kind = kind, GuardBandFactor = "1" }, "0.0010").Verdict;

        Run(DecisionRuleKind.SimpleAcceptance).ShouldBe(simple, id);
        Run(DecisionRuleKind.GuardBand).ShouldBe(guardBand, id);
        Run(DecisionRuleKind.NonBinary).ShouldBe(nonBinary, id);
    }

    [Fact]
    public void Should_Mirror_The_Zones_For_A_Lower_Limit()
    {
        var rule = new DecisionRule { Kind = DecisionRuleKind.NonBinary };
        LimitJudge.Judge("99.90", Limit.AtLeast("99.85"), JudgementMethod.Absolute, rule, "0.02").Verdict.ShouldBe(Verdict.Pass);
        LimitJudge.Judge("99.86", Limit.AtLeast("99.85"), JudgementMethod.Absolute, rule, "0.02").Verdict.ShouldBe(Verdict.ConditionalPass);
        LimitJudge.Judge("99.84", Limit.AtLeast("99.85"), JudgementMethod.Absolute, rule, "0.02").Verdict.ShouldBe(Verdict.ConditionalFail);
        LimitJudge.Judge("99.80", Limit.AtLeast("99.85"), JudgementMethod.Absolute, rule, "0.02").Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void Should_Fall_Back_To_Simple_Acceptance_And_Say_So_When_No_Uncertainty_Is_Given()
    {
        var outcome = LimitJudge.Judge("0.0025", Limit.AtMost("0.003"), JudgementMethod.Absolute, new DecisionRule { Kind = DecisionRuleKind.GuardBand });
        outcome.Verdict.ShouldBe(Verdict.Pass);
        outcome.Note!.En.ShouldContain("simple acceptance");
    }

    [Theory]
    [InlineData("<0.01", "0.2", Verdict.Pass)]
    [InlineData("<0.5", "0.2", Verdict.Indeterminate)]
    [InlineData("ND", "0.2", Verdict.Indeterminate)]
    public void Should_Apply_The_Below_Detection_Rule_To_Upper_Limits(string value, string max, Verdict expected) =>
        LimitJudge.Judge(value, Limit.AtMost(max), JudgementMethod.Absolute).Verdict.ShouldBe(expected);

    [Theory]
    [InlineData("<10", "20", Verdict.Fail)]
    [InlineData("<30", "20", Verdict.Indeterminate)]
    public void Should_Apply_The_Below_Detection_Rule_To_Lower_Limits(string value, string min, Verdict expected) =>
        LimitJudge.Judge(value, Limit.AtLeast(min), JudgementMethod.Absolute).Verdict.ShouldBe(expected);

    [Fact]
    public void Should_Honour_The_Sign_Suffix_When_Rounding_For_Judgement()
    {
        // 16.5(+) rounds to 17 (> 16.5 truly), 16.5(−) to 16; limit ≤ 16 with interval 1.
        LimitJudge.Judge("16.5(+)", Limit.AtMost("16"), JudgementMethod.Rounded).ComparedValue.ShouldBe("17");
        LimitJudge.Judge("16.5(-)", Limit.AtMost("16"), JudgementMethod.Rounded).Verdict.ShouldBe(Verdict.Pass);
    }

    [Theory]
    [InlineData("3-4", "3", Verdict.Pass, true)]
    [InlineData("3", "3", Verdict.Pass, false)]
    [InlineData("2-3", "3", Verdict.Fail, false)]
    public void Should_Judge_Ordinal_Grades_By_Rank(string value, string min, Verdict expected, bool beats)
    {
        string[] scale = ["1", "1-2", "2", "2-3", "3", "3-4", "4", "4-5", "5"];
        var outcome = LimitJudge.Judge(value, Limit.AtLeastGrade(min), JudgementMethod.Absolute, scale: scale);
        outcome.Verdict.ShouldBe(expected);
        outcome.Beats.ShouldBe(beats);
    }

    [Fact]
    public void Should_Judge_Categorical_Values_Against_The_Accepted_Ones()
    {
        LimitJudge.Judge("none", Limit.OneOf("none"), JudgementMethod.Absolute).Verdict.ShouldBe(Verdict.Pass);
        LimitJudge.Judge("musty", Limit.OneOf("none"), JudgementMethod.Absolute).Verdict.ShouldBe(Verdict.Fail);
    }

    [Theory]
    [InlineData("0.0025", Verdict.Fail, "32.614599")]
    [InlineData("0.0015", Verdict.Pass, "19.56876")]
    public void Should_Convert_Unit_And_Basis_Before_Judging(string acidity, Verdict expected, string compared)
    {
        // GB 338 acidity is % as HCOOH; IMPCA limits acidity as mg/kg acetic acid (×60.05/46.03 after % → mg/kg).
        var converter = new Weinan.Benchmarking.Sdk.Numbers.UnitConverter([
            new Conversion { FromUnit = "mg/kg", ToUnit = "mg/kg", FromBasis = "HCOOH", ToBasis = "CH3COOH", Factor = "60.05/46.03" },
        ]);
        var indicator = new Indicator { Id = "acidity", Unit = "%", Basis = "HCOOH" };
        var impca = new Requirement { Id = "impca", IndicatorId = "acidity", Limit = Limit.AtMost("30") with { Basis = "CH3COOH" }, Unit = "mg/kg" };

        var outcome = LimitJudge.Judge(new MeasuredResult { IndicatorId = "acidity", Value = acidity }, indicator, impca,
            JudgementMethod.Absolute, new DecisionRule(), converter);

        outcome.Verdict.ShouldBe(expected);
        outcome.ComparedValue.ShouldBe(compared);
    }

    [Fact]
    public void Should_Not_Guess_The_Basis_Of_A_Value()
    {
        var indicator = new Indicator { Id = "acidity", Unit = "%" };
        var impca = new Requirement { Id = "impca", IndicatorId = "acidity", Limit = Limit.AtMost("30") with { Basis = "CH3COOH" }, Unit = "mg/kg" };

        var outcome = LimitJudge.Judge(new MeasuredResult { IndicatorId = "acidity", Value = "0.0025" }, indicator, impca,
            JudgementMethod.Absolute, new DecisionRule(), Weinan.Benchmarking.Sdk.Numbers.UnitConverter.BuiltIn);

        outcome.Verdict.ShouldBe(Verdict.Indeterminate);
        outcome.Note!.En.ShouldContain("basis is not given");
    }

    [Fact]
    public void Should_Say_Without_Empty_Slots_Why_A_Unitless_Value_Cannot_Be_Brought_To_The_Limits_Basis()
    {
        // Given: a unitless ratio reported on Rm/ReL, and a limit on Rm/ReH with no conversion between the two
        var indicator = new Indicator { Id = "tensile-yield-ratio", Name = new("强屈比", "Tensile-to-yield ratio"), Basis = "Rm/ReL" };
        var requirement = new Requirement { IndicatorId = indicator.Id, Limit = Limit.AtLeast("1.15") with { Basis = "Rm/ReH" } };

        // When
        var converted = LimitJudge.TryValueFactor(new MeasuredResult { IndicatorId = indicator.Id, Value = "1.30" }, indicator, requirement,
            UnitConverter.BuiltIn, out _, out _, out var why);

        // Then
        converted.ShouldBeFalse();
        why.ShouldBe(new LocalizedText("无法换算：（Rm/ReL） → （Rm/ReH）", "no conversion from (Rm/ReL) to (Rm/ReH)"));
    }
}
