using System.Globalization;
using Weinan.Benchmarking.Sdk.Catalogs;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Plugins.Chemicals.Tests;

public class CatalogTests
{
    private const string Gb2011 = "GB/T 338-2011";
    private const string Gb2004 = "GB 338-2004";
    private const string Impca = "IMPCA Reference Specifications v9";
    private const string Om232 = "O-M-232G";
    private const string Energy = "GB 29436-2023";

    private static Catalog Catalog => ChemicalsFixture.Catalog;

    [Fact]
    public void Should_Read_And_Validate_Without_Any_Issue()
    {
        var read = ChemicalsFixture.CatalogResult;

        read.Issues.ShouldBeEmpty();
        read.Success.ShouldBeTrue();
        InputValidation.ValidateCatalog(Catalog, "catalog.json").ShouldBeEmpty();
    }

    [Fact]
    public void Should_Carry_The_Catalog_Header_And_Leave_The_Plugin_Identity_To_It()
    {
        Catalog.SchemaVersion.ShouldBe(SchemaVersions.Catalog);
        Catalog.Id.ShouldBe("chemicals");
        Catalog.Version.ShouldBe("1.0.0");
        Catalog.Sectors.ShouldBe(["chemicals"]);
        Catalog.Ladder.ShouldBeNull();
        Catalog.Name.Zh.ShouldBe("石油（煤炭）化工");
        Catalog.Indicators.Count.ShouldBeInRange(8, 15);

        var plugin = ChemicalsFixture.Plugin;
        plugin.Descriptor.Id.ShouldBeEmpty();
        plugin.Descriptor.ContractVersion.ShouldBe(PluginContract.Version);
        plugin.ReportPartials.Keys.ShouldBe(["chemicals-notes.sbn-html", "chemicals-notes.sbn-md"]);
        plugin.ReportPartials.Values.ShouldAllBe(p => p.Contains("工业用甲醇对标说明") && p.Contains("Reading this industrial-methanol benchmark"));
        typeof(ChemicalsPlugin).BaseType.ShouldBe(typeof(EmbeddedSectorPlugin));
        plugin.DerivedIndicators.Select(d => (d.IndicatorId, string.Join("+", d.Inputs)))
            .ShouldBe([("acidity-acetic", "acidity"), ("energy-consumption", "energy-total+methanol-output")]);
        foreach (var derived in plugin.DerivedIndicators)
        {
            ChemicalsFixture.Indicator(derived.IndicatorId).DerivedFrom.ShouldBe(derived.Inputs);
        }
    }

    [Fact]
    public void Should_Give_Every_Requirement_Provenance_With_A_Bilingual_Note_Where_There_Is_A_Caveat()
    {
        foreach (var requirement in Catalog.Requirements)
        {
            requirement.Provenance.ShouldNotBeNull(requirement.Id);
            requirement.Provenance.Source.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            requirement.Clause.ShouldNotBeNull(requirement.Id);
            requirement.Clause.Zh.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            requirement.Clause.En.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            if (requirement.Provenance.Confidence != Confidence.Confirmed)
            {
                var note = requirement.Provenance.Note;
                note.ShouldNotBeNull(requirement.Id);
                note.Zh.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", requirement.Id);
                note.En.ShouldMatch("[A-Za-z]{4,} [a-z]{2,}", requirement.Id);
            }
        }

        Catalog.Requirements.Where(r => r.StandardCode != Energy)
            .ShouldAllBe(r => r.Provenance.Source.Split(" ; ", StringSplitOptions.None).All(s => s.StartsWith("http", StringComparison.Ordinal)));
        Catalog.Requirements.Where(r => r.StandardCode == Energy)
            .ShouldAllBe(r => r.Provenance.Source.StartsWith("GB 29436-2023 4.1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Gb2011, 0, 0, 0, 24)]
    [InlineData(Gb2004, 0, 27, 0, 0)]
    [InlineData(Impca, 7, 0, 0, 0)]
    [InlineData(Om232, 0, 4, 0, 0)]
    [InlineData(Energy, 0, 0, 0, 15)]
    [InlineData(null, 7, 31, 0, 39)]
    public void Should_Carry_The_Confidence_Mix_The_README_States(string? standard, int confirmed, int secondary, int derived, int unconfirmed)
    {
        var requirements = Catalog.Requirements.Where(r => standard is null || r.StandardCode == standard).ToList();

        requirements.Count(r => r.Provenance.Confidence == Confidence.Confirmed).ShouldBe(confirmed);
        requirements.Count(r => r.Provenance.Confidence == Confidence.Secondary).ShouldBe(secondary);
        requirements.Count(r => r.Provenance.Confidence == Confidence.Derived).ShouldBe(derived);
        requirements.Count(r => r.Provenance.Confidence == Confidence.Unconfirmed).ShouldBe(unconfirmed);
    }

    [Fact]
    public void Should_Record_GB_338_2004_As_Replaced_By_GB_T_338_2011_From_2012_08_01()
    {
        var standards = Catalog.Standards.ToDictionary(s => s.Code);
        var current = standards[Gb2011];
        var old = standards[Gb2004];

        current.Effective.ShouldBe(new DateOnly(2012, 8, 1));
        current.Supersedes.ShouldBe([Gb2004]);
        current.Force.ShouldBe(StandardForce.Recommended);
        current.Source.ShouldBe("https://www.chinesestandard.net/PDF.aspx/GB338-2011");
        current.Note!.En.ShouldContain("only clause 6.1 is mandatory");
        current.Note.En.ShouldContain("Table 1 was not read");
        current.Note.Zh.ShouldContain("仅第 6.1 条为强制性");
        current.Note.Zh.ShouldContain("其表1未读到");
        old.Withdrawn.ShouldBe(current.Effective);
        old.SupersededBy.ShouldBe(Gb2011);
        StandardEditions.StatusOn(old, ChemicalsFixture.AssessmentDate).ShouldBe(EditionStatus.Withdrawn);
        StandardEditions.CurrentEdition(old, standards, ChemicalsFixture.AssessmentDate)!.Code.ShouldBe(Gb2011);
        StandardEditions.StatusOn(current, ChemicalsFixture.AssessmentDate).ShouldBe(EditionStatus.InForce);
    }

    [Fact]
    public void Should_Keep_The_2004_Figures_On_The_2004_Edition_And_Mark_Their_2011_Copies_Unconfirmed()
    {
        var old = Catalog.Requirements.Where(r => r.StandardCode == Gb2004).ToDictionary(r => r.Id["gb338-2004.".Length..]);
        var carried = Catalog.Requirements.Where(r => r.StandardCode == Gb2011).ToDictionary(r => r.Id["gbt338-2011.".Length..]);

        old.Values.ShouldAllBe(r => r.Provenance.Confidence == Confidence.Secondary);
        carried.Values.ShouldAllBe(r => r.Provenance.Confidence == Confidence.Unconfirmed && r.Provenance.Note!.En.Contains("Table 1 was not read"));
        carried.Keys.ShouldBe(old.Keys.Where(k => !k.StartsWith("permanganate-time.", StringComparison.Ordinal)), ignoreOrder: true);
        foreach (var (key, copy) in carried)
        {
            BenchmarkLimit(copy).ShouldBe(BenchmarkLimit(old[key]), key);
            copy.Grade.ShouldBe(old[key].Grade, key);
            copy.AppliesTo.ProductClasses.ShouldBe(old[key].AppliesTo.ProductClasses, key);
        }

        // The 2011 edition changed the permanganate test's colour standard: its figure stays on the 2004 edition only.
        old.Keys.Count(k => k.StartsWith("permanganate-time.", StringComparison.Ordinal)).ShouldBe(3);
        ChemicalsFixture.Requirement("gb338-2004.permanganate-time.first").Provenance.Note!.En.ShouldContain("not carried over to the 2011 edition");
    }

    [Theory]
    [InlineData("gb338-2004.colour.superior", null, "5")]
    [InlineData("gb338-2004.colour.first", null, "10")]
    [InlineData("gb338-2004.density.superior", "0.791", "0.792")]
    [InlineData("gb338-2004.density.acceptable", "0.791", "0.793")]
    [InlineData("gb338-2004.boiling-range.first", null, "1.0")]
    [InlineData("gb338-2004.permanganate-time.superior", "50", null)]
    [InlineData("gb338-2004.permanganate-time.first", "30", null)]
    [InlineData("gb338-2004.permanganate-time.acceptable", "20", null)]
    [InlineData("gb338-2004.water.superior", null, "0.10")]
    [InlineData("gb338-2004.water.first", null, "0.15")]
    [InlineData("gb338-2004.acidity.superior", null, "0.0015")]
    [InlineData("gb338-2004.acidity.first", null, "0.0030")]
    [InlineData("gb338-2004.acidity.acceptable", null, "0.0050")]
    [InlineData("gb338-2004.alkalinity.superior", null, "0.0002")]
    [InlineData("gb338-2004.carbonyls.acceptable", null, "0.010")]
    [InlineData("gb338-2004.evaporation-residue.superior", null, "0.001")]
    [InlineData("gbt338-2011.water.superior", null, "0.10")]
    [InlineData("impca-v9.water", null, "0.100")]
    [InlineData("impca-v9.boiling-range", null, "1.0")]
    [InlineData("impca-v9.permanganate-time", "60", null)]
    [InlineData("impca-v9.acidity", null, "30")]
    [InlineData("impca-v9.ethanol", null, "50")]
    [InlineData("o-m-232g.aa.boiling-range", null, "1")]
    [InlineData("o-m-232g.aa.acidity-acetic", null, "30")]
    [InlineData("o-m-232g.aa.ethanol", null, "10")]
    [InlineData("gb29436-2023.bituminous.grade-1", null, "1380")]
    [InlineData("gb29436-2023.bituminous.grade-2", null, "1400")]
    [InlineData("gb29436-2023.bituminous.grade-3", null, "1800")]
    [InlineData("gb29436-2023.anthracite.grade-3", null, "1500")]
    [InlineData("gb29436-2023.lignite.grade-1", null, "1750")]
    [InlineData("gb29436-2023.natural-gas.grade-2", null, "1150")]
    [InlineData("gb29436-2023.coke-oven-gas.grade-3", null, "1500")]
    public void Should_Hold_The_Figure_As_Written(string id, string? min, string? max)
    {
        var limit = ChemicalsFixture.Requirement(id).Limit;

        limit.Min.ShouldBe(min);
        limit.Max.ShouldBe(max);
    }

    [Fact]
    public void Should_Write_Each_Acidity_On_Its_Basis_And_Convert_With_The_Molar_Masses()
    {
        ChemicalsFixture.Indicator("acidity").Basis.ShouldBe("HCOOH");
        Catalog.Requirements.Where(r => r.IndicatorId == "acidity" && r.StandardCode.Contains("338", StringComparison.Ordinal))
            .ShouldAllBe(r => r.Limit.Basis == "HCOOH" && r.Unit == "%");
        var impca = ChemicalsFixture.Requirement("impca-v9.acidity");
        (impca.Limit.Basis, impca.Unit).ShouldBe(("CH3COOH", "mg/kg"));
        var om = ChemicalsFixture.Requirement("o-m-232g.aa.acidity-acetic");
        (om.Limit.Basis, om.Unit).ShouldBe(("CH3COOH", "ppm"));

        var conversion = Catalog.Conversions.ShouldHaveSingleItem();
        (conversion.FromUnit, conversion.ToUnit, conversion.FromBasis, conversion.ToBasis).ShouldBe(("%", "%", "HCOOH", "CH3COOH"));
        conversion.Factor.ShouldBe("60.05/46.03");
        conversion.Source!.ShouldContain("corrosionpedia.com");
        // The derived indicator restates acidity with the same two molar masses.
        conversion.Factor.ShouldBe(string.Create(CultureInfo.InvariantCulture, $"{AcidityAsAceticAcid.AceticAcid}/{AcidityAsAceticAcid.FormicAcid}"));
    }

    [Fact]
    public void Should_Make_The_GB_338_Grades_Classes_Of_One_Family_Named_By_Their_Grade()
    {
        var classes = Catalog.ProductClasses.ToDictionary(c => c.Id);

        classes.Keys.ShouldBe(["superior", "first", "acceptable"], ignoreOrder: true);
        classes.Values.ShouldAllBe(c => c.Family == "industrial-methanol" && c.Exemptions.Count == 0 && c.Name.En.Length > 0);
        foreach (var requirement in Catalog.Requirements.Where(r => r.StandardCode is Gb2011 or Gb2004))
        {
            var grade = requirement.Grade.ShouldNotBeNull(requirement.Id);
            requirement.AppliesTo.ProductClasses.ShouldBe([grade.Label switch { "优等品" => "superior", "一等品" => "first", _ => "acceptable" }], requirement.Id);
            grade.Rank.ShouldBe(grade.Label switch { "优等品" => 3, "一等品" => 2, _ => 1 }, requirement.Id);
        }

        // Foreign references apply to every grade: a 合格品 can be benchmarked against IMPCA too.
        Catalog.Requirements.Where(r => r.StandardCode is Impca or Om232).ShouldAllBe(r => r.AppliesTo.ProductClasses.Count == 0);
    }

    [Fact]
    public void Should_Bind_Only_Grade_3_Of_GB_29436_And_Apply_Each_Row_To_Its_Route()
    {
        var energy = Catalog.Requirements.Where(r => r.StandardCode == Energy).ToList();

        Catalog.Standards.Single(s => s.Code == Energy).Force.ShouldBe(StandardForce.Mandatory);
        energy.Select(r => r.AppliesTo.Categories.Single()).Distinct()
            .ShouldBe(["bituminous-coal", "anthracite", "lignite", "natural-gas", "coke-oven-gas"], ignoreOrder: true);
        foreach (var route in energy.GroupBy(r => r.AppliesTo.Categories.Single()))
        {
            var byRank = route.OrderByDescending(r => r.Grade!.Rank).ToList();
            byRank.Select(r => r.Grade!.Label).ShouldBe(["1级", "2级", "3级"], route.Key);
            byRank.Select(r => r.Force).ShouldBe([StandardForce.Recommended, StandardForce.Recommended, null], route.Key);
            byRank.Select(r => ChemicalsFixture.Number(r.Limit.Max!)).ShouldBeInOrder(SortDirection.Ascending, route.Key);
            byRank[2].Provenance.Note!.En.ShouldContain("derived from the grade convention");
        }

        ChemicalsFixture.Requirement("gb29436-2023.anthracite.grade-1").Provenance.Note!.En.ShouldContain("fixed-bed");
    }

    [Fact]
    public void Should_Define_Each_Limit_By_The_Test_Methods_Its_Standard_Names()
    {
        var expected = new Dictionary<string, string[]>
        {
            ["colour"] = ["ASTM D1209", "ASTM D5386"],
            ["water"] = ["ASTM E1064"],
            ["boiling-range"] = ["ASTM D1078"],
            ["permanganate-time"] = ["ASTM D1363"],
            ["water-miscibility"] = ["ASTM D1722"],
            ["acidity"] = ["ASTM D1613"],
            ["ethanol"] = ["IMPCA 001"],
        };
        foreach (var requirement in Catalog.Requirements.Where(r => r.StandardCode == Impca))
        {
            requirement.TestMethods.ShouldBe(expected[requirement.IndicatorId], requirement.Id);
        }

        Catalog.Requirements.Where(r => r.StandardCode == Gb2011).ShouldAllBe(r => r.TestMethods.SequenceEqual(new[] { "GB/T 338" }));
        Catalog.Requirements.Where(r => r.StandardCode == Gb2004).ShouldAllBe(r => r.TestMethods.SequenceEqual(new[] { "GB 338", "GB/T 338" }));
        Catalog.Requirements.Where(r => r.StandardCode is Om232 or Energy).ShouldAllBe(r => r.TestMethods.Count == 0);
        Catalog.Requirements.ShouldAllBe(r => r.Method == null && r.RoundingInterval == null);
        Catalog.TestMethods.Select(m => m.Code).ShouldBe(["GB/T 338-2011", .. expected.Values.SelectMany(m => m).Distinct()], ignoreOrder: true);
        Catalog.TestMethods.ShouldAllBe(m => m.Equivalent.Count == 0);
    }

    [Fact]
    public void Should_Treat_Acidity_And_Alkalinity_As_Alternatives()
    {
        foreach (var requirement in Catalog.Requirements.Where(r => r.IndicatorId is "acidity" or "alkalinity" && r.StandardCode.Contains("338", StringComparison.Ordinal)))
        {
            requirement.Condition.ShouldNotBeNull(requirement.Id);
            requirement.Condition.Zh.ShouldContain("酸度或碱度");
            requirement.Condition.En.ShouldContain(requirement.IndicatorId == "acidity" ? "acidic" : "alkaline");
        }

        ChemicalsFixture.Requirement("impca-v9.acidity").Condition.ShouldBeNull();
    }

    [Fact]
    public void Should_Declare_The_Units_It_Adds_And_Describe_Every_Indicator_In_Both_Languages()
    {
        Catalog.Units.ShouldHaveSingleItem().Symbol.ShouldBe("tce");
        Catalog.Indicators.ShouldAllBe(i => i.Name.Zh.Length > 0 && i.Name.En.Length > 0);
        Catalog.Indicators.Where(i => i.Key).Select(i => i.Id).ShouldBe(["permanganate-time", "water", "acidity", "carbonyls"], ignoreOrder: true);
        ChemicalsFixture.Indicator("energy-consumption").ShouldSatisfyAllConditions(
            i => i.Unit.ShouldBe("kgce/t"), i => i.Category.ShouldBe(IndicatorCategory.Energy), i => i.Key.ShouldBeFalse());
        ChemicalsFixture.Indicator("acidity-acetic").ShouldSatisfyAllConditions(i => i.Unit.ShouldBe("mg/kg"), i => i.Basis.ShouldBe("CH3COOH"));
        Catalog.Standards.ShouldAllBe(s => s.Title != null && s.Title.Zh.Length > 0 && s.Title.En.Length > 0 && !string.IsNullOrWhiteSpace(s.Source));
    }

    [Fact]
    public void Should_Have_Unique_Ids_And_Reference_Only_What_It_Defines()
    {
        Catalog.Requirements.Select(r => r.Id).ShouldBeUnique();
        Catalog.Indicators.Select(i => i.Id).ShouldBeUnique();
        Catalog.Standards.Select(s => s.Code).ShouldBeUnique();
        var indicators = Catalog.Indicators.Select(i => i.Id).ToHashSet();
        var standards = Catalog.Standards.Select(s => s.Code).ToHashSet();
        var classes = Catalog.ProductClasses.Select(c => c.Id).ToHashSet();
        foreach (var requirement in Catalog.Requirements)
        {
            indicators.ShouldContain(requirement.IndicatorId, requirement.Id);
            standards.ShouldContain(requirement.StandardCode, requirement.Id);
            requirement.AppliesTo.ProductClasses.ShouldAllBe(c => classes.Contains(c), requirement.Id);
        }

        // Every standard is cited; every indicator is limited, derived from, or an input of a derived one.
        Catalog.Standards.ShouldAllBe(s => Catalog.Requirements.Any(r => r.StandardCode == s.Code));
        var inputs = Catalog.Indicators.SelectMany(i => i.DerivedFrom).ToHashSet();
        Catalog.Indicators.ShouldAllBe(i => inputs.Contains(i.Id) || Catalog.Requirements.Any(r => r.IndicatorId == i.Id));
    }

    private static string BenchmarkLimit(Requirement r) =>
        $"{r.Limit.Kind}|{r.Limit.Min}|{r.Limit.Max}|{r.Limit.Basis}|{string.Join(",", r.Limit.Accepted)}|{r.Unit}";
}
