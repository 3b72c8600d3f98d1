using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Plugins.Textiles.Tests;

public class CatalogTests
{
    private static Catalog Catalog => TextilesFixture.Catalog;

    [Fact]
    public void Should_Deserialize_Without_Issues()
    {
        var result = TextilesFixture.CatalogResult;

        result.Issues.ShouldBeEmpty();
        result.Success.ShouldBeTrue();
    }

    [Fact]
    public void Should_Carry_The_Catalog_Header()
    {
        Catalog.SchemaVersion.ShouldBe(SchemaVersions.Catalog);
        Catalog.Id.ShouldBe("textiles");
        Catalog.Version.ShouldBe("1.0.0");
        Catalog.Sectors.ShouldBe(["textiles"]);
        Catalog.Ladder.ShouldBeNull();
        Catalog.Conversions.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Match_The_Plugin_Descriptor()
    {
        var descriptor = new TextilesPlugin().Descriptor;

        descriptor.Id.ShouldBe(Catalog.Id);
        descriptor.Version.ShouldBe(Catalog.Version);
        descriptor.Sectors.ShouldBe(Catalog.Sectors);
        descriptor.Name.ShouldBe(Catalog.Name);
        descriptor.Standards.ShouldBe(Catalog.Standards.Select(s => s.Code), ignoreOrder: true);
        descriptor.ContractVersion.ShouldBe(PluginContract.Version);
    }

    [Fact]
    public void Should_Record_The_Supersession_Of_GB_18401_2003()
    {
        var current = Catalog.Standards.Single(s => s.Code == "GB 18401-2010");
        var old = Catalog.Standards.Single(s => s.Code == "GB 18401-2003");

        current.Tier.ShouldBe(StandardTier.National);
        current.Force.ShouldBe(StandardForce.Mandatory);
        current.Effective.ShouldBe(new DateOnly(2011, 8, 1));
        current.Supersedes.ShouldBe(["GB 18401-2003"]);
        old.SupersededBy.ShouldBe("GB 18401-2010");
        old.Withdrawn.ShouldBe(current.Effective);
    }

    [Fact]
    public void Should_Treat_OEKO_TEX_As_A_Voluntary_Foreign_Advanced_Standard()
    {
        var oeko = Catalog.Standards.Single(s => s.Code == "OEKO-TEX STANDARD 100");

        oeko.Tier.ShouldBe(StandardTier.ForeignAdvanced);
        oeko.Force.ShouldBe(StandardForce.Recommended);
        oeko.Title.En.ShouldContain("2011");
        oeko.Title.En.ShouldContain("01/2004");
    }

    [Theory]
    [InlineData("gb18401-2010.formaldehyde.A", null, "20")]
    [InlineData("gb18401-2010.formaldehyde.B", null, "75")]
    [InlineData("gb18401-2010.formaldehyde.C", null, "300")]
    [InlineData("gb18401-2010.ph.A", "4.0", "7.5")]
    [InlineData("gb18401-2010.ph.B", "4.0", "8.5")]
    [InlineData("gb18401-2010.ph.C", "4.0", "9.0")]
    [InlineData("gb18401-2003.ph.B", "4.0", "7.5")]
    [InlineData("gb18401-2010.fastness-water.A", "3-4", null)]
    [InlineData("gb18401-2010.fastness-dry-rubbing.A", "4", null)]
    [InlineData("gb18401-2010.fastness-saliva.A", "4", null)]
    [InlineData("oekotex100.extractable-pb.I", null, "0.2")]
    [InlineData("oekotex100.extractable-ni.I", null, "0.5")]
    [InlineData("oekotex100.extractable-ni.II", null, "1.0")]
    [InlineData("oekotex100.extractable-hg.IV", null, "0.02")]
    [InlineData("oekotex100.formaldehyde.I", null, "16")]
    [InlineData("oekotex100.formaldehyde.II", null, "75")]
    [InlineData("oekotex100.ph.II", "4.0", "7.5")]
    [InlineData("oekotex100.fastness-acid-perspiration.III", "3-4", null)]
    public void Should_Hold_The_Figure_As_Written(string id, string? min, string? max)
    {
        var limit = TextilesFixture.Requirement(id).Limit;

        limit.Min.ShouldBe(min);
        limit.Max.ShouldBe(max);
    }

    [Fact]
    public void Should_Leave_Out_Saliva_For_Classes_B_And_C_And_Antimony_For_Class_IV()
    {
        var ids = Catalog.Requirements.Select(r => r.Id).ToHashSet();

        ids.ShouldNotContain("gb18401-2010.fastness-saliva.B");
        ids.ShouldNotContain("gb18401-2010.fastness-saliva.C");
        ids.ShouldNotContain("oekotex100.extractable-sb.IV");
    }

    [Fact]
    public void Should_Have_Unique_Ids()
    {
        Catalog.Requirements.Select(r => r.Id).ShouldBeUnique();
        Catalog.Indicators.Select(i => i.Id).ShouldBeUnique();
        Catalog.Standards.Select(s => s.Code).ShouldBeUnique();
        Catalog.ProductClasses.Select(c => c.Id).ShouldBeUnique();
    }

    [Fact]
    public void Should_Reference_Only_Defined_Indicators_Standards_And_Classes()
    {
        var indicators = Catalog.Indicators.Select(i => i.Id).ToHashSet();
        var standards = Catalog.Standards.Select(s => s.Code).ToHashSet();
        var classes = Catalog.ProductClasses.Select(c => c.Id).ToHashSet();

        foreach (var requirement in Catalog.Requirements)
        {
            indicators.ShouldContain(requirement.IndicatorId, requirement.Id);
            standards.ShouldContain(requirement.StandardCode, requirement.Id);
            requirement.AppliesTo.ProductClasses.ShouldNotBeEmpty(requirement.Id);
            requirement.AppliesTo.ProductClasses.ShouldAllBe(c => classes.Contains(c), requirement.Id);
        }

        foreach (var exemption in Catalog.ProductClasses.SelectMany(c => c.Exemptions))
        {
            indicators.ShouldContain(exemption.IndicatorId);
        }
    }

    [Fact]
    public void Should_Give_Every_Requirement_A_Source_And_Clause()
    {
        foreach (var requirement in Catalog.Requirements)
        {
            requirement.Provenance.Source.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            requirement.Provenance.Source.Split(" ; ").ShouldAllBe(url => url.StartsWith("http"), requirement.Id);
            requirement.Clause.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            requirement.Grade.ShouldNotBeNull(requirement.Id);
        }

        Catalog.Requirements.Where(r => r.StandardCode.StartsWith("GB 18401")).ShouldAllBe(r => r.Clause!.Contains("表1"));
    }

    [Fact]
    public void Should_Not_Claim_Any_Figure_Is_Confirmed_Against_The_Standard_Text()
    {
        // Every figure was read on third-party pages: secondary at best.
        Catalog.Requirements.ShouldAllBe(r => r.Provenance.Confidence == Confidence.Secondary || r.Provenance.Confidence == Confidence.Unconfirmed);
    }

    [Fact]
    public void Should_Tag_Every_Unconfirmed_Figure_As_Unconfirmed()
    {
        string[] expected =
        [
            "oekotex100.odour.I", "oekotex100.odour.II", "oekotex100.odour.III", "oekotex100.odour.IV",
            "oekotex100.banned-azo-amines.I", "oekotex100.banned-azo-amines.II", "oekotex100.banned-azo-amines.III", "oekotex100.banned-azo-amines.IV",
        ];

        var unconfirmed = Catalog.Requirements.Where(r => r.Provenance.Confidence == Confidence.Unconfirmed).ToList();

        unconfirmed.Select(r => r.Id).ShouldBe(expected, ignoreOrder: true);
        unconfirmed.ShouldAllBe(r => !string.IsNullOrWhiteSpace(r.Provenance.Note));
    }

    [Fact]
    public void Should_Explain_The_Caveats_In_The_Provenance_Notes()
    {
        TextilesFixture.Requirement("oekotex100.formaldehyde.I").Provenance.Note!.ShouldContain("n.d.");
        TextilesFixture.Requirement("oekotex100.extractable-ni.I").Provenance.Note!.ShouldContain("April 2013");
        TextilesFixture.Requirement("oekotex100.fastness-dry-rubbing.I").Provenance.Note!.ShouldContain("01/2004");
        TextilesFixture.Requirement("gb18401-2010.ph.B").Provenance.Note!.ShouldContain("GB 18401-2003");
        Catalog.Requirements.Where(r => r.IndicatorId == "banned-azo-amines" && r.StandardCode == "GB 18401-2010")
            .ShouldAllBe(r => r.Provenance.Note!.Contains("per amine or in total") && r.Provenance.Note.Contains("unconfirmed"));
    }

    [Theory]
    [InlineData("GB 18401-2010", "A", 3, "infant")]
    [InlineData("GB 18401-2010", "B", 2, "skin-contact")]
    [InlineData("GB 18401-2010", "C", 1, "no-skin-contact")]
    [InlineData("GB 18401-2010", "C", 1, "decoration")]
    [InlineData("OEKO-TEX STANDARD 100", "I", 4, "infant")]
    [InlineData("OEKO-TEX STANDARD 100", "II", 3, "skin-contact")]
    [InlineData("OEKO-TEX STANDARD 100", "III", 2, "no-skin-contact")]
    [InlineData("OEKO-TEX STANDARD 100", "IV", 1, "decoration")]
    public void Should_Map_Grades_To_Product_Classes(string standard, string label, int rank, string productClass)
    {
        var graded = Catalog.Requirements.Where(r => r.StandardCode == standard && r.Grade!.Label == label).ToList();

        graded.ShouldNotBeEmpty();
        graded.ShouldAllBe(r => r.Grade!.Rank == rank && r.AppliesTo.ProductClasses.Contains(productClass));
    }

    [Fact]
    public void Should_Write_Limits_That_Fit_Their_Indicators()
    {
        foreach (var requirement in Catalog.Requirements)
        {
            var indicator = TextilesFixture.Indicator(requirement.IndicatorId);
            var limit = requirement.Limit;
            requirement.Unit.ShouldBe(indicator.Unit, requirement.Id);
            switch (indicator.Kind)
            {
                case IndicatorKind.Ordinal:
                    limit.Kind.ShouldBe(LimitKind.Ordinal, requirement.Id);
                    indicator.Scale.ShouldContain(limit.Min!, requirement.Id);
                    break;
                case IndicatorKind.Categorical:
                    limit.Kind.ShouldBe(LimitKind.Categorical, requirement.Id);
                    limit.Accepted.ShouldNotBeEmpty(requirement.Id);
                    break;
                default:
                    limit.Kind.ShouldBe(indicator.Direction == Direction.TargetRange ? LimitKind.Range : LimitKind.Upper, requirement.Id);
                    foreach (var bound in new[] { limit.Min, limit.Max }.OfType<string>())
                    {
                        WrittenNumber.TryParse(bound, out _).ShouldBeTrue($"{requirement.Id}: {bound}");
                    }

                    if (limit.Kind == LimitKind.Range)
                    {
                        TextilesFixture.Number(limit.Min!).ShouldBeLessThan(TextilesFixture.Number(limit.Max!), requirement.Id);
                    }

                    break;
            }
        }
    }

    [Fact]
    public void Should_Describe_The_Indicators()
    {
        string[] fastness = ["fastness-water", "fastness-acid-perspiration", "fastness-alkaline-perspiration", "fastness-dry-rubbing", "fastness-saliva"];
        string[] metals = ["pb", "cd", "ni", "cu", "co", "cr", "as", "hg"];

        TextilesFixture.Indicator("formaldehyde").ShouldSatisfyAllConditions(
            i => i.Unit.ShouldBe("mg/kg"), i => i.Key.ShouldBeTrue(), i => i.Direction.ShouldBe(Direction.LowerIsBetter),
            i => i.Category.ShouldBe(IndicatorCategory.Safety), i => i.Method.ShouldBe("GB/T 2912.1"));
        TextilesFixture.Indicator("ph").ShouldSatisfyAllConditions(i => i.Key.ShouldBeTrue(), i => i.Direction.ShouldBe(Direction.TargetRange));
        foreach (var id in fastness)
        {
            var indicator = TextilesFixture.Indicator(id);
            indicator.Kind.ShouldBe(IndicatorKind.Ordinal);
            indicator.Direction.ShouldBe(Direction.HigherIsBetter);
            indicator.Scale.ShouldBe(["1", "1-2", "2", "2-3", "3", "3-4", "4", "4-5", "5"]);
        }

        TextilesFixture.Indicator("odour").Kind.ShouldBe(IndicatorKind.Categorical);
        TextilesFixture.Indicator("banned-azo-amines").Kind.ShouldBe(IndicatorKind.Categorical);
        foreach (var metal in metals)
        {
            var indicator = TextilesFixture.Indicator("extractable-" + metal);
            indicator.Unit.ShouldBe("mg/kg");
            indicator.Key.ShouldBeFalse();
            Catalog.Requirements.Where(r => r.IndicatorId == indicator.Id).ShouldAllBe(r => r.StandardCode == "OEKO-TEX STANDARD 100");
        }

        Catalog.Indicators.Count(i => i.Key).ShouldBe(2);
    }

    [Fact]
    public void Should_Exempt_Saliva_Outside_Infant_And_Perspiration_For_Hanging_Decoration()
    {
        var classes = Catalog.ProductClasses.ToDictionary(c => c.Id);

        classes.Keys.ShouldBe(["infant", "skin-contact", "no-skin-contact", "decoration"], ignoreOrder: true);
        classes["infant"].Exemptions.ShouldBeEmpty();
        foreach (var id in new[] { "skin-contact", "no-skin-contact", "decoration" })
        {
            var saliva = classes[id].Exemptions.Single(e => e.IndicatorId == "fastness-saliva");
            saliva.Reason.En.ShouldBe("GB 18401-2010 assesses saliva fastness for class A only");
            saliva.Reason.Zh.ShouldNotBeNullOrWhiteSpace();
        }

        classes["decoration"].Exemptions.Select(e => e.IndicatorId)
            .ShouldBe(["fastness-saliva", "fastness-acid-perspiration", "fastness-alkaline-perspiration"], ignoreOrder: true);
        classes["decoration"].Exemptions.ShouldAllBe(e => e.Reason.En.Length > 0 && e.Reason.Zh.Length > 0);
    }
}
