using Weinan.Benchmarking.Sdk.Catalogs;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Plugins.FoodProcessing.Tests;

public class CatalogTests
{
    private static Catalog Catalog => FoodFixture.Catalog;

    [Fact]
    public void Should_Read_And_Validate_Without_Issues()
    {
        FoodFixture.CatalogResult.Issues.ShouldBeEmpty();
        FoodFixture.CatalogResult.Success.ShouldBeTrue();
        InputValidation.ValidateCatalog(Catalog, "catalog.json").ShouldBeEmpty();
    }

    [Fact]
    public void Should_Carry_The_Catalog_Header_And_Leave_Identity_To_It()
    {
        Catalog.SchemaVersion.ShouldBe(SchemaVersions.Catalog);
        (Catalog.Id, Catalog.Version).ShouldBe(("food", "1.0.0"));
        Catalog.Sectors.ShouldBe(["food"]);
        Catalog.Name.Zh.ShouldBe("食品加工");
        Catalog.Ladder.ShouldBeNull();
        Catalog.Indicators.Count.ShouldBeInRange(8, 15);
        FoodFixture.Plugin.Descriptor.Id.ShouldBeEmpty();
        FoodFixture.Plugin.ReportPartials.ShouldBeEmpty();
        FoodFixture.Plugin.DerivedIndicators.Select(d => d.IndicatorId).ShouldBe(["protein-in-msnf"]);
        typeof(FoodProcessingPlugin).BaseType.ShouldBe(typeof(EmbeddedSectorPlugin));
    }

    [Fact]
    public void Should_Give_Every_Requirement_Provenance_With_Urls_A_Clause_And_A_Bilingual_Note()
    {
        foreach (var requirement in Catalog.Requirements)
        {
            requirement.Provenance.Source.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            requirement.Provenance.Source.Split(" ; ").ShouldAllBe(url => url.StartsWith("http"), requirement.Id);
            requirement.Clause.ShouldNotBeNull(requirement.Id);
            requirement.Clause.Zh.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            requirement.Clause.En.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            requirement.AppliesTo.ProductClasses.ShouldNotBeEmpty(requirement.Id);

            // Every figure has a caveat worth reading, in both languages.
            var note = requirement.Provenance.Note;
            note.ShouldNotBeNull(requirement.Id);
            note.Zh.Any(c => c >= '\u4e00' && c <= '\u9fff').ShouldBeTrue(requirement.Id);
            note.En.Any(c => c is >= 'a' and <= 'z').ShouldBeTrue(requirement.Id);
            note.En.Any(c => c >= '\u4e00' && c <= '\u9fff').ShouldBeFalse(requirement.Id);
        }
    }

    [Fact]
    public void Should_Count_The_Confidence_Mix_The_README_States()
    {
        var mix = Catalog.Requirements.GroupBy(r => r.Provenance.Confidence).ToDictionary(g => g.Key, g => g.Count());

        mix.ShouldBe(new Dictionary<Confidence, int> { [Confidence.Confirmed] = 14, [Confidence.Secondary] = 14, [Confidence.Derived] = 4 }, ignoreOrder: true);
        Catalog.Requirements.Where(r => r.Provenance.Confidence == Confidence.Derived).Select(r => r.Id).ShouldBe(
        [
            "eu1881-2006.lead.concentrate", "gb2760-2024.benzoic-acid.concentrate.consumer", "gb2760-2024.benzoic-acid.juice", "gb2760-2024.sorbic-acid.juice",
        ], ignoreOrder: true);
    }

    [Theory]
    [InlineData("qbt1687-1993.soluble-solids", "60", null)]
    [InlineData("eu2001-112.soluble-solids.from-concentrate", "11.2", null)]
    [InlineData("gb2761-2017.patulin", null, "50")]
    [InlineData("gb2762-2022.lead.juice", null, "0.03")]
    [InlineData("gb2760-2024.benzoic-acid.concentrate.industry", null, "2.0")]
    [InlineData("gb2760-2024.sorbic-acid.concentrate.consumer", null, "0.5")]
    [InlineData("gb2760-2024.sulfur-dioxide.juice", null, "0.05")]
    [InlineData("cxs192.benzoates.concentrate", null, "1000")]
    [InlineData("gb19644-2010.fat", "26.0", null)]
    [InlineData("gb19644-2010.moisture", null, "5.0")]
    [InlineData("cxs207-1999.moisture", null, "5")]
    [InlineData("gb19644-2010.acidity.goat", "7", "14")]
    [InlineData("gb19644-2010.acidity.cow", null, "18")]
    [InlineData("gb2761-2017.aflatoxin-m1", null, "0.5")]
    [InlineData("eu1881-2006.aflatoxin-m1", null, "0.05")]
    public void Should_Hold_The_Figure_As_Written(string id, string? min, string? max)
    {
        var limit = FoodFixture.Requirement(id).Limit;

        limit.Min.ShouldBe(min);
        limit.Max.ShouldBe(max);
    }

    [Fact]
    public void Should_Carry_Codex_Whole_Milk_Powder_Fat_As_A_Half_Open_Range()
    {
        var limit = FoodFixture.Requirement("cxs207-1999.fat.whole").Limit;

        (limit.Kind, limit.Min, limit.Max, limit.MinInclusive, limit.MaxInclusive).ShouldBe((LimitKind.Range, "26", "42", true, false));
    }

    [Theory]
    [InlineData("GB 19644-2010", "GB 19644-2024", "2025-02-08")]
    [InlineData("GB 2762-2017", "GB 2762-2022", "2023-06-30")]
    [InlineData("GB 2760-2014", "GB 2760-2024", "2025-02-08")]
    [InlineData("GB 2761-2011", "GB 2761-2017", "2017-09-17")]
    [InlineData("GB/T 18963-2003", "GB/T 18963-2012", "2013-04-01")]
    [InlineData("Regulation (EC) No 1881/2006", "Regulation (EU) 2023/915", "2023-05-15")]
    [InlineData("质检总局令第75号（2005）", "市场监管总局令第70号（2023）", "2023-06-01")]
    public void Should_Record_Each_Supersession_Both_Ways(string old, string current, string date)
    {
        var standards = Catalog.Standards.ToDictionary(s => s.Code);
        var when = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        standards[old].SupersededBy.ShouldBe(current);
        standards[old].Withdrawn.ShouldBe(when);
        standards[current].Supersedes.ShouldContain(old);
        standards[current].Effective.ShouldBe(when);
        StandardEditions.StatusOn(standards[old], FoodFixture.Options.AssessmentDate).ShouldBe(EditionStatus.Withdrawn);
        StandardEditions.CurrentEdition(standards[old], standards, FoodFixture.Options.AssessmentDate)!.Code.ShouldBe(current);
    }

    [Fact]
    public void Should_Cite_No_Figure_Of_An_Edition_Whose_Values_Were_Not_Read()
    {
        string[] unread = ["GB 19644-2024", "Regulation (EU) 2023/915", "GB/T 18963-2012", "市场监管总局令第70号（2023）", "GB 2762-2017", "GB 2760-2014"];

        Catalog.Requirements.ShouldNotContain(r => unread.Contains(r.StandardCode));
        Catalog.Requirements.Where(r => r.StandardCode == "GB 19644-2010").Count().ShouldBe(5);
    }

    [Fact]
    public void Should_Put_Each_Product_In_A_Family_Of_Its_Own()
    {
        Catalog.ProductClasses.Select(c => c.Id).ShouldBe(["apple-juice-concentrate", "apple-juice", "goat-milk-powder", "cow-milk-powder"], ignoreOrder: true);
        Catalog.ProductClasses.ShouldAllBe(c => c.Family == c.Id && c.Name.Zh.Length > 0 && c.Name.En.Length > 0);
    }

    [Fact]
    public void Should_Model_Not_Permitted_Additives_As_Not_Permitted_Limits_With_A_Condition()
    {
        var notPermitted = Catalog.Requirements.Where(r => r.Limit.Kind == LimitKind.NotPermitted).ToList();

        notPermitted.Select(r => r.Id).ShouldBe(
        [
            "gb2760-2024.benzoic-acid.concentrate.consumer", "gb2760-2024.benzoic-acid.juice", "cxs192.benzoates.juice", "gb2760-2024.sorbic-acid.juice",
        ], ignoreOrder: true);
        notPermitted.ShouldAllBe(r => r.Condition != null && r.Limit == Limit.NotPermitted());
        Catalog.Requirements.ShouldNotContain(r => r.Limit.Kind == LimitKind.Upper && FoodFixture.Number(r.Limit.Max!) == 0m);
        notPermitted.ShouldAllBe(r => r.Provenance.Note!.Zh.Contains("不得使用") && r.Provenance.Note.En.Contains("a quantified value fails"));

        // The carry-over caveat cites the secondary page it was read on; GB 2760's own requirements carry it.
        notPermitted.Where(r => r.StandardCode == "GB 2760-2024").ShouldAllBe(r =>
            r.Provenance.Source.Contains("https://global.foodmate.net/mobile/21-0-5974-1.html") && r.Provenance.Note!.En.Contains("Carry-over (GB 2760-2014 3.4, secondary source)"));
    }

    [Fact]
    public void Should_Tell_Food_Industry_Use_From_Other_Use_By_Category()
    {
        FoodFixture.Requirement("gb2760-2024.sorbic-acid.concentrate.industry").AppliesTo.Categories.ShouldBe(["food-industry-use"]);
        FoodFixture.Requirement("gb2760-2024.sorbic-acid.concentrate.consumer").AppliesTo.Categories.ShouldBe(["consumer-use"]);
        FoodFixture.Requirement("gb2760-2024.benzoic-acid.concentrate.consumer").AppliesTo.Categories.ShouldBe(["consumer-use"]);
        FoodFixture.Requirement("eu2001-112.soluble-solids.from-concentrate").AppliesTo.Categories.ShouldBe(["from-concentrate"]);
    }

    [Fact]
    public void Should_Write_Additives_On_Their_Basis_And_Convert_Salts_By_Molar_Mass()
    {
        FoodFixture.Requirement("gb2760-2024.benzoic-acid.concentrate.industry").Limit.Basis.ShouldBe("C6H5COOH");
        FoodFixture.Requirement("gb2760-2024.sorbic-acid.concentrate.industry").Limit.Basis.ShouldBe("C5H7COOH");
        Catalog.Conversions.Select(c => $"{c.IndicatorId}:{c.FromBasis}>{c.ToBasis}:{c.Factor}").ShouldBe(
        [
            "soluble-solids:>:1", "benzoic-acid:C6H5COONa>C6H5COOH:122.12/144.11", "sorbic-acid:C5H7COOK>C5H7COOH:112.13/150.22",
        ]);
        Catalog.Units.Select(u => u.Symbol).ShouldBe(["°Brix", "°T"]);
    }

    [Fact]
    public void Should_Name_The_Test_Methods_Where_The_Standard_Fixes_Them()
    {
        FoodFixture.Requirement("gb2762-2022.lead.juice").TestMethods.ShouldBe(["GB 5009.12"]);
        FoodFixture.Requirement("gb2761-2017.patulin").TestMethods.ShouldBe(["GB 5009.185"]);
        FoodFixture.Requirement("gb2761-2017.aflatoxin-m1").TestMethods.ShouldBe(["GB 5009.24"]);
        FoodFixture.Requirement("qbt1687-1993.soluble-solids").TestMethods.ShouldBe(["GB/T 12143"]);
        Catalog.Requirements.Where(r => r.StandardCode.StartsWith("Regulation", StringComparison.Ordinal) || r.StandardCode.StartsWith("CXS", StringComparison.Ordinal))
            .ShouldAllBe(r => r.TestMethods.Count == 0);
        Catalog.Requirements.ShouldAllBe(r => r.Method == null && r.RoundingInterval == null);
    }

    [Fact]
    public void Should_Grade_Reconstituted_Milk_Acidity_By_The_Species_Of_The_Class()
    {
        var goat = FoodFixture.Requirement("gb19644-2010.acidity.goat");
        var cow = FoodFixture.Requirement("gb19644-2010.acidity.cow");

        (goat.Grade!.Label, goat.AppliesTo.ProductClasses.Single()).ShouldBe(("羊乳", "goat-milk-powder"));
        (cow.Grade!.Label, cow.AppliesTo.ProductClasses.Single()).ShouldBe(("牛乳", "cow-milk-powder"));
    }

    [Fact]
    public void Should_Grade_The_Net_Content_Shortfall_In_Mixed_Bands_That_Meet_At_Their_Edges()
    {
        var requirement = FoodFixture.Requirement("aqsiq75-2005.net-content");
        var bands = requirement.Limit.Deviation!.Bands;

        requirement.Limit.Kind.ShouldBe(LimitKind.Declared);
        requirement.Limit.Deviation.Above.ShouldBeNull();
        bands.Select(b => $"{b.UpTo}:{b.Mode}:{b.Below}").ShouldBe(
        [
            "50:Relative:9", "100:Absolute:4.5", "200:Relative:4.5", "300:Absolute:9", "500:Relative:3", "1000:Absolute:15",
            "10000:Relative:1.5", "15000:Absolute:150", "25000:Relative:1.0",
        ]);

        // At each edge the relative and the absolute band give the same shortfall, so the edge's side does not matter.
        for (var i = 0; i < bands.Count - 1; i++)
        {
            var edge = FoodFixture.Number(bands[i].UpTo!);
            FoodFixture.Number(Shortfall(bands[i], edge)).ShouldBe(FoodFixture.Number(Shortfall(bands[i + 1], edge)), bands[i].UpTo);
        }
    }

    [Fact]
    public void Should_Judge_Nutrition_Label_Claims_By_GB_28050_Tolerances()
    {
        var protein = FoodFixture.Requirement("gb28050-2011.protein").Limit.Deviation!;
        var fat = FoodFixture.Requirement("gb28050-2011.fat").Limit.Deviation!;

        (protein.Mode, protein.Below, protein.Above).ShouldBe((DeviationMode.Relative, "20", null));
        (fat.Mode, fat.Below, fat.Above).ShouldBe((DeviationMode.Relative, null, "20"));
    }

    private static string Shortfall(DeviationBand band, decimal declared) =>
        band.Mode == DeviationMode.Relative
            ? (declared * FoodFixture.Number(band.Below!) / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : band.Below!;
}
