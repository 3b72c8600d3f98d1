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
    public void Should_Use_The_Grey_Scale_When_The_Indicator_Is_Ordinal()
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
    public void Should_Not_Draw_A_Chart_When_The_Indicator_Is_Categorical() =>
        ChartBuilder.Build(Some.TextilesResult().Indicators[4], "en", s => s ?? "", _ => 0).ShouldBeNull();
}
