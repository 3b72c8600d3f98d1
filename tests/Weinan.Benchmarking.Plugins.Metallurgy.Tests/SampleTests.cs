using Weinan.Benchmarking.Sdk.Pipeline;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Plugins.Metallurgy.Tests;

public class SampleTests
{
    private const string OrganisationCharset = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Weinan's county-level divisions (GB/T 2260).</summary>
    private static readonly Dictionary<string, string> Divisions = new()
    {
        ["610502"] = "临渭区",
        ["610503"] = "华州区",
        ["610522"] = "潼关县",
        ["610523"] = "大荔县",
        ["610524"] = "合阳县",
        ["610525"] = "澄城县",
        ["610526"] = "蒲城县",
        ["610527"] = "白水县",
        ["610528"] = "富平县",
        ["610581"] = "韩城市",
        ["610582"] = "华阴市",
    };

    /// <summary>Theoretical mass per metre by nominal diameter, kg/m (GB 1499.2 table as read on the made-in-china page).</summary>
    private static readonly Dictionary<string, string> TheoreticalMass = new()
    {
        ["Φ6"] = "0.222",
        ["Φ8"] = "0.395",
        ["Φ10"] = "0.617",
        ["Φ12"] = "0.888",
        ["Φ14"] = "1.21",
        ["Φ16"] = "1.58",
        ["Φ18"] = "2.00",
        ["Φ20"] = "2.47",
        ["Φ22"] = "2.98",
        ["Φ25"] = "3.85",
        ["Φ28"] = "4.83",
        ["Φ32"] = "6.31",
        ["Φ36"] = "7.99",
        ["Φ40"] = "9.87",
        ["Φ50"] = "15.42",
    };

    public static TheoryData<string> Samples => new(MetallurgyFixture.SampleNames);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Read_And_Validate_Against_The_Catalog_Without_Issues(string name)
    {
        var read = MetallurgyFixture.ReadSample(name);

        read.Issues.ShouldBeEmpty();
        var submission = read.Value!;
        submission.SchemaVersion.ShouldBe(SchemaVersions.Submission);
        submission.Sector.ShouldBe("metallurgy");
        InputValidation.ValidateSubmission(submission, MetallurgyFixture.Catalog, name).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Name_A_Weinan_Enterprise_With_A_Valid_Credit_Code(string name)
    {
        var enterprise = MetallurgyFixture.Sample(name).Enterprise;
        var code = enterprise.CreditCode!;

        enterprise.Name.ShouldStartWith("渭南");
        enterprise.Name.ShouldEndWith("有限公司");
        enterprise.Cluster.ShouldBe("渭南冶金钢铁产业集群");
        CreditCode.IsValid(code).ShouldBeTrue(code);
        code[..2].ShouldBe("91");
        Divisions[code[2..8]].ShouldBe(enterprise.County);
        OrganisationCheck(code[8..16]).ShouldBe(code[16], code);
    }

    [Fact]
    public void Should_Compute_The_Organisation_Code_Check_Character() =>
        // D2143569: Σ = 13·3 + 2·7 + 1·9 + 4·10 + 3·5 + 5·8 + 6·4 + 9·2 = 199; 11 − (199 mod 11) = 10 → X.
        OrganisationCheck("D2143569").ShouldBe('X');

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Give_A_Rebar_Class_A_Diameter_And_The_Raw_Results_Of_A_Full_Test(string name)
    {
        var submission = MetallurgyFixture.Sample(name);
        var catalog = MetallurgyFixture.Catalog;
        var results = submission.Results.ToDictionary(r => r.IndicatorId);

        catalog.ProductClasses.Select(c => c.Id).ShouldContain(submission.Product.ProductClass!);
        catalog.Requirements.SelectMany(r => r.AppliesTo.Categories).ShouldContain(submission.Product.Category!);
        // The theoretical mass the report writes is the table's for the bar's nominal diameter.
        results["theoretical-mass"].Value.ShouldBe(TheoreticalMass[submission.Product.Category!]);
        foreach (var derived in MetallurgyFixture.Plugin.DerivedIndicators)
        {
            results.Keys.ShouldNotContain(derived.IndicatorId);
            derived.Inputs.ShouldAllBe(i => results.ContainsKey(i));
        }

        results.Values.Where(r => r.IndicatorId is "yield-strength" or "tensile-strength")
            .ShouldAllBe(r => r.TestMethod == "GB/T 28900-2022" && r.Uncertainty != null && r.CoverageFactor == "2" && r.Reference != null);
        results.Values.ShouldAllBe(r => r.Evidence >= EvidenceGrade.SelfTested);
    }

    [Fact]
    public void Should_Carry_An_Enterprise_Standard_Stricter_Than_GB_In_The_Fuping_Sample()
    {
        var standard = MetallurgyFixture.Sample("hrb400e-d20").EnterpriseStandard!;
        var limits = standard.Limits.ToDictionary(l => l.IndicatorId, l => l.Limit);

        standard.Code.ShouldBe("Q/WNJS 0001-2025");
        MetallurgyFixture.Number(limits["yield-strength"].Min!).ShouldBeGreaterThan(MetallurgyFixture.Number(MetallurgyFixture.Requirement("gb1499.2-2024.yield-strength.HRB400E").Limit.Min!));
        MetallurgyFixture.Number(limits["agt"].Min!).ShouldBeGreaterThan(MetallurgyFixture.Number(MetallurgyFixture.Requirement("gb1499.2-2024.agt.HRB400E").Limit.Min!));
        MetallurgyFixture.Number(limits["mass-deviation"].Tolerance!).ShouldBeLessThan(MetallurgyFixture.Number(MetallurgyFixture.Requirement("gb1499.2-2024.mass-deviation.d14-20").Limit.Tolerance!));
    }

    [Fact]
    public void Should_Warn_Through_The_Pipeline_When_The_Bar_Diameter_Is_Misspelt()
    {
        // Given: the Φ16 bar with its category written "phi16", which no requirement names
        var sample = MetallurgyFixture.Sample("hrb400e-d16");
        var misspelt = sample with { Product = sample.Product with { Category = "phi16" } };
        var sector = new SectorCatalog("metallurgy", MetallurgyFixture.Catalog, MetallurgyFixture.Plugin.DerivedIndicators);

        // When: the step wbench assess runs
        var step = AssessmentPipeline.Assess(misspelt, sector, new AssessmentOptions { AssessmentDate = MetallurgyFixture.AssessmentDate }, "hrb400e-d16.json");

        // Then: assessed, with a warning naming the field, the value and the diameters the catalog knows
        step.Assessed.ShouldBeTrue();
        var warning = step.Issues.ShouldHaveSingleItem();
        warning.Code.ShouldBe(IssueCodes.ProductCategoryUnknown);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Path.ShouldBe("product.category");
        warning.Message.En.ShouldContain("\"phi16\"");
        warning.Message.En.ShouldContain("Φ16, Φ18");
        warning.Message.Zh.ShouldContain("Φ16、Φ18");
        AssessmentPipeline.Assess(sample, sector, new AssessmentOptions { AssessmentDate = MetallurgyFixture.AssessmentDate }).Issues.ShouldBeEmpty();
    }

    private static char OrganisationCheck(string body)
    {
        var sum = body.Select((c, i) => OrganisationCharset.IndexOf(c, StringComparison.Ordinal) * OrganisationWeights[i]).Sum();
        var check = 11 - (sum % 11);
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }
}
