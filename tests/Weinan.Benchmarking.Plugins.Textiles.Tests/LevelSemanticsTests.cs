using System.Globalization;
using Weinan.Benchmarking.Sdk.Assessment;

namespace Weinan.Benchmarking.Plugins.Textiles.Tests;

/// <summary>
/// The rung words mean what a standards engineer means by them: planted cases on the shipped samples, and a property over
/// many perturbed samples that the level at the top is true of every judgement beneath it.
/// </summary>
public class LevelSemanticsTests
{
    private static readonly AssessmentOptions Options = new() { AssessmentDate = new DateOnly(2026, 11, 27) };

    private static AssessmentResult Assess(Submission submission) => Assessor.Assess(submission, TextilesFixture.Catalog, Options);

    private static Submission WithResult(Submission s, string indicator, Func<MeasuredResult, MeasuredResult> change) =>
        s with { Results = [.. s.Results.Select(r => r.IndicatorId == indicator ? change(r) : r)] };

    [Fact]
    public void Should_Not_Call_A_Value_One_Below_The_Mandatory_Limit_Leading()
    {
        // 74 mg/kg meets class B (75) but is far from class A (20) and OEKO-TEX class I (16).
        var shirt = WithResult(TextilesFixture.Sample("children-tshirt"), "formaldehyde", r => r with { Value = "74" });

        var result = Assess(shirt);

        result.Level.Rung.ShouldBe(DefaultLadder.Compliant);
        result.Level.Reason!.En.ShouldContain("does not reach GB 18401-2010 A");
    }

    [Fact]
    public void Should_Not_Call_A_pH_Leading_Unless_It_Keeps_U_Inside_The_Narrowest_Range()
    {
        var bag = TextilesFixture.Sample("baby-sleeping-bag");

        var edge = Assess(WithResult(bag, "ph", r => r with { Value = "7.45", Uncertainty = "0.1" }));
        edge.Level.Rung.ShouldBe(DefaultLadder.InternationalAdvanced);
        edge.Level.Reason!.En.ShouldBe("'International leading' not reached: pH value (does not meet OEKO-TEX STANDARD 100:2011 I by more than its uncertainty)");

        var inside = Assess(WithResult(bag, "ph", r => r with { Value = "7.3", Uncertainty = "0.1" }));
        inside.Level.Rung.ShouldBe(DefaultLadder.InternationalLeading);
    }

    [Fact]
    public void Should_Keep_A_Product_That_Fails_Its_Own_Declared_Standard_Off_Compliant()
    {
        // 60 mg/kg meets GB 18401 class B (75) but not the Q/WNFZ 0001-2025 limit the shirt declares (50).
        var shirt = WithResult(TextilesFixture.Sample("cotton-shirt"), "formaldehyde", r => r with { Value = "60" });

        var result = Assess(shirt);

        result.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        result.Level.Reason!.Zh.ShouldBe("不符合明示标准或标示值：甲醛含量（不符合 Q/WNFZ 0001-2025）");
        result.Comparisons.ShouldContain(c => c.Subject.StandardCode == "Q/WNFZ 0001-2025" && c.IndicatorId == "formaldehyde");
    }

    [Fact]
    public void Should_Leave_The_Level_Undetermined_When_A_Binding_Value_Is_Missing()
    {
        var bag = TextilesFixture.Sample("baby-sleeping-bag");
        var missing = bag with { Results = [.. bag.Results.Where(r => r.IndicatorId != "fastness-saliva")] };

        var result = Assess(missing);

        result.Level.Determined.ShouldBeFalse();
        result.Level.Rung.ShouldBe("");
        result.Level.Failing.ShouldBeFalse();
        result.Level.Obstacles.ShouldContain(o => o.IndicatorId == "fastness-saliva" && o.Kind == ObstacleKind.NotEvaluated);
    }

    [Fact]
    public void Should_Fail_A_Declared_Fibre_Of_Three_Percent_Or_Less_That_Measures_Zero()
    {
        var tshirt = TextilesFixture.Sample("children-tshirt");
        var claim = tshirt with
        {
            Product = tshirt.Product with
            {
                DeclaredValues = [new DeclaredValue { IndicatorId = "fibre-content", Component = "cotton", Value = "98", Unit = "%" },
                    new DeclaredValue { IndicatorId = "fibre-content", Component = "elastane", Value = "2", Unit = "%" }],
            },
            Results = [.. tshirt.Results.Where(r => r.IndicatorId != "fibre-content"),
                new MeasuredResult { IndicatorId = "fibre-content", Component = "cotton", Value = "100", TestMethod = "GB/T 2910.11-2009", Evidence = EvidenceGrade.AccreditedLab },
                new MeasuredResult { IndicatorId = "fibre-content", Component = "elastane", Value = "0", TestMethod = "GB/T 2910.11-2009", Evidence = EvidenceGrade.AccreditedLab }],
        };

        var result = Assess(claim);

        var elastane = result.Indicators.Single(i => i.IndicatorId == "fibre-content" && i.Component == "elastane").Judgements.Single();
        elastane.AcceptanceBounds.ShouldBe(">0 ~ 5");
        elastane.Verdict.ShouldBe(Verdict.Fail);
        result.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Should_Print_Only_Levels_That_Every_Judgement_Beneath_Bears_Out(int seed)
    {
        var random = new Random(seed);
        var ladder = DefaultLadder.Instance.Rungs.Select(r => r.Id).ToList();
        for (var n = 0; n < 300; n++)
        {
            var sample = TextilesFixture.Sample(TextilesFixture.SampleNames[random.Next(TextilesFixture.SampleNames.Length)]);
            var perturbed = sample with { Results = [.. sample.Results.Select(r => Perturb(r, random))] };
            var result = Assess(perturbed);
            var judgements = result.Indicators.SelectMany(i => i.Judgements).ToList();
            var index = ladder.IndexOf(result.Level.Rung);
            var failed = judgements.Where(j => j.Verdict is Verdict.Fail or Verdict.ConditionalFail).ToList();

            if (result.Level.Determined && !result.Level.Failing)
            {
                failed.ShouldNotContain(j => j.Binding, $"seed {seed} case {n}: {result.Level.Rung} with a failing binding judgement");
            }

            if (index >= 0 && index <= ladder.IndexOf(DefaultLadder.InternationalAdvanced))
            {
                failed.ShouldNotContain(j => j.Role == JudgementRole.Applicable &&
                    (j.Requirement.Tier == StandardTier.International || j.Requirement.Tier == StandardTier.ForeignAdvanced),
                    $"seed {seed} case {n}: {result.Level.Rung} with a failing international judgement");
            }

            if (result.Level.Scope == LevelScope.AllIndicators && index >= 0 && !result.Level.Failing)
            {
                // Every evaluated indicator with requirements of the level's rung stands on it or above.
                result.Indicators.Where(i => i.Rung != "" && i.Rung != DefaultLadder.NonCompliant).ShouldAllBe(i => ladder.IndexOf(i.Rung) >= 0);
            }
        }
    }

    private static MeasuredResult Perturb(MeasuredResult r, Random random)
    {
        var indicator = TextilesFixture.Indicator(r.IndicatorId);
        if (indicator.Kind == IndicatorKind.Ordinal)
        {
            return r with { Value = indicator.Scale[random.Next(indicator.Scale.Count)] };
        }

        if (indicator.Kind != IndicatorKind.Quantitative || !decimal.TryParse(r.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
        {
            return r;
        }

        var factor = 0.5m + random.Next(0, 200) / 100m;
        var value = Math.Round(v * factor, 1);
        return r with { Value = value.ToString(CultureInfo.InvariantCulture), Evidence = (EvidenceGrade)random.Next(0, 4) };
    }
}
