using Weinan.Benchmarking.Sdk.Catalogs;
using Weinan.Benchmarking.Sdk.Numbers;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Plugins.Metallurgy.Tests;

public class CatalogTests
{
    private const string Gb2024 = "GB 1499.2-2024";
    private const string Gb2018 = "GB/T 1499.2-2018";

    private static readonly string[] Classes = ["HRB400", "HRB400E", "HRB500", "HRB500E"];

    private static readonly int[] Diameters = [6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 32, 36, 40, 50];

    private static Catalog Catalog => MetallurgyFixture.Catalog;

    [Fact]
    public void Should_Deserialize_And_Validate_Without_Issues()
    {
        MetallurgyFixture.CatalogResult.Issues.ShouldBeEmpty();
        MetallurgyFixture.CatalogResult.Success.ShouldBeTrue();

        InputValidation.ValidateCatalog(Catalog, "catalog.json").ShouldBeEmpty();
    }

    [Fact]
    public void Should_Carry_The_Catalog_Header_And_Leave_Its_Identity_To_It()
    {
        Catalog.SchemaVersion.ShouldBe(SchemaVersions.Catalog);
        Catalog.Id.ShouldBe("metallurgy");
        Catalog.Version.ShouldBe("1.0.0");
        Catalog.Sectors.ShouldBe(["metallurgy"]);
        Catalog.Name.Zh.ShouldBe("冶金钢铁");
        Catalog.Ladder.ShouldBeNull();

        var plugin = MetallurgyFixture.Plugin;
        plugin.Descriptor.Id.ShouldBeEmpty();
        plugin.Descriptor.ContractVersion.ShouldBe(PluginContract.Version);
        typeof(MetallurgyPlugin).BaseType.ShouldBe(typeof(EmbeddedSectorPlugin));
        plugin.ReportPartials.Keys.ShouldBe(["rebar-grades.sbn-html", "rebar-grades.sbn-md"], ignoreOrder: true);
    }

    [Fact]
    public void Should_Give_Every_Requirement_Its_Provenance()
    {
        foreach (var requirement in Catalog.Requirements)
        {
            requirement.Provenance.ShouldNotBeNull(requirement.Id);
            requirement.Provenance.Source.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            requirement.Provenance.Source.Split(" ; ").ShouldAllBe(url => url.StartsWith("http"), requirement.Id);
            requirement.Clause.ShouldNotBeNull(requirement.Id);
            requirement.Clause.Zh.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            requirement.Clause.En.ShouldNotBeNullOrWhiteSpace(requirement.Id);
            if (requirement.Provenance.Confidence != Confidence.Confirmed)
            {
                // Anything short of confirmed says why, in both languages.
                requirement.Provenance.Note.ShouldNotBeNull(requirement.Id);
                requirement.Provenance.Note.Zh.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", requirement.Id);
                requirement.Provenance.Note.En.ShouldMatch(@"[A-Za-z]{4}", requirement.Id);
            }
        }
    }

    [Fact]
    public void Should_Keep_The_Confidence_Mix_The_README_States()
    {
        var mix = Catalog.Requirements.GroupBy(r => r.Provenance.Confidence).ToDictionary(g => g.Key, g => g.Count());

        Catalog.Requirements.Count.ShouldBe(95);
        mix.ShouldBe(new Dictionary<Confidence, int>
        {
            [Confidence.Confirmed] = 6,
            [Confidence.Secondary] = 53,
            [Confidence.Derived] = 13,
            [Confidence.Unconfirmed] = 23,
        }, ignoreOrder: true);

        // Confirmed means read in the standard's own text: only the BS 4449 scan (clause 7.2.3, Table 4).
        Catalog.Requirements.Where(r => r.Provenance.Confidence == Confidence.Confirmed)
            .ShouldAllBe(r => r.StandardCode == "BS 4449:2005+A3:2016" && r.Clause!.En == "7.2.3, Table 4" && r.Clause.Zh == "7.2.3，表4");
    }

    [Fact]
    public void Should_Mark_The_2024_Figures_That_Were_Not_Read_As_Unconfirmed_Carried_Over_From_2018()
    {
        var unconfirmed = Catalog.Requirements.Where(r => r.Provenance.Confidence == Confidence.Unconfirmed).ToList();

        unconfirmed.ShouldAllBe(r => r.StandardCode == Gb2024);
        unconfirmed.Select(r => r.IndicatorId).Distinct()
            .ShouldBe(["elongation", "agt", "tensile-yield-ratio", "overstrength-400", "overstrength-500", "carbon", "silicon", "manganese"], ignoreOrder: true);
        foreach (var requirement in unconfirmed)
        {
            requirement.Provenance.Note!.En.ShouldContain("carried over");
            var old = Catalog.Requirements.Single(r => r.Id == requirement.Id.Replace("gb1499.2-2024.", "gbt1499.2-2018.", StringComparison.Ordinal));
            old.StandardCode.ShouldBe(Gb2018);
            (old.Limit.Kind, old.Limit.Min, old.Limit.Max).ShouldBe((requirement.Limit.Kind, requirement.Limit.Min, requirement.Limit.Max), requirement.Id);
            old.AppliesTo.Categories.ShouldBe(requirement.AppliesTo.Categories, requirement.Id);
        }

        // What the 2024 edition changed is not carried over: its mass tolerances are its own, and nitrogen is left to 2018.
        Catalog.Requirements.Where(r => r.StandardCode == Gb2024 && r.IndicatorId == "mass-deviation").ShouldAllBe(r => r.Provenance.Confidence == Confidence.Secondary);
        Catalog.Requirements.ShouldNotContain(r => r.StandardCode == Gb2024 && r.IndicatorId == "nitrogen");
    }

    [Fact]
    public void Should_Chain_GB_T_1499_2_2018_To_Its_Mandatory_Successor()
    {
        var current = Catalog.Standards.Single(s => s.Code == Gb2024);
        var old = Catalog.Standards.Single(s => s.Code == Gb2018);
        var standards = Catalog.Standards.ToDictionary(s => s.Code);

        (current.Tier, current.Force, current.Effective).ShouldBe((StandardTier.National, StandardForce.Mandatory, new DateOnly(2024, 9, 25)));
        current.Supersedes.ShouldBe([Gb2018]);
        (old.Force, old.Effective, old.Withdrawn, old.SupersededBy).ShouldBe((StandardForce.Recommended, new DateOnly(2018, 11, 1), current.Effective, Gb2024));
        old.Adoption!.Degree.ShouldBe(AdoptionDegree.NEQ);
        StandardEditions.StatusOn(old, new DateOnly(2024, 9, 24)).ShouldBe(EditionStatus.InForce);
        StandardEditions.StatusOn(current, new DateOnly(2024, 9, 24)).ShouldBe(EditionStatus.NotYetEffective);
        StandardEditions.CurrentEdition(old, standards, MetallurgyFixture.AssessmentDate)!.Code.ShouldBe(Gb2024);
        Catalog.Standards.Where(s => s.Code.StartsWith("ASTM", StringComparison.Ordinal) || s.Code.StartsWith("BS", StringComparison.Ordinal))
            .ShouldAllBe(s => s.Tier == StandardTier.ForeignAdvanced && s.Force == StandardForce.Recommended);
    }

    [Theory]
    [InlineData("gb1499.2-2024.yield-strength.HRB400", "400", null)]
    [InlineData("gb1499.2-2024.tensile-strength.HRB500", "630", null)]
    [InlineData("gbt1499.2-2018.elongation.HRB400.d6-25", "16", null)]
    [InlineData("gbt1499.2-2018.elongation.HRB500E.d28-40", "14", null)]
    [InlineData("gbt1499.2-2018.elongation.HRB400.d50", "14", null)]
    [InlineData("gb1499.2-2024.agt.HRB400", "7.5", null)]
    [InlineData("gb1499.2-2024.agt.HRB400E", "9.0", null)]
    [InlineData("gb1499.2-2024.tensile-yield-ratio.HRB400E", "1.25", null)]
    [InlineData("gb1499.2-2024.overstrength-400.HRB400E", null, "1.30")]
    [InlineData("gb1499.2-2024.overstrength-500.HRB500E", null, "1.30")]
    [InlineData("gb1499.2-2024.carbon-equivalent.HRB400E", null, "0.54")]
    [InlineData("gb1499.2-2024.carbon-equivalent.HRB500", null, "0.55")]
    [InlineData("gb1499.2-2024.silicon", null, "0.80")]
    [InlineData("gb1499.2-2024.phosphorus", null, "0.045")]
    [InlineData("gbt1499.2-2018.nitrogen", null, "0.012")]
    [InlineData("astm-a615-20.yield-strength.gr60", "420", null)]
    [InlineData("astm-a615-20.tensile-strength.gr60", "620", null)]
    [InlineData("astm-a615-20.phosphorus.gr60", null, "0.06")]
    [InlineData("astm-a706.yield-strength.gr60", "60", "78")]
    [InlineData("astm-a706.tensile-strength.gr60", "80", null)]
    [InlineData("bs4449-2016.tensile-yield-ratio.B500C", "1.15", "1.35")]
    [InlineData("bs4449-2016.agt.B500B", "5.0", null)]
    [InlineData("bs4449-2016.agt.B500C", "7.5", null)]
    public void Should_Hold_The_Figure_As_Written(string id, string? min, string? max)
    {
        var limit = MetallurgyFixture.Requirement(id).Limit;

        limit.Min.ShouldBe(min);
        limit.Max.ShouldBe(max);
    }

    [Theory]
    [InlineData(Gb2018, "d6-12", "6.0")]
    [InlineData(Gb2018, "d14-20", "5.0")]
    [InlineData(Gb2018, "d22-50", "4.0")]
    [InlineData(Gb2024, "d6-12", "5.5")]
    [InlineData(Gb2024, "d14-20", "4.5")]
    [InlineData(Gb2024, "d22-50", "3.5")]
    public void Should_Tighten_The_Mass_Tolerance_In_2024_Band_By_Band(string standard, string band, string tolerance)
    {
        var requirement = Catalog.Requirements.Single(r => r.StandardCode == standard && r.Id.EndsWith(".mass-deviation." + band, StringComparison.Ordinal));

        (requirement.Limit.Kind, requirement.Limit.Nominal, requirement.Limit.Tolerance).ShouldBe((LimitKind.Tolerance, "0", tolerance));
        requirement.AppliesTo.ProductClasses.ShouldBe(Classes, ignoreOrder: true);
        requirement.Grade.ShouldBeNull();
        requirement.TestMethods.ShouldBe(["GB/T 28900"]);
    }

    [Fact]
    public void Should_Band_Every_Diameter_Once_Per_Standard_For_Mass_And_Elongation()
    {
        string[] categories = [.. Diameters.Select(d => $"Φ{d}")];
        foreach (var group in Catalog.Requirements.Where(r => r.IndicatorId is "mass-deviation" or "elongation")
                     .GroupBy(r => (r.StandardCode, r.IndicatorId, Class: string.Join(",", r.AppliesTo.ProductClasses))))
        {
            var covered = group.SelectMany(r => r.AppliesTo.Categories).ToList();
            covered.ShouldBeUnique(group.Key.ToString());
            if (group.Key.StandardCode.StartsWith("GB", StringComparison.Ordinal) || group.Key.IndicatorId == "mass-deviation")
            {
                covered.ShouldBe(categories, ignoreOrder: true, customMessage: group.Key.ToString());
            }
        }

        // BS 4449 bands by size: ≤ 8 mm ±6.0 %, ≥ 10 mm ±4.5 % (RB-03: GB's 6–12 mm band does not align with it).
        MetallurgyFixture.Requirement("bs4449-2016.mass-deviation.d6-8").AppliesTo.Categories.ShouldBe(["Φ6", "Φ8"]);
        MetallurgyFixture.Requirement("bs4449-2016.mass-deviation.d10-50").Limit.Tolerance.ShouldBe("4.5");
    }

    [Fact]
    public void Should_Make_The_E_Grade_A_Higher_Grade_Of_Its_Strength_Class_Only()
    {
        var classes = Catalog.ProductClasses.ToDictionary(c => c.Id);

        classes.Keys.ShouldBe(Classes, ignoreOrder: true);
        (classes["HRB400"].Family, classes["HRB400E"].Family).ShouldBe(("strength-400", "strength-400"));
        (classes["HRB500"].Family, classes["HRB500E"].Family).ShouldBe(("strength-500", "strength-500"));
        foreach (var requirement in Catalog.Requirements.Where(r => r.StandardCode.Contains("1499.2", StringComparison.Ordinal) && r.Grade is not null))
        {
            requirement.AppliesTo.ProductClasses.ShouldBe([requirement.Grade!.Label], requirement.Id);
            requirement.Grade.Rank.ShouldBe(requirement.Grade.Label.EndsWith('E') ? 2 : 1, requirement.Id);
        }

        // 国内领先 means something for a base grade: its E grade asks more Agt (9.0 against 7.5).
        var agt400 = Number(MetallurgyFixture.Requirement("gb1499.2-2024.agt.HRB400").Limit.Min!);
        var agt400E = Number(MetallurgyFixture.Requirement("gb1499.2-2024.agt.HRB400E").Limit.Min!);
        agt400E.ShouldBeGreaterThan(agt400);
    }

    [Fact]
    public void Should_Pair_Foreign_Grades_Explicitly_By_Product_Class()
    {
        Catalog.Requirements.Where(r => r.StandardCode == "ASTM A615/A615M-20")
            .ShouldAllBe(r => r.AppliesTo.ProductClasses.SequenceEqual(new[] { "HRB400", "HRB400E" }) && r.Grade!.Label == "60 [420]");
        Catalog.Requirements.Where(r => r.StandardCode == "ASTM A706/A706M")
            .ShouldAllBe(r => r.AppliesTo.ProductClasses.SequenceEqual(new[] { "HRB400E" }));
        Catalog.Requirements.Where(r => r.StandardCode.StartsWith("BS 4449", StringComparison.Ordinal) && r.Grade != null)
            .ShouldAllBe(r => (r.Grade!.Label == "B500B" && r.AppliesTo.ProductClasses.SequenceEqual(new[] { "HRB500" })) ||
                              (r.Grade!.Label == "B500C" && r.AppliesTo.ProductClasses.SequenceEqual(new[] { "HRB500E" })));
        Catalog.Requirements.Where(r => r.Provenance.Confidence != Confidence.Confirmed && !r.StandardCode.Contains("1499.2", StringComparison.Ordinal))
            .ShouldAllBe(r => r.Provenance.Note!.En.Contains("this catalog's choice"));
        Catalog.Requirements.Where(r => r.StandardCode.StartsWith("BS 4449", StringComparison.Ordinal) && r.Provenance.Confidence == Confidence.Confirmed)
            .ShouldAllBe(r => r.Provenance.Note!.En.Contains("Characteristic values") && r.Provenance.Note.En.Contains("this catalog's choice"));
    }

    [Fact]
    public void Should_Exempt_Each_Class_From_The_Ratios_That_Are_Not_Its_Own()
    {
        var exempt = Catalog.ProductClasses.ToDictionary(c => c.Id, c => c.Exemptions.Select(e => e.IndicatorId).ToList());

        exempt["HRB400"].ShouldBe(["tensile-yield-ratio", "overstrength-400", "overstrength-500"], ignoreOrder: true);
        exempt["HRB400E"].ShouldBe(["overstrength-500"]);
        // HRB500 keeps Rm°/ReL°: BS 4449 B500B limits it.
        exempt["HRB500"].ShouldBe(["overstrength-400", "overstrength-500"], ignoreOrder: true);
        exempt["HRB500E"].ShouldBe(["overstrength-400"]);
        Catalog.ProductClasses.SelectMany(c => c.Exemptions).ShouldAllBe(e => e.Reason.Zh.Length > 0 && e.Reason.En.Length > 0);
        foreach (var requirement in Catalog.Requirements)
        {
            requirement.AppliesTo.ProductClasses.ShouldAllBe(c => !exempt[c].Contains(requirement.IndicatorId), requirement.Id);
        }
    }

    [Fact]
    public void Should_Declare_Ksi_And_Convert_It_Exactly_From_The_Definitions_Of_Pound_Force_And_Inch()
    {
        Catalog.Units.Single().Symbol.ShouldBe("ksi");
        var conversion = Catalog.Conversions.Single();
        (conversion.FromUnit, conversion.ToUnit, conversion.Factor).ShouldBe(("ksi", "MPa", "4448.2216152605/645.16"));

        new UnitConverter(Catalog.Conversions).TryGetFactor("ksi", null, "MPa", null, "tensile-strength", out var factor, out _).ShouldBeTrue();
        decimal.Round(factor, 6).ShouldBe(6.894757m);
        Catalog.Requirements.Where(r => r.Unit == "ksi").Select(r => r.Id)
            .ShouldBe(["astm-a706.yield-strength.gr60", "astm-a706.tensile-strength.gr60"], ignoreOrder: true);
    }

    [Fact]
    public void Should_Name_The_Test_Methods_Where_GB_1499_2_Fixes_Them_And_Leave_Foreign_Limits_Open()
    {
        foreach (var requirement in Catalog.Requirements.Where(r => r.StandardCode.Contains("1499.2", StringComparison.Ordinal)))
        {
            string[] expected = requirement.IndicatorId switch
            {
                "carbon" or "silicon" or "manganese" or "phosphorus" or "sulfur" => ["GB/T 4336", "GB/T 223"],
                "carbon-equivalent" or "nitrogen" => [],
                _ => ["GB/T 28900"],
            };
            requirement.TestMethods.ShouldBe(expected, requirement.Id);
        }

        Catalog.Requirements.Where(r => !r.StandardCode.Contains("1499.2", StringComparison.Ordinal)).ShouldAllBe(r => r.TestMethods.Count == 0);
        Catalog.TestMethods.Select(m => m.Code).ShouldBe(["GB/T 28900-2022", "GB/T 4336", "GB/T 223", "GB/T 228.1-2021", "ASTM A370"], ignoreOrder: true);
        Catalog.TestMethods.ShouldAllBe(m => m.Equivalent.Count == 0);
    }

    [Fact]
    public void Should_State_No_Judgement_Method_Or_Rounding_Interval_Without_A_Source()
    {
        // YB/T 081 per-property intervals and GB 1499.2's judgement method were not read: the assessment default applies.
        Catalog.Requirements.ShouldAllBe(r => r.Method == null && r.RoundingInterval == null);
    }

    [Fact]
    public void Should_Write_Limits_That_Fit_Their_Indicators()
    {
        foreach (var requirement in Catalog.Requirements)
        {
            var indicator = MetallurgyFixture.Indicator(requirement.IndicatorId);
            var limit = requirement.Limit;
            indicator.Kind.ShouldBe(IndicatorKind.Quantitative);
            LimitKind[] expected = indicator.Direction switch
            {
                Direction.HigherIsBetter => [LimitKind.Lower, LimitKind.Range],
                Direction.LowerIsBetter => [LimitKind.Upper],
                _ => [LimitKind.Tolerance],
            };
            expected.ShouldContain(limit.Kind, requirement.Id);
            foreach (var bound in new[] { limit.Min, limit.Max, limit.Nominal, limit.Tolerance }.OfType<string>())
            {
                WrittenNumber.TryParse(bound, out _).ShouldBeTrue($"{requirement.Id}: {bound}");
            }

            if (requirement.Unit != indicator.Unit)
            {
                (requirement.Unit, indicator.Unit).ShouldBe(("ksi", "MPa"), requirement.Id);
            }
        }
    }

    [Fact]
    public void Should_Describe_The_Indicators_And_Their_Inputs()
    {
        string[] key = ["yield-strength", "tensile-strength", "agt", "tensile-yield-ratio", "overstrength-400", "overstrength-500", "mass-deviation"];
        string[] inputsOnly = ["chromium", "vanadium", "molybdenum", "copper", "nickel", "mass-per-metre", "theoretical-mass"];

        Catalog.Indicators.Count.ShouldBe(22);
        Catalog.Indicators.Where(i => i.Key).Select(i => i.Id).ShouldBe(key, ignoreOrder: true);
        Catalog.Indicators.ShouldAllBe(i => i.Name.Zh.Length > 0 && i.Name.En.Length > 0);
        foreach (var id in inputsOnly)
        {
            Catalog.Requirements.ShouldNotContain(r => r.IndicatorId == id, id);
            Catalog.Indicators.ShouldContain(i => i.DerivedFrom.Contains(id), id);
        }

        // Every indicator not an input is judged: 15 indicators carry requirements.
        Catalog.Requirements.Select(r => r.IndicatorId).Distinct().Count().ShouldBe(15);
        foreach (var derived in MetallurgyFixture.Plugin.DerivedIndicators)
        {
            MetallurgyFixture.Indicator(derived.IndicatorId).DerivedFrom.ShouldBe(derived.Inputs, derived.IndicatorId);
        }

        MetallurgyFixture.Indicator("mass-deviation").AllowNegative.ShouldBeTrue();
        MetallurgyFixture.Indicator("tensile-yield-ratio").Basis.ShouldBe("Rm/ReL");
    }

    private static decimal Number(string text) => MetallurgyFixture.Number(text);
}
