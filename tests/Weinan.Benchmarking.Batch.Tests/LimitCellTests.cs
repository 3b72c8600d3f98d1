using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>An enterprise limit cell is read by the kind of its indicator, and every limit a cell can hold is written back the same.</summary>
public class LimitCellTests
{
    private static readonly Indicator Grade = new() { Id = "fastness-water", Kind = IndicatorKind.Ordinal, Scale = ["1", "1-2", "2", "2-3", "3", "3-4", "4", "4-5", "5"] };

    private static readonly Indicator Odour = new()
    {
        Id = "odour",
        Kind = IndicatorKind.Categorical,
        Values = [new("none", new("无异味", "no odour")), new("musty", new("霉味", "musty"))],
    };

    private static readonly Indicator Formaldehyde = new() { Id = "formaldehyde", Kind = IndicatorKind.Quantitative, Unit = "mg/kg" };

    [Theory]
    [InlineData("≥3-4", "3-4")]
    [InlineData(">= 4", "4")]
    [InlineData("3", "3")]
    public void Should_Read_A_Minimum_Grade_For_A_Graded_Indicator(string text, string grade) =>
        Json(LimitText.Parse(text, Grade)).ShouldBe(Json(Limit.AtLeastGrade(grade)));

    [Theory]
    [InlineData("none", new[] { "none" })]
    [InlineData("无异味 / 霉味", new[] { "none", "musty" })]
    [InlineData("None、musty", new[] { "none", "musty" })]
    public void Should_Read_Accepted_Values_By_Id_Or_Name_For_A_Categorical_Indicator(string text, string[] accepted) =>
        LimitText.Parse(text, Odour).ShouldNotBeNull().Accepted.ShouldBe(accepted);

    [Theory]
    [InlineData("≥6", "fastness-water")]
    [InlineData("≤3", "fastness-water")]
    [InlineData("fishy", "odour")]
    [InlineData("none", "formaldehyde")]
    public void Should_Not_Read_A_Limit_The_Indicator_Cannot_Have(string text, string indicator) =>
        LimitText.Parse(text, new[] { Grade, Odour, Formaldehyde }.Single(i => i.Id == indicator)).ShouldBeNull();

    public static TheoryData<Limit, string?> Limits() => new()
    {
        { Limit.AtMost("75"), "≤75" },
        { Limit.AtMost("0.10", inclusive: false), "<0.10" },
        { Limit.AtLeast("32.5"), "≥32.5" },
        { Limit.AtLeast("50", inclusive: false), ">50" },
        { Limit.Between("4.0", "7.5"), "4.0~7.5" },
        { Limit.PlusMinus("38", "1"), "38±1" },
        { Limit.AtLeastGrade("3-4"), "≥3-4" },
        { Limit.OneOf("none", "musty"), "none/musty" },
        { Limit.Between("4.0", "7.5", minInclusive: false), null },
        { Limit.AtMost("30") with { Basis = "11.2 °Brix" }, null },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void Should_Write_A_Limit_As_A_Cell_That_Reads_Back_The_Same(Limit limit, string? cell)
    {
        LimitText.Format(limit).ShouldBe(cell);
        if (cell is not null)
        {
            var indicator = limit.Kind switch { LimitKind.Ordinal => Grade, LimitKind.Categorical => Odour, _ => Formaldehyde };
            Json(LimitText.Parse(cell, indicator)).ShouldBe(Json(limit));
        }
    }

    private static string Json(Limit? limit) => BenchmarkJson.Serialize(limit.ShouldNotBeNull());
}
