using Weinan.Benchmarking.Sdk.Catalogs;
using Weinan.Benchmarking.Sdk.Numbers;
using Weinan.Benchmarking.Sdk.Validation;
using static Weinan.Benchmarking.Plugins.BuildingMaterials.Tests.BuildingMaterialsFixture;

namespace Weinan.Benchmarking.Plugins.BuildingMaterials.Tests;

public class CatalogTests
{
    private static readonly string[] Classes = ["P·O 42.5", "P·O 42.5R", "P·O 52.5", "P·O 52.5R"];

    [Fact]
    public void Should_Read_And_Validate_Without_Issues()
    {
        CatalogResult.Issues.ShouldBeEmpty();
        CatalogResult.Success.ShouldBeTrue();
        InputValidation.ValidateCatalog(CementCatalog, "catalog.json").ShouldBeEmpty();
    }

    [Fact]
    public void Should_Carry_The_Catalog_Header_And_Leave_Identity_To_It()
    {
        CementCatalog.SchemaVersion.ShouldBe(SchemaVersions.Catalog);
        CementCatalog.Id.ShouldBe("building-materials");
        CementCatalog.Version.ShouldBe("1.0.0");
        CementCatalog.Sectors.ShouldBe(["building-materials"]);
        CementCatalog.Ladder.ShouldBeNull();
        CementCatalog.Indicators.Count.ShouldBeInRange(8, 15);

        Plugin.Descriptor.Id.ShouldBeEmpty();
        Plugin.Descriptor.ContractVersion.ShouldBe(PluginContract.Version);
        Plugin.ReportPartials.Keys.ShouldBe(["cement-notes.sbn-html", "cement-notes.sbn-md"]);
        Plugin.DerivedIndicators.Select(d => d.IndicatorId).ShouldBe(["clinker-energy"]);
        typeof(BuildingMaterialsPlugin).BaseType.ShouldBe(typeof(EmbeddedSectorPlugin));
    }

    [Fact]
    public void Should_Give_Every_Requirement_Provenance()
    {
        foreach (var requirement in CementCatalog.Requirements)
        {
            var provenance = requirement.Provenance;
            provenance.ShouldNotBeNull(requirement.Id);
            provenance.Source.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            provenance.Source.Split(" ; ").ShouldAllBe(s => s.StartsWith("http", StringComparison.Ordinal) || s == "GB 16780-2021 4.2", requirement.Id);

            // Nothing is read from the standard texts themselves except what the confirmed sources state: every other
            // figure says why it is less than confirmed, in both languages.
            if (provenance.Confidence != Confidence.Confirmed)
            {
                provenance.Note.ShouldNotBeNull(requirement.Id);
                provenance.Note.Zh.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", requirement.Id);
                provenance.Note.En.ShouldMatch("[a-z]{4,}", requirement.Id);
                provenance.Note.En.ShouldNotMatch(@"\p{IsCJKUnifiedIdeographs}", requirement.Id);
            }
        }
    }

    [Fact]
    public void Should_Hold_The_Confidence_Mix_The_README_States()
    {
        var mix = CementCatalog.Requirements.GroupBy(r => r.Provenance.Confidence).ToDictionary(g => g.Key, g => g.Count());

        mix.ShouldBe(new Dictionary<Confidence, int>
        {
            [Confidence.Secondary] = 28,
            [Confidence.Derived] = 4,
            [Confidence.Confirmed] = 2,
            [Confidence.Unconfirmed] = 4,
        }, ignoreOrder: true);
        CementCatalog.Requirements.Where(r => r.Provenance.Confidence == Confidence.Confirmed).Select(r => r.Id)
            .ShouldBe(["gb175-2023.autoclave-soundness", "gb31893-2015.chromium-vi"], ignoreOrder: true);
        CementCatalog.Requirements.Where(r => r.Provenance.Confidence == Confidence.Unconfirmed).Select(r => r.Id)
            .ShouldBe(["en197-1-2011.so3.po-42.5", "gb16780-2021.clinker-energy.grade-1", "gb16780-2021.clinker-energy.grade-2", "gb16780-2021.clinker-energy.grade-3"], ignoreOrder: true);
        Requirement("en197-1-2011.so3.po-42.5").Provenance.Note!.En.ShouldContain("which classes take 3.5 % was not read");
        CementCatalog.Requirements.Where(r => r.Provenance.Confidence == Confidence.Derived)
            .ShouldAllBe(r => r.StandardCode == "GB 175-2023" && r.IndicatorId == "compressive-strength-28d");
    }

    [Theory]
    [InlineData("gb175-2023.compressive-strength-28d.po-42.5", "42.5", null, "MPa")]
    [InlineData("gb175-2023.compressive-strength-28d.po-52.5r", "52.5", null, "MPa")]
    [InlineData("gb31893-2015.chromium-vi", null, "10.00", "mg/kg")]
    [InlineData("gb175-2007.initial-setting-time", "45", null, "min")]
    [InlineData("gb175-2007.final-setting-time", null, "10", "h")]
    [InlineData("gb175-2007.so3", null, "3.5", "%")]
    [InlineData("gb175-2007.mgo", null, "5.0", "%")]
    [InlineData("gb175-2007.loss-on-ignition", null, "5.0", "%")]
    [InlineData("en197-1-2011.compressive-strength-2d.po-42.5", "10.0", null, "MPa")]
    [InlineData("en197-1-2011.compressive-strength-2d.po-42.5r", "20.0", null, "MPa")]
    [InlineData("en197-1-2011.compressive-strength-2d.po-52.5", "20.0", null, "MPa")]
    [InlineData("en197-1-2011.compressive-strength-2d.po-52.5r", "30.0", null, "MPa")]
    [InlineData("en197-1-2011.compressive-strength-28d.po-42.5", "42.5", "62.5", "MPa")]
    [InlineData("en197-1-2011.compressive-strength-28d.po-52.5", "52.5", null, "MPa")]
    [InlineData("en197-1-2011.initial-setting-time.po-42.5r", "60", null, "min")]
    [InlineData("en197-1-2011.initial-setting-time.po-52.5", "45", null, "min")]
    [InlineData("en197-1-2011.soundness-expansion", null, "10", "mm")]
    [InlineData("en197-1-2011.chloride", null, "0.10", "%")]
    [InlineData("en197-1-2011.loss-on-ignition", null, "5.0", "%")]
    [InlineData("gb16780-2021.clinker-energy.grade-1", null, "100", "kgce/t")]
    [InlineData("gb16780-2021.clinker-energy.grade-2", null, "107", "kgce/t")]
    [InlineData("gb16780-2021.clinker-energy.grade-3", null, "117", "kgce/t")]
    [InlineData("gb16780-2012.clinker-energy.advanced", null, "114", "kgce/t")]
    [InlineData("gb16780-2012.clinker-energy.access", null, "118", "kgce/t")]
    [InlineData("gb16780-2012.clinker-energy.limit", null, "128", "kgce/t")]
    public void Should_Hold_The_Figure_As_Written(string id, string? min, string? max, string unit)
    {
        var requirement = Requirement(id);

        requirement.Limit.Min.ShouldBe(min);
        requirement.Limit.Max.ShouldBe(max);
        requirement.Unit.ShouldBe(unit);
        foreach (var bound in new[] { min, max }.OfType<string>())
        {
            WrittenNumber.TryParse(bound, out _).ShouldBeTrue(bound);
        }
    }

    [Fact]
    public void Should_Record_The_GB_175_And_GB_16780_Supersessions()
    {
        var standards = CementCatalog.Standards.ToDictionary(s => s.Code);
        var date = AssessmentDate;

        standards["GB 175-2023"].ShouldSatisfyAllConditions(
            s => s.Force.ShouldBe(StandardForce.Mandatory), s => s.Effective.ShouldBe(new DateOnly(2024, 6, 1)), s => s.Supersedes.ShouldBe(["GB 175-2007"]));
        standards["GB 175-2007"].ShouldSatisfyAllConditions(
            s => s.Effective.ShouldBe(new DateOnly(2008, 6, 1)), s => s.Withdrawn.ShouldBe(new DateOnly(2024, 6, 1)), s => s.SupersededBy.ShouldBe("GB 175-2023"));
        standards["GB 16780-2021"].ShouldSatisfyAllConditions(
            s => s.Effective.ShouldBe(new DateOnly(2022, 11, 1)), s => s.Supersedes.ShouldBe(["GB 16780-2012"]));
        standards["GB 16780-2012"].ShouldSatisfyAllConditions(
            s => s.Withdrawn.ShouldBe(new DateOnly(2022, 11, 1)), s => s.SupersededBy.ShouldBe("GB 16780-2021"));
        StandardEditions.StatusOn(standards["GB 175-2007"], date).ShouldBe(EditionStatus.Withdrawn);
        StandardEditions.CurrentEdition(standards["GB 175-2007"], standards, date)!.Code.ShouldBe("GB 175-2023");
        StandardEditions.StatusOn(standards["GB 175-2023"], new DateOnly(2024, 5, 31)).ShouldBe(EditionStatus.NotYetEffective);
        standards["EN 197-1:2011"].ShouldSatisfyAllConditions(
            s => s.Tier.ShouldBe(StandardTier.ForeignAdvanced), s => s.Force.ShouldBe(StandardForce.Recommended), s => s.Supersedes.ShouldContain("EN 197-1:2000"));
    }

    [Fact]
    public void Should_Make_Each_Strength_Class_A_Product_Of_Its_Own()
    {
        // A 42.5 cement is not a lower grade of 52.5, and an early-strength R cement is a different product, not a
        // better N: no class names a family, so no class's requirements become another's references.
        CementCatalog.ProductClasses.Select(c => c.Id).ShouldBe(Classes);
        CementCatalog.ProductClasses.ShouldAllBe(c => c.Family == null && c.Exemptions.Count == 0);
        CementCatalog.ProductClasses.ShouldAllBe(c => c.Name.Zh.Contains(c.Id) && c.Name.En.Contains(c.Id));
    }

    [Fact]
    public void Should_Grade_The_Strength_Requirements_By_Class()
    {
        foreach (var id in new[] { "compressive-strength-2d", "compressive-strength-28d", "initial-setting-time" })
        {
            foreach (var code in new[] { "GB 175-2023", "EN 197-1:2011" })
            {
                var graded = CementCatalog.Requirements.Where(r => r.IndicatorId == id && r.StandardCode == code).ToList();
                if (graded.Count == 0)
                {
                    continue;
                }

                graded.Select(r => r.AppliesTo.ProductClasses.Single()).ShouldBe(Classes, ignoreOrder: true, customMessage: $"{id} {code}");
                graded.ShouldAllBe(r => r.Grade != null);
            }
        }

        Requirement("en197-1-2011.compressive-strength-2d.po-42.5r").Grade!.Label.ShouldBe("42,5 R");
        Requirement("gb175-2023.compressive-strength-28d.po-42.5r").Grade!.Label.ShouldBe("42.5R");
    }

    [Fact]
    public void Should_Grade_Clinker_Energy_With_Only_The_Limit_Value_Binding()
    {
        var grades = CementCatalog.Requirements.Where(r => r.StandardCode == "GB 16780-2021").OrderByDescending(r => r.Grade!.Rank).ToList();

        grades.Select(r => $"{r.Grade!.Label}:{r.Grade.Rank}:{r.Force?.ToString() ?? "standard"}").ShouldBe(["1级:3:Recommended", "2级:2:Recommended", "3级:1:standard"]);
        grades.ShouldAllBe(r => r.Condition != null && r.AppliesTo.ProductClasses.Count == 0);
        var old = CementCatalog.Requirements.Where(r => r.StandardCode == "GB 16780-2012").ToList();
        old.Count.ShouldBe(3);
        old.ShouldAllBe(r => r.AppliesTo.Categories.SequenceEqual(new[] { "clinker-line-4000tpd" }) && r.Condition != null);
        Indicator("clinker-energy").DerivedFrom.ShouldBe(["clinker-energy-total", "clinker-output"]);
        Indicator("clinker-energy").Key.ShouldBeTrue();
    }

    [Fact]
    public void Should_Name_The_Test_Method_Each_Limit_Is_Defined_By_And_Declare_No_Equivalence()
    {
        string Methods(string id) => string.Join(",", Requirement(id).TestMethods);

        Methods("gb175-2023.compressive-strength-28d.po-42.5").ShouldBe("GB/T 17671");
        Methods("en197-1-2011.compressive-strength-28d.po-42.5").ShouldBe("EN 196-1");
        Methods("gb175-2007.initial-setting-time").ShouldBe("GB/T 1346");
        Methods("en197-1-2011.initial-setting-time.po-42.5").ShouldBe("EN 196-3");
        Methods("gb175-2007.loss-on-ignition").ShouldBe("GB/T 176");
        Methods("en197-1-2011.chloride").ShouldBe("EN 196-2");
        Methods("gb31893-2015.chromium-vi").ShouldBe("GB 31893");
        Methods("gb175-2023.autoclave-soundness").ShouldBe("GB/T 750");

        // No source read compares the GB/T methods with EN 196: none is declared equivalent, so a value measured by one
        // is not judged against a limit defined by the other.
        CementCatalog.TestMethods.ShouldAllBe(m => m.Equivalent.Count == 0);
        CementCatalog.TestMethods.Where(m => m.Code.StartsWith("GB/T 17671", StringComparison.Ordinal) || m.Code.StartsWith("GB/T 176-", StringComparison.Ordinal))
            .ShouldAllBe(m => m.Note!.En.Contains("no equivalence is declared") && m.Note.Zh.Contains("故不声明等效"));

        // No source states a judgement method or rounding interval for cement: the assessment's default applies.
        CementCatalog.Requirements.ShouldAllBe(r => r.Method == null && r.RoundingInterval == null);
    }

    [Fact]
    public void Should_Declare_The_Energy_Units_And_Their_Conversion()
    {
        CementCatalog.Units.Select(u => u.Symbol).ShouldBe(["tce", "kgce"]);
        var conversion = CementCatalog.Conversions.Single();
        (conversion.FromUnit, conversion.ToUnit, conversion.Factor, conversion.IndicatorId).ShouldBe(("tce", "kgce", "1000", "clinker-energy-total"));
    }

    [Fact]
    public void Should_Name_Everything_In_Both_Languages()
    {
        var texts = CementCatalog.Standards.Select(s => s.Title)
            .Concat(CementCatalog.Indicators.Select(i => i.Name))
            .Concat(CementCatalog.ProductClasses.Select(c => c.Name))
            .Concat(CementCatalog.TestMethods.Select(m => m.Title!))
            .Concat(CementCatalog.Units.Select(u => u.Name))
            .Concat(CementCatalog.Requirements.Select(r => r.Grade?.Name).OfType<LocalizedText>())
            .Concat(CementCatalog.Requirements.Select(r => r.Condition).OfType<LocalizedText>());

        foreach (var text in texts)
        {
            text.Zh.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", text.En);
            text.En.ShouldNotMatch(@"\p{IsCJKUnifiedIdeographs}", text.En);
            text.En.ShouldNotBeNullOrWhiteSpace(text.Zh);
        }
    }
}
