using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Tests;

public class ComparisonTests
{
    private static readonly UnitConverter Methanol = new([
        new Conversion { FromUnit = "mg/kg", ToUnit = "mg/kg", FromBasis = "HCOOH", ToBasis = "CH3COOH", Factor = "60.05/46.03" },
    ]);

    public static TheoryData<string, Limit, string, Limit, string, ComparisonOutcome> Cases => new()
    {
        { "CMP-01", Limit.AtMost("20"), "mg/kg", Limit.AtMost("16"), "mg/kg", ComparisonOutcome.Looser },
        { "CMP-02", Limit.AtMost("75"), "mg/kg", Limit.AtMost("75"), "mg/kg", ComparisonOutcome.Equal },
        { "CMP-03", Limit.AtMost("300"), "mg/kg", Limit.AtMost("300"), "mg/kg", ComparisonOutcome.Equal },
        { "CMP-04", Limit.Between("4.0", "8.5"), "", Limit.Between("4.0", "7.5"), "", ComparisonOutcome.Looser },
        { "CMP-05", Limit.AtLeast("45"), "min", Limit.AtLeast("60"), "min", ComparisonOutcome.Looser },
        { "CMP-06", Limit.AtMost("0.10"), "%", Limit.AtMost("0.100"), "%", ComparisonOutcome.Equal },
        { "CMP-07", Limit.AtLeast("50"), "min", Limit.AtLeast("60"), "min", ComparisonOutcome.Looser },
        { "CMP-08", Limit.AtMost("5"), "Hazen", Limit.AtMost("5"), "Hazen", ComparisonOutcome.Equal },
        { "CMP-09", Limit.AtMost("0.0015") with { Basis = "HCOOH" }, "%", Limit.AtMost("30") with { Basis = "CH3COOH" }, "mg/kg", ComparisonOutcome.Stricter },
        { "CMP-10", Limit.AtMost("0.03"), "mg/kg", Limit.AtMost("0.03"), "mg/kg", ComparisonOutcome.Equal },
        { "CMP-11", Limit.AtLeast("34"), "%", Limit.AtLeast("34"), "%", ComparisonOutcome.Equal },
        { "CMP-12", Limit.AtLeast("26.0"), "%", Limit.Between("26", "42", maxInclusive: false), "%", ComparisonOutcome.NotComparable },
        { "CMP-13", Limit.AtMost("5.0"), "%", Limit.AtMost("5"), "%", ComparisonOutcome.Equal },
        { "CMP-14", Limit.AtLeast("540"), "MPa", Limit.AtLeast("620"), "MPa", ComparisonOutcome.Looser },
        // CMP-15: no Chinese value was read (unconfirmed), so there is no subject number; the EU AEL range is the reference.
        { "CMP-15", new Limit { Kind = LimitKind.Upper }, "mg/Nm³", Limit.AtMost("20", inclusive: false), "mg/Nm³", ComparisonOutcome.NotComparable },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Reproduce_Appendix_B(string id, Limit subject, string subjectUnit, Limit reference, string referenceUnit, ComparisonOutcome expected) =>
        LimitComparer.Compare(subject, subjectUnit, reference, referenceUnit, converter: Methanol).Outcome.ShouldBe(expected, id);

    [Theory]
    [InlineData("0.10", "0.100")]
    [InlineData("5.0", "5")]
    public void Should_Note_Precision_When_Equal_Values_Are_Written_Differently(string a, string b)
    {
        var result = LimitComparer.Compare(Limit.AtMost(a), "%", Limit.AtMost(b), "%");
        result.Outcome.ShouldBe(ComparisonOutcome.Equal);
        result.Note!.En.ShouldContain("different precision");
    }

    [Fact]
    public void Should_Convert_Acidity_Basis_Before_Comparing()
    {
        var result = LimitComparer.Compare(Limit.AtMost("0.0015") with { Basis = "HCOOH" }, "%",
            Limit.AtMost("30") with { Basis = "CH3COOH" }, "mg/kg", converter: Methanol);
        result.Note!.En.ShouldContain("19.56");
    }

    [Fact]
    public void Should_Name_The_Indicator_Basis_With_One_Space_When_Unitless_Limits_Cannot_Be_Converted()
    {
        // A ratio without a unit: the subject states no basis (the indicator's Rm/ReL stands), the reference Rm/ReH.
        var result = LimitComparer.Compare(Limit.AtLeast("1.25"), "", Limit.AtLeast("1.15") with { Basis = "Rm/ReH" }, "",
            indicatorId: "tensile-yield-ratio", indicatorBasis: "Rm/ReL");

        result.Outcome.ShouldBe(ComparisonOutcome.NotComparable);
        result.Note.ShouldBe(new LocalizedText("无法换算：（Rm/ReL） → （Rm/ReH）", "no conversion from (Rm/ReL) to (Rm/ReH)"));
    }

    [Theory]
    [InlineData("MPa", "Rm/ReL", "MPa（Rm/ReL）", "MPa (Rm/ReL)")]
    [InlineData("", "Rm/ReL", "（Rm/ReL）", "(Rm/ReL)")]
    [InlineData(" MPa ", null, "MPa", "MPa")]
    [InlineData(null, " ", "无量纲", "dimensionless")]
    public void Should_Join_Only_The_Given_Parts_When_Writing_A_Unit_And_Basis(string? unit, string? basis, string zh, string en) =>
        Units.WithBasis(unit, basis).ShouldBe(new LocalizedText(zh, en));

    [Fact]
    public void Should_Say_Why_When_Shapes_Differ()
    {
        var result = LimitComparer.Compare(Limit.AtLeast("26.0"), "%", Limit.Between("26", "42", maxInclusive: false), "%");
        result.Note!.En.ShouldContain("lower bounds are equal");
    }

    [Fact]
    public void Should_Refuse_When_No_Conversion_Exists()
    {
        var result = LimitComparer.Compare(Limit.AtMost("5"), "Hazen", Limit.AtMost("5"), "mg/kg");
        result.Outcome.ShouldBe(ComparisonOutcome.NotComparable);
        result.Note!.En.ShouldContain("no conversion");
    }

    [Fact]
    public void Should_Treat_Partial_Overlap_As_Not_Comparable() =>
        LimitComparer.Compare(Limit.Between("4.0", "7.5"), "", Limit.Between("5.0", "9.0"), "").Outcome.ShouldBe(ComparisonOutcome.NotComparable);

    [Fact]
    public void Should_Compare_Ordinal_Grades_By_Rank()
    {
        string[] scale = ["1", "1-2", "2", "2-3", "3", "3-4", "4", "4-5", "5"];
        LimitComparer.Compare(Limit.AtLeastGrade("3-4"), "", Limit.AtLeastGrade("3"), "", scale).Outcome.ShouldBe(ComparisonOutcome.Stricter);
        LimitComparer.Compare(Limit.AtLeastGrade("3"), "", Limit.AtLeastGrade("4"), "", scale).Outcome.ShouldBe(ComparisonOutcome.Looser);
    }

    [Fact]
    public void Should_Rank_An_Exclusive_Bound_Stricter_Than_An_Inclusive_One_At_The_Same_Value() =>
        LimitComparer.Compare(Limit.AtMost("10", inclusive: false), "", Limit.AtMost("10"), "").Outcome.ShouldBe(ComparisonOutcome.Stricter);
}
