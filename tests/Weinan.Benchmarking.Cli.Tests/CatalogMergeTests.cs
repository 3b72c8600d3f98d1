using Weinan.Benchmarking.Sdk.Catalogs;

namespace Weinan.Benchmarking.Cli.Tests;

public sealed class CatalogMergeTests
{
    private static readonly Catalog Target = new()
    {
        Id = "base",
        Sectors = ["fixture"],
        Standards = [new Standard { Code = "FX 1-2020" }],
        Indicators = [new Indicator { Id = "ph" }],
        Requirements = [new Requirement { Id = "fx1.ph", IndicatorId = "ph", StandardCode = "FX 1-2020" }],
        ProductClasses = [new ProductClass { Id = "any" }],
        Conversions = [new Conversion { FromUnit = "%", ToUnit = "mg/kg", Factor = "10000" }],
    };

    [Fact]
    public void Should_UniteEverySection_When_IdsAreNew()
    {
        var addition = new Catalog
        {
            Id = "extra",
            Sectors = ["fixture", "other"],
            Standards = [new Standard { Code = "EX 2-2024" }],
            Indicators = [new Indicator { Id = "lead" }],
            Requirements = [new Requirement { Id = "ex2.lead", IndicatorId = "lead", StandardCode = "EX 2-2024" }],
            ProductClasses = [new ProductClass { Id = "infant" }],
            Conversions = [new Conversion { FromUnit = "g/kg", ToUnit = "mg/kg", Factor = "1000" }],
        };

        var result = CatalogMerge.Merge(Target, addition, "extra.json");

        result.Issues.ShouldBeEmpty();
        result.Catalog.Id.ShouldBe("base");
        result.Catalog.Sectors.ShouldBe(["fixture", "other"]);
        result.Catalog.Standards.Select(s => s.Code).ShouldBe(["FX 1-2020", "EX 2-2024"]);
        result.Catalog.Indicators.Select(i => i.Id).ShouldBe(["ph", "lead"]);
        result.Catalog.Requirements.Select(r => r.Id).ShouldBe(["fx1.ph", "ex2.lead"]);
        result.Catalog.ProductClasses.Select(p => p.Id).ShouldBe(["any", "infant"]);
        result.Catalog.Conversions.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_ReportEachDuplicateId_And_KeepTheTargetsEntry()
    {
        var addition = new Catalog
        {
            Indicators = [new Indicator { Id = "ph", Unit = "changed" }],
            Requirements = [new Requirement { Id = "fx1.ph" }],
            Conversions = [new Conversion { FromUnit = "%", ToUnit = "mg/kg", Factor = "1" }],
        };

        var result = CatalogMerge.Merge(Target, addition, "extra.json");

        result.Issues.Select(i => (i.Code, i.Path, i.File)).ShouldBe([
            (IssueCodes.CatalogMergeDuplicate, "indicators[0]", "extra.json"),
            (IssueCodes.CatalogMergeDuplicate, "requirements[0]", "extra.json"),
            (IssueCodes.CatalogMergeDuplicate, "conversions[0]", "extra.json"),
        ]);
        result.Issues.ShouldAllBe(i => i.Severity == Severity.Error && i.Message.Zh.Length > 0 && i.Message.En.Length > 0);
        result.Catalog.Indicators.Single().Unit.ShouldBe("");
    }
}
