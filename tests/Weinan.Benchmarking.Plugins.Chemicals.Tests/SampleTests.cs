using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Plugins.Chemicals.Tests;

public class SampleTests
{
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>GB/T 2260 codes of Weinan's districts, counties and county-level cities.</summary>
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

    public static TheoryData<string> Samples => new(ChemicalsFixture.SampleNames);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Read_And_Validate_Against_The_Catalog_Without_Issues(string name)
    {
        var read = ChemicalsFixture.ReadSample(name);

        read.Issues.ShouldBeEmpty();
        var submission = read.Value.ShouldNotBeNull();
        submission.SchemaVersion.ShouldBe(SchemaVersions.Submission);
        submission.Sector.ShouldBe("chemicals");
        InputValidation.ValidateSubmission(submission, ChemicalsFixture.Catalog, name).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Name_A_Weinan_Enterprise_With_A_Valid_Credit_Code(string name)
    {
        var enterprise = ChemicalsFixture.Sample(name).Enterprise;

        enterprise.Name.ShouldStartWith("渭南");
        enterprise.Name.ShouldEndWith("有限公司");
        enterprise.Cluster.ShouldBe("渭南煤化工产业集群");
        var code = enterprise.CreditCode.ShouldNotBeNull();
        code.Length.ShouldBe(18);
        code[..2].ShouldBe("91");
        Divisions[code[2..8]].ShouldBe(enterprise.County);
        OrganisationCheck(code[8..16]).ShouldBe(code[16]);
        CreditCode.ExpectedCheckCharacter(code).ShouldBe(code[17]);
        CreditCode.IsValid(code).ShouldBeTrue();
    }

    [Fact]
    public void Should_Compute_The_Organisation_Code_Check_Of_The_Published_Example() =>
        // GB 11714's own example: D2143569 → check character X.
        OrganisationCheck("D2143569").ShouldBe('X');

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Report_What_A_Laboratory_Reports(string name)
    {
        var submission = ChemicalsFixture.Sample(name);

        submission.Product.DeclaredStandards.ShouldBe(["GB/T 338-2011"]);
        ChemicalsFixture.Catalog.ProductClasses.Select(c => c.Id).ShouldContain(submission.Product.ProductClass!);
        ChemicalsFixture.Catalog.Requirements.ShouldContain(r => r.AppliesTo.Categories.Contains(submission.Product.Category!));
        submission.Results.ShouldAllBe(r => !string.IsNullOrWhiteSpace(r.Reference));
        submission.Results.Where(r => ChemicalsFixture.Indicator(r.IndicatorId).Category == IndicatorCategory.Performance)
            .ShouldAllBe(r => !string.IsNullOrWhiteSpace(r.TestMethod) && r.Evidence >= EvidenceGrade.SelfTested);
        submission.Results.Select(r => $"{r.IndicatorId}/{r.TestMethod}").ShouldBeUnique();
        submission.Results.ShouldNotContain(r => r.IndicatorId == "acidity-acetic");
        submission.Results.ShouldContain(r => r.IndicatorId == "energy-consumption" || r.IndicatorId == "energy-total");
    }

    private static char OrganisationCheck(string body)
    {
        var sum = body.Select((c, i) => (char.IsDigit(c) ? c - '0' : c - 'A' + 10) * OrganisationWeights[i]).Sum();
        var check = 11 - (sum % 11);
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }
}
