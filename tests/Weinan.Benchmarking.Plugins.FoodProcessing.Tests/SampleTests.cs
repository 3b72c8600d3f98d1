using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Plugins.FoodProcessing.Tests;

public class SampleTests
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

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

    public static TheoryData<string> Samples => new(FoodFixture.SampleNames);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Read_And_Validate_As_A_Food_Submission(string name)
    {
        var read = FoodFixture.ReadSample(name);

        read.Issues.ShouldBeEmpty();
        read.Value!.SchemaVersion.ShouldBe(SchemaVersions.Submission);
        read.Value.Sector.ShouldBe("food");
        InputValidation.ValidateSubmission(read.Value, FoodFixture.Catalog, name).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Name_A_Weinan_Enterprise_With_A_Valid_Credit_Code(string name)
    {
        var enterprise = FoodFixture.Sample(name).Enterprise;
        var code = enterprise.CreditCode!;

        enterprise.Name.ShouldStartWith("渭南");
        enterprise.Cluster.ShouldNotBeNullOrWhiteSpace();
        code.Length.ShouldBe(18);
        Divisions[code[2..8]].ShouldBe(enterprise.County);
        OrganisationCheck(code[8..16]).ShouldBe(code[16]);
        CheckCharacter(code[..17]).ShouldBe(code[17]);
        CreditCode.IsValid(code).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Report_What_A_Laboratory_Reports(string name)
    {
        var results = FoodFixture.Sample(name).Results;

        results.ShouldAllBe(r => r.Evidence != EvidenceGrade.Declared && !string.IsNullOrWhiteSpace(r.Reference));
        results.ShouldContain(r => r.Evidence == EvidenceGrade.AccreditedLab && r.Uncertainty != null && r.CoverageFactor == "2");
        results.Where(r => r.BelowDetectionLimit).ShouldAllBe(r => r.Value == "<" + r.DetectionLimit);
    }

    [Fact]
    public void Should_Compute_The_Check_Characters_Of_Published_Examples()
    {
        CheckCharacter("91512081MA62K0260").ShouldBe('E');
        OrganisationCheck("D2143569").ShouldBe('X');
    }

    private static char CheckCharacter(string first17)
    {
        first17.ShouldAllBe(c => Charset.Contains(c));
        var sum = first17.Select((c, i) => Charset.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        return Charset[(31 - (sum % 31)) % 31];
    }

    /// <summary>GB 11714 check character: weights 3, 7, 9, 10, 5, 8, 4, 2; C9 = 11 − Σ mod 11; 10 → X, 11 → 0.</summary>
    private static char OrganisationCheck(string body)
    {
        int[] w = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (char.IsDigit(c) ? c - '0' : c - 'A' + 10) * w[i]).Sum();
        var c9 = 11 - (sum % 11);
        return c9 == 10 ? 'X' : c9 == 11 ? '0' : (char)('0' + c9);
    }
}
