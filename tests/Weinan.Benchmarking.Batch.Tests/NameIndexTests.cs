using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Batch.Tests.Support;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>Headers without a key, read by the names the intake template gives its columns.</summary>
public class NameIndexTests
{
    [Theory]
    [InlineData("textiles", "甲醛含量", "formaldehyde")]
    [InlineData("textiles", "甲醛含量（mg/kg）", "formaldehyde")]
    [InlineData("textiles", "甲醛含量(mg/kg)", "formaldehyde")]
    [InlineData("textiles", "Formaldehyde content (mg/kg)", "formaldehyde")]
    [InlineData("textiles", "甲醛含量 Formaldehyde content", "formaldehyde")]
    [InlineData("textiles", "甲醛含量 企业标准限值", "formaldehyde.limit")]
    [InlineData("textiles", "Formaldehyde content enterprise limit", "formaldehyde.limit")]
    [InlineData("textiles", "甲醛含量 单位", "formaldehyde.unit")]
    [InlineData("textiles", "pH", "ph")]
    [InlineData("textiles", "ＰＨ 值", "ph")]
    [InlineData("textiles", "耐水色牢度（变色、沾色）", "fastness-water")]
    [InlineData("textiles", "耐水色牢度", "fastness-water")]
    [InlineData("textiles", "耐水色牢度 检测方法", "fastness-water.method")]
    [InlineData("textiles", "可萃取重金属 镍（Ni）", "extractable-ni")]
    [InlineData("textiles", "可萃取重金属镍(mg/kg)", "extractable-ni")]
    [InlineData("chemicals", "水分", "water")]
    [InlineData("chemicals", "水分（%）", "water")]
    [InlineData("chemicals", "密度", "density")]
    [InlineData("chemicals", "密度（20 ℃）", "density")]
    [InlineData("chemicals", "酸度（以 HCOOH 计）", "acidity")]
    [InlineData("chemicals", "酸度（换算为以乙酸计）", "acidity-acetic")]
    public void Should_Read_A_Header_By_A_Name_The_Template_Gives_Its_Column(string sector, string header, string key)
    {
        Names(sector).Match(header, out var ambiguous).ShouldBe(key);
        ambiguous.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("textiles", "甲醛")]
    [InlineData("textiles", "备注")]
    [InlineData("textiles", "铅")]
    [InlineData("chemicals", "甲醛含量")]
    public void Should_Not_Read_A_Header_That_Is_None_Of_Its_Sectors_Names(string sector, string header)
    {
        Names(sector).Match(header, out var ambiguous).ShouldBeNull();
        ambiguous.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Read_Neither_Column_A_Name_Shared_By_Two_Could_Mean()
    {
        // Both acidities are 酸度, told apart by what they are stated as, in brackets
        Names("chemicals").Match("酸度", out var ambiguous).ShouldBeNull();
        ambiguous.ShouldBe(["acidity", "acidity-acetic"]);
        Names("chemicals").Match("酸度（%）", out ambiguous).ShouldBeNull();
        ambiguous.ShouldBe(["acidity", "acidity-acetic"]);
    }

    [Theory]
    [InlineData("企业名称", "enterprise.name")]
    [InlineData("Enterprise name", "enterprise.name")]
    [InlineData("统一社会信用代码", "enterprise.creditCode")]
    [InlineData("县（市、区）", "enterprise.county")]
    [InlineData("县(市、区)", "enterprise.county")]
    [InlineData("产品名称", "product.name")]
    [InlineData("企业标准代号", "standard.code")]
    [InlineData("检测报告编号", "reference")]
    public void Should_Read_A_Submission_Field_By_Its_Name(string header, string key) =>
        NameIndex.Fields.Match(header, out _).ShouldBe(key);

    private static NameIndex Names(string sector) => NameIndex.Headers(sector, Catalogs.Resolve(sector).Catalog!.Catalog);
}
