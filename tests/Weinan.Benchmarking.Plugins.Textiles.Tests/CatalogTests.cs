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
        Catalog.Version.ShouldBe("2.0.0");
        Catalog.Sectors.ShouldBe(["textiles"]);
        Catalog.Ladder.ShouldBeNull();
        Catalog.Conversions.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Leave_Its_Identity_To_The_Catalog()
    {
        var plugin = new TextilesPlugin();

        // The host takes id, name, version, sectors and standards from the catalog: they are written once.
        plugin.Descriptor.Id.ShouldBeEmpty();
        plugin.Descriptor.Sectors.ShouldBeEmpty();
        plugin.Descriptor.ContractVersion.ShouldBe(PluginContract.Version);
        plugin.DerivedIndicators.ShouldBeEmpty();
        plugin.ReportPartials.ShouldBeEmpty();
        typeof(TextilesPlugin).BaseType.ShouldBe(typeof(EmbeddedSectorPlugin));
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
    public void Should_Carry_Each_OEKO_TEX_Figure_On_The_Edition_It_Was_Read_In_And_Chain_Them_To_The_Edition_In_Force()
    {
        var editions = Catalog.Standards.Where(s => s.Code.StartsWith("OEKO-TEX", StringComparison.Ordinal)).ToDictionary(s => s.Code);

        editions.Keys.ShouldBe(["OEKO-TEX STANDARD 100:2004", "OEKO-TEX STANDARD 100:2011", "OEKO-TEX STANDARD 100:2012",
            "OEKO-TEX STANDARD 100:2013", "OEKO-TEX STANDARD 100:2026"], ignoreOrder: true);
        editions.Values.ShouldAllBe(s => s.Tier == StandardTier.ForeignAdvanced && s.Force == StandardForce.Recommended);
        var standards = Catalog.Standards.ToDictionary(s => s.Code);
        var date = new DateOnly(2026, 11, 29);
        foreach (var old in editions.Values.Where(s => s.Code != "OEKO-TEX STANDARD 100:2026"))
        {
            Weinan.Benchmarking.Sdk.Catalogs.StandardEditions.StatusOn(old, date).ShouldBe(EditionStatus.Withdrawn, old.Code);
            Weinan.Benchmarking.Sdk.Catalogs.StandardEditions.CurrentEdition(old, standards, date)!.Code.ShouldBe("OEKO-TEX STANDARD 100:2026", old.Code);
        }

        editions["OEKO-TEX STANDARD 100:2026"].Effective.ShouldBe(new DateOnly(2026, 6, 1));
        TextilesFixture.Requirement("oekotex100.formaldehyde.I").StandardCode.ShouldBe("OEKO-TEX STANDARD 100:2012");
        TextilesFixture.Requirement("oekotex100.extractable-ni.I").StandardCode.ShouldBe("OEKO-TEX STANDARD 100:2013");
        TextilesFixture.Requirement("oekotex100.fastness-dry-rubbing.I").StandardCode.ShouldBe("OEKO-TEX STANDARD 100:2004");
        TextilesFixture.Requirement("oekotex100.ph.I").StandardCode.ShouldBe("OEKO-TEX STANDARD 100:2011");
    }

    [Fact]
    public void Should_Define_Formaldehyde_Limits_By_Their_Test_Methods()
    {
        Catalog.Requirements.Where(r => r.IndicatorId == "formaldehyde" && r.StandardCode.StartsWith("GB 18401-2010", StringComparison.Ordinal))
            .ShouldAllBe(r => r.TestMethods.SequenceEqual(new[] { "GB/T 2912.1" }));
        Catalog.Requirements.Where(r => r.IndicatorId == "formaldehyde" && r.StandardCode.StartsWith("OEKO-TEX", StringComparison.Ordinal))
            .ShouldAllBe(r => r.TestMethods.SequenceEqual(new[] { "JIS L 1041" }));
        var gbt2912 = Catalog.TestMethods.Single(m => m.Code == "GB/T 2912.1-2009");
        gbt2912.DetectionLimit.ShouldBe("20");
        gbt2912.Equivalent.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Judge_Fibre_Content_Against_The_Label_With_GB_T_29862_Tolerances()
    {
        var requirement = TextilesFixture.Requirement("gbt29862-2013.fibre-content");
        var deviation = requirement.Limit.Deviation!;

        requirement.Limit.Kind.ShouldBe(LimitKind.Declared);
        requirement.AppliesTo.ProductClasses.ShouldBeEmpty();
        (deviation.Mode, deviation.Below, deviation.Above).ShouldBe((DeviationMode.Absolute, "5", "5"));
        deviation.Bands.Select(b => $"{b.UpTo}:{b.Below}:{b.Above}:{b.RequirePositive}").ShouldBe(["3:3:3:True", "10:3:3:False"]);
        TextilesFixture.Indicator("fibre-content").Components.Select(c => c.Id).ShouldContain("elastane");
    }

    [Fact]
    public void Should_Carry_GB_31701_For_Infant_Products_With_Conditions_Where_The_Parts_Are_Unconfirmed()
    {
        var infant = Catalog.Requirements.Where(r => r.StandardCode == "GB 31701-2015").ToList();

        infant.Select(r => r.IndicatorId).ShouldBe(["fastness-wet-rubbing", "total-pb", "total-cd", "phthalates", "flammability", "head-neck-cords"], ignoreOrder: true);
        infant.ShouldAllBe(r => r.AppliesTo.ProductClasses.SequenceEqual(new[] { "infant" }) && r.Grade!.Label == "A");
        infant.Where(r => r.IndicatorId is "total-pb" or "total-cd" or "phthalates").ShouldAllBe(r => r.Condition != null);
        Catalog.Standards.Single(s => s.Code == "GB 31701-2015").ShouldSatisfyAllConditions(
            s => s.Force.ShouldBe(StandardForce.Mandatory), s => s.Effective.ShouldBe(new DateOnly(2016, 6, 1)));
    }

    [Fact]
    public void Should_Put_Every_Textile_Class_In_One_Family()
    {
        Catalog.ProductClasses.ShouldAllBe(c => c.Family == "textiles");
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
    [InlineData("gb31701-2015.fastness-wet-rubbing.A", "3", null)]
    [InlineData("gb31701-2015.total-pb.A", null, "90")]
    [InlineData("gb31701-2015.phthalates.A", null, "0.1")]
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
            requirement.AppliesTo.ProductClasses.ShouldAllBe(c => classes.Contains(c), requirement.Id);
            if (requirement.Limit.Kind != LimitKind.Declared)
            {
                requirement.AppliesTo.ProductClasses.ShouldNotBeEmpty(requirement.Id);
            }
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
            requirement.Clause.ShouldNotBeNull(requirement.Id);
            requirement.Clause.Zh.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            requirement.Clause.En.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            if (requirement.Limit.Kind != LimitKind.Declared)
            {
                requirement.Grade.ShouldNotBeNull(requirement.Id);
            }
        }

        Catalog.Requirements.Where(r => r.StandardCode.StartsWith("GB 18401")).ShouldAllBe(r => r.Clause!.Zh == "表1" && r.Clause.En == "Table 1");
    }

    [Fact]
    public void Should_Claim_Confirmed_Only_For_What_An_Official_Page_States()
    {
        // Every figure was read on third-party pages (secondary at best), except the GB 31701 cord rule, which China Daily states.
        Catalog.Requirements.Where(r => r.Provenance.Confidence == Confidence.Confirmed).Select(r => r.Id).ShouldBe(["gb31701-2015.head-neck-cords.A"]);
        Catalog.Requirements.Where(r => r.Id != "gb31701-2015.head-neck-cords.A")
            .ShouldAllBe(r => r.Provenance.Confidence == Confidence.Secondary || r.Provenance.Confidence == Confidence.Unconfirmed);
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
        unconfirmed.ShouldAllBe(r => r.Provenance.Note != null && r.Provenance.Note.Zh.Length > 0 && r.Provenance.Note.En.Length > 0);
    }

    [Fact]
    public void Should_Explain_The_Caveats_In_The_Provenance_Notes()
    {
        TextilesFixture.Requirement("oekotex100.formaldehyde.I").Provenance.Note!.En.ShouldContain("n.d.");
        TextilesFixture.Requirement("oekotex100.extractable-ni.I").Provenance.Note!.En.ShouldContain("April 2013");
        TextilesFixture.Requirement("oekotex100.fastness-dry-rubbing.I").Provenance.Note!.En.ShouldContain("01/2004");
        TextilesFixture.Requirement("gb18401-2010.ph.B").Provenance.Note!.En.ShouldContain("GB 18401-2003");
        Catalog.Requirements.Where(r => r.IndicatorId == "banned-azo-amines" && r.StandardCode == "GB 18401-2010")
            .ShouldAllBe(r => r.Provenance.Note!.En.Contains("per amine or in total") && r.Provenance.Note.En.Contains("unconfirmed"));
        Catalog.Requirements.Where(r => r.Provenance.Note != null).ShouldAllBe(r => !HasLatinWords(r.Provenance.Note!.Zh));
        Catalog.Requirements.Where(r => r.Note != null).ShouldAllBe(r => !HasLatinWords(r.Note!.Zh) && r.Note.En.Length > 0);
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
        var graded = Catalog.Requirements.Where(r => r.StandardCode.StartsWith(standard, StringComparison.Ordinal) && r.Grade?.Label == label)
            .Where(r => !r.StandardCode.StartsWith("GB 31701", StringComparison.Ordinal)).ToList();

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
                case IndicatorKind.Quantitative when indicator.Components.Count > 0 && limit.Kind == LimitKind.Declared:
                    limit.Deviation.ShouldNotBeNull(requirement.Id);
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
            Catalog.Requirements.Where(r => r.IndicatorId == indicator.Id).ShouldAllBe(r => r.StandardCode.StartsWith("OEKO-TEX STANDARD 100:", StringComparison.Ordinal));
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

    /// <summary>Whether a zh-CN text carries an English phrase (three Latin words in a row), as a mixed-language string would.</summary>
    internal static bool HasLatinWords(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, @"[A-Za-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}");
}
