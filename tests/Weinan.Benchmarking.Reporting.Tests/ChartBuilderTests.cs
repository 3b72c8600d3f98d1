using Weinan.Benchmarking.Reporting.Model;
using Weinan.Benchmarking.Reporting.Tests.Support;

namespace Weinan.Benchmarking.Reporting.Tests;

public class ChartBuilderTests
{
    [Theory]
    [InlineData("18", "18")]
    [InlineData("16.50(+)", "16.50")]
    [InlineData("16.50(-)", "16.50")]
    [InlineData("<0.01", "0.01")]
    [InlineData("-0.5", "-0.5")]
    public void Should_Read_A_Written_Value_As_A_Decimal_When_It_Is_Numeric(string written, string expected) =>
        ChartBuilder.Number(written).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("ND")]
    [InlineData("none")]
    [InlineData("")]
    [InlineData("1e3")]
    public void Should_Not_Read_A_Value_When_It_Is_Not_A_Plain_Decimal(string written) => ChartBuilder.Number(written).ShouldBeNull();

    [Theory]
    [InlineData("4", 4)]
    [InlineData("3-4", 3.5)]
    [InlineData("4-5", 4.5)]
    public void Should_Place_A_Grade_On_The_Scale_When_It_Is_A_Half_Grade(string written, double expected) =>
        ChartBuilder.Grade(written).ShouldBe((decimal)expected);

    [Fact]
    public void Should_Draw_The_Strictest_Limit_First_And_Mark_The_Value_When_Quantitative()
    {
        // Given
        var formaldehyde = Some.TextilesResult().Indicators[0];

        // When
        var chart = ChartBuilder.Build(formaldehyde, "en", s => s ?? "", _ => 0).ShouldNotBeNull();

        // Then
        chart.Kind.ShouldBe("quantitative");
        chart.Rows.Select(r => r.Limit).ShouldBe(["≤ 16", "≤ 20"]);
        chart.Rows[0].Css.ShouldBe("fail s1");
        chart.Rows[1].Css.ShouldBe("pass s3");
        chart.Ticks.Select(t => t.Label).ShouldBe(["0", "5", "10", "15", "20", "25"]);
        chart.HasMarker.ShouldBeTrue();
        chart.MarkerX.ShouldBe("484.3");
        chart.Ticks.Select(t => t.Anchor).ShouldBe(["start", "middle", "middle", "middle", "middle", "end"]);
        chart.MarkerLabel.ShouldBe("18 mg/kg");
    }

    [Fact]
    public void Should_Draw_The_Grey_Scale_Of_A_Colour_Fastness_Result()
    {
        // Given
        var rubbing = Some.TextilesResult().Indicators[2];

        // When
        var chart = ChartBuilder.Build(rubbing, "zh-CN", s => s ?? "", _ => 0).ShouldNotBeNull();

        // Then
        chart.Kind.ShouldBe("ordinal");
        chart.Ticks.Select(t => t.Label).ShouldBe(["1", "1-2", "2", "2-3", "3", "3-4", "4", "4-5", "5"]);
        chart.MarkerX.ShouldBe(chart.Ticks[7].X);
    }

    [Fact]
    public void Should_Draw_The_Scale_The_Result_Carries_Not_A_Fixed_One()
    {
        // Given a three-grade scale of the catalog's own
        var rubbing = Some.TextilesResult().Indicators[2] with { Scale = ["1", "2", "3"], Value = "2" };
        rubbing = rubbing with { Judgements = [rubbing.Judgements[0] with { Requirement = rubbing.Judgements[0].Requirement with { Limit = Limit.AtLeastGrade("2") } }] };

        // When
        var chart = ChartBuilder.Build(rubbing, "en", s => s ?? "", _ => 0).ShouldNotBeNull();

        // Then the axis runs over that scale alone, with the marker on its middle grade
        chart.Ticks.Select(t => t.Label).ShouldBe(["1", "2", "3"]);
        chart.MarkerX.ShouldBe(chart.Ticks[1].X);
    }

    [Fact]
    public void Should_Draw_Whole_Grades_Around_The_Values_When_A_Result_Carries_No_Scale()
    {
        // Given a result written without its scale
        var rubbing = Some.TextilesResult().Indicators[2] with { Scale = [] };

        // When
        var chart = ChartBuilder.Build(rubbing, "en", s => s ?? "", _ => 0).ShouldNotBeNull();

        // Then the ticks are whole grades one either side of the limits and the value (4 and 4-5)
        chart.Ticks.Select(t => t.Label).ShouldBe(["3", "4", "5", "6"]);
    }

    [Fact]
    public void Should_Not_Draw_A_Chart_When_The_Indicator_Is_Categorical() =>
        ChartBuilder.Build(Some.TextilesResult().Indicators[4], "en", s => s ?? "", _ => 0).ShouldBeNull();

    [Fact]
    public void Should_Place_A_Limit_In_Another_Unit_At_Its_Value_In_The_Indicator_Unit()
    {
        // Given a yield strength of 400 MPa judged against a range of 50 ~ 60 in another unit, the value compared there
        // being 40 (so 1 of that unit is 10 MPa), and the same range written in MPa, 500 ~ 600
        var strength = YieldStrength(
            Judge(Limit.AtLeast("380"), "MPa", "400"),
            Judge(Limit.Between("50", "60"), "ksi", "40"));
        var inMpa = YieldStrength(
            Judge(Limit.AtLeast("380"), "MPa", "400"),
            Judge(Limit.Between("500", "600"), "MPa", "400"));

        // When
        var chart = ChartBuilder.Build(strength, "en", s => s ?? "", _ => 0).ShouldNotBeNull();
        var expected = ChartBuilder.Build(inMpa, "en", s => s ?? "", _ => 0).ShouldNotBeNull();

        // Then the band stands where 500 ~ 600 MPa stands, labelled with its own figures and unit
        chart.Rows.Select(r => r.Limit).ShouldBe(["50 ~ 60 ksi", "≥ 380"]);
        chart.Rows.Select(r => (r.X, r.W)).ShouldBe(expected.Rows.Select(r => (r.X, r.W)));
        chart.Ticks.ShouldBe(expected.Ticks);
        chart.MarkerX.ShouldBe(expected.MarkerX);
    }

    [Theory]
    [InlineData("400", "ND", Verdict.Pass)]
    [InlineData("41", "41", Verdict.Pass)]
    [InlineData("400", "400", Verdict.Indeterminate)]
    public void Should_Leave_Out_A_Limit_In_Another_Unit_When_Its_Value_In_The_Indicator_Unit_Is_Unknown(string judged, string compared, Verdict verdict)
    {
        // Given a limit in another unit whose compared value is not a number; or that judged another result (41 in its
        // own unit, whose value in MPa the result does not carry); or that was not judged, the value left unconverted
        var strength = YieldStrength(
            Judge(Limit.AtLeast("380"), "MPa", "400"),
            Judge(Limit.Between("50", "60"), "ksi", compared) with
            {
                Value = judged,
                Verdict = verdict,
                Conversion = verdict == Verdict.Indeterminate ? null : "MPa → ksi ×0.1",
            });

        // When
        var chart = ChartBuilder.Build(strength, "en", s => s ?? "", _ => 0).ShouldNotBeNull();

        // Then only the limit in the axis's unit is drawn
        chart.Rows.Select(r => r.Limit).ShouldBe(["≥ 380"]);
    }

    [Fact]
    public void Should_Draw_The_Ksi_Range_Of_Astm_A706_At_Its_Value_In_Mpa_When_Assessing_A_Rebar()
    {
        // Given the HRB400E bar of 415.8 MPa, which ASTM A706 Grade 60 judges in ksi (60 ~ 78 ksi = 413.7 ~ 537.8 MPa)
        var result = SectorSamples.Get("metallurgy/hrb400e-d16").Result;
        var yield = result.Indicators.Single(i => i.IndicatorId == "yield-strength");

        // When
        var chart = ChartBuilder.Build(yield, "en", s => s ?? "", _ => 0).ShouldNotBeNull();

        // Then the A706 band starts just left of the marker, not at 60 on a MPa axis
        var a706 = chart.Rows.Single(r => r.Label.StartsWith("ASTM A706", StringComparison.Ordinal));
        a706.Limit.ShouldBe("60 ~ 78 ksi");
        var x = decimal.Parse(a706.X, System.Globalization.CultureInfo.InvariantCulture);
        var marker = decimal.Parse(chart.MarkerX, System.Globalization.CultureInfo.InvariantCulture);
        x.ShouldBeLessThan(marker);
        (marker - x).ShouldBeLessThan(10m);
    }

    /// <summary>A judgement of 400 MPa; against a limit in ksi, converted (the factor is the test's: 1 ksi = 10 MPa).</summary>
    private static Judgement Judge(Limit limit, string unit, string compared) => new()
    {
        Requirement = new LimitSource { StandardCode = "X", Limit = limit, Unit = unit },
        Value = "400",
        ComparedValue = compared,
        Conversion = unit == "MPa" ? null : $"MPa → {unit} ×0.1",
        Verdict = Verdict.Pass,
    };

    private static IndicatorResult YieldStrength(params Judgement[] judgements) => new()
    {
        IndicatorId = "yield-strength",
        Name = new("下屈服强度", "Lower yield strength"),
        Unit = "MPa",
        Value = "400",
        Judgements = judgements,
    };
}
