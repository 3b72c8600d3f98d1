using Weinan.Benchmarking.Sdk.Assessment;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>Label claims: the measured value judged against the value the product declares, within a permitted deviation.</summary>
public class DeclaredValueTests
{
    private static readonly Limit AlcoholClaim = Limit.DeclaredWithin(new Deviation { Below = "1.0", Above = "1.0" });

    private static readonly Limit NutrientClaim = Limit.DeclaredWithin(new Deviation { Mode = DeviationMode.Relative, Below = "20" });

    private static readonly Limit FibreClaim = Limit.DeclaredWithin(new Deviation
    {
        Below = "5",
        Above = "5",
        Bands = [new DeviationBand { UpTo = "3", Below = "3", Above = "3", RequirePositive = true }, new DeviationBand { UpTo = "10", Below = "3", Above = "3" }],
    });

    [Theory]
    [InlineData("36.9", Verdict.Fail)]
    [InlineData("37.0", Verdict.Pass)]
    [InlineData("38.6", Verdict.Pass)]
    [InlineData("39.0", Verdict.Pass)]
    [InlineData("39.1", Verdict.Fail)]
    public void Should_Judge_A_Two_Sided_Range_Claim_Around_The_Declared_Value(string measured, Verdict expected)
    {
        // Alcohol strength declared 38 %vol with ± 1.0 %vol.
        var outcome = LimitJudge.Judge(measured, AlcoholClaim, JudgementMethod.Absolute, declared: "38");

        outcome.Verdict.ShouldBe(expected);
        outcome.AcceptanceBounds.ShouldBe("37 ~ 39");
    }

    [Theory]
    [InlineData("2.39", Verdict.Fail)]
    [InlineData("2.40", Verdict.Pass)]
    [InlineData("9.9", Verdict.Pass)]
    public void Should_Judge_A_One_Sided_Relative_Claim(string measured, Verdict expected)
    {
        // A nutrient at least 80 % of the 3.0 g/100 g declared: no upper bound.
        var outcome = LimitJudge.Judge(measured, NutrientClaim, JudgementMethod.Absolute, declared: "3.0");

        outcome.Verdict.ShouldBe(expected);
        outcome.AcceptanceBounds.ShouldBe("≥ 2.4");
    }

    [Theory]
    [InlineData("95", "90.1", Verdict.Pass)]
    [InlineData("95", "89.9", Verdict.Fail)]
    [InlineData("8", "5", Verdict.Pass)]
    [InlineData("8", "4.9", Verdict.Fail)]
    [InlineData("2", "0.1", Verdict.Pass)]
    [InlineData("2", "0", Verdict.Fail)]
    public void Should_Grade_The_Deviation_By_The_Declared_Value(string declared, string measured, Verdict expected) =>
        LimitJudge.Judge(measured, FibreClaim, JudgementMethod.Absolute, declared: declared).Verdict.ShouldBe(expected);

    [Fact]
    public void Should_Not_Decide_Without_A_Declared_Value()
    {
        var outcome = LimitJudge.Judge("95", FibreClaim, JudgementMethod.Absolute);

        outcome.Verdict.ShouldBe(Verdict.Indeterminate);
        outcome.Note!.En.ShouldBe("the product declares no value for this indicator");
    }

    [Theory]
    [InlineData(Confidence.Confirmed, "", "")]
    [InlineData(Confidence.Unconfirmed, ", whose limit is unconfirmed", "，其限值未确认")]
    public void Should_Judge_A_Multi_Fibre_Label_Component_By_Component_And_Bind_The_Product(Confidence confidence, string enMark, string zhMark)
    {
        var catalog = Some.Catalog() with
        {
            Indicators = [.. Some.Catalog().Indicators, new Indicator
            {
                Id = "fibre", Name = new("纤维含量", "Fibre content"), Unit = "%", Direction = Direction.TargetRange,
                Components = [new IndicatorComponent("cotton", new("棉", "cotton")), new IndicatorComponent("elastane", new("氨纶", "elastane"))],
            }],
            Standards = [.. Some.Catalog().Standards, new Standard { Code = "GB/T 29862-2013", Tier = StandardTier.National, Force = StandardForce.Recommended }],
            Requirements = [.. Some.Catalog().Requirements, new Requirement
            {
                Id = "fibre", IndicatorId = "fibre", StandardCode = "GB/T 29862-2013", Limit = FibreClaim, Unit = "%", Provenance = new() { Source = "test", Confidence = confidence },
            }],
        };
        var shirt = Some.Shirt() with
        {
            Product = Some.Shirt().Product with
            {
                DeclaredValues = [new DeclaredValue { IndicatorId = "fibre", Component = "cotton", Value = "95" }, new DeclaredValue { IndicatorId = "fibre", Component = "elastane", Value = "5" }],
            },
            Results = [.. Some.Shirt().Results,
                new MeasuredResult { IndicatorId = "fibre", Component = "cotton", Value = "98.7" },
                new MeasuredResult { IndicatorId = "fibre", Component = "elastane", Value = "1.3" }],
        };

        var result = Assessor.Assess(shirt, catalog, Some.Options());

        result.Indicators.Where(i => i.IndicatorId == "fibre").Select(i => $"{i.Component}:{i.ComponentName!.En}:{i.Declared}:{i.Judgements.Single().Verdict}:{i.Judgements.Single().Binding}")
            .ShouldBe(["cotton:cotton:95:Pass:True", "elastane:elastane:5:Fail:True"]);
        result.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        // The reason does not read firmer than the limit it stands on.
        result.Level.Reason!.En.ShouldBe($"fails the standard or values the product declares: Fibre content (elastane) (fails GB/T 29862-2013{enMark})");
        result.Level.Reason.Zh.ShouldBe($"不符合明示标准或标示值：纤维含量（氨纶）（不符合 GB/T 29862-2013{zhMark}）");
        result.Gaps[0].Component.ShouldBe("elastane");
        result.Gaps[0].Required.ShouldBe("2 ~ 8");
    }
}
