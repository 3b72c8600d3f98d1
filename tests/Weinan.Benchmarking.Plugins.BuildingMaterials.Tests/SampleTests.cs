using Weinan.Benchmarking.Sdk.Validation;
using static Weinan.Benchmarking.Plugins.BuildingMaterials.Tests.BuildingMaterialsFixture;

namespace Weinan.Benchmarking.Plugins.BuildingMaterials.Tests;

/// <summary>The shipped samples are valid submissions of real-looking Weinan cement plants.</summary>
public class SampleTests
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private static readonly Dictionary<string, string> Counties = new()
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

    public static TheoryData<string> Samples => new(SampleNames);

    [Fact]
    public void Should_Ship_Exactly_The_Samples_The_Tests_Pin()
    {
        Directory.GetFiles(Path.GetDirectoryName(SamplePath(SampleNames[0]))!, "*.json").Select(Path.GetFileNameWithoutExtension)
            .ShouldBe(SampleNames, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Read_And_Validate_Against_The_Catalog_Without_Issues(string name)
    {
        var read = ReadSample(name);

        read.Issues.ShouldBeEmpty();
        var submission = read.Value!;
        submission.SchemaVersion.ShouldBe(SchemaVersions.Submission);
        submission.Sector.ShouldBe("building-materials");
        InputValidation.ValidateSubmission(submission, CementCatalog, name).ShouldBeEmpty();
        submission.Results.Select(r => $"{r.IndicatorId}/{r.TestMethod}").ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Name_A_Weinan_Enterprise_With_A_Valid_Credit_Code(string name)
    {
        var enterprise = Sample(name).Enterprise;

        enterprise.Name.ShouldStartWith("渭南");
        enterprise.Name.ShouldEndWith("有限公司");
        enterprise.Cluster.ShouldBe("渭南建材产业集群");
        var code = enterprise.CreditCode!;
        CreditCode.IsValid(code).ShouldBeTrue(code);
        Counties[code[2..8]].ShouldBe(enterprise.County);
        enterprise.Name.ShouldContain(enterprise.County![..2]);

        // Positions 9–17: an organisation code with its GB 11714 check character; position 18: the GB 32100 one.
        OrganisationCheck(code[8..16]).ShouldBe(code[16]);
        Charset[(31 - (code[..17].Select((c, i) => Charset.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum() % 31)) % 31].ShouldBe(code[17]);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Report_What_A_Cement_Laboratory_Reports(string name)
    {
        var submission = Sample(name);

        foreach (var result in submission.Results.Where(r => Indicator(r.IndicatorId).Kind == IndicatorKind.Quantitative))
        {
            Number(result.Value).ShouldBeGreaterThan(0m, result.IndicatorId);
            result.Unit.ShouldBe(Indicator(result.IndicatorId).Unit, result.IndicatorId);
            result.Reference.ShouldNotBeNullOrWhiteSpace(result.IndicatorId);
        }

        // Laboratory results name their method and carry an accredited laboratory's report; energy statistics are the plant's own.
        submission.Results.Where(r => !r.IndicatorId.StartsWith("clinker-", StringComparison.Ordinal))
            .ShouldAllBe(r => r.TestMethod != null && r.Evidence == EvidenceGrade.AccreditedLab);
        submission.Results.Where(r => r.IndicatorId.StartsWith("clinker-", StringComparison.Ordinal))
            .ShouldAllBe(r => r.Evidence == EvidenceGrade.SelfTested);
        submission.Results.Where(r => r.IndicatorId is "compressive-strength-28d" or "so3" or "loss-on-ignition" or "chloride" or "chromium-vi")
            .ShouldAllBe(r => r.Uncertainty != null && r.CoverageFactor == "2");
        submission.Results.ShouldContain(r => r.IndicatorId == "final-setting-time" && r.Unit == "min");
        submission.Results.ShouldContain(r => r.IndicatorId == "chloride");
    }

    [Fact]
    public void Should_Test_The_Export_Benchmark_By_Both_Method_Families()
    {
        var methods = Sample("bagged-po-42-5").Results.GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => g.Select(r => r.TestMethod).ToList());

        methods["compressive-strength-28d"].ShouldBe(["GB/T 17671-2021", "EN 196-1:2016"]);
        methods["initial-setting-time"].ShouldBe(["GB/T 1346-2011", "EN 196-3"]);
        methods["chloride"].ShouldBe(["GB/T 176-2008", "EN 196-2"]);
        Sample("bulk-po-42-5r").Results.ShouldAllBe(r => r.TestMethod == null || !r.TestMethod.StartsWith("EN", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Declare_An_Enterprise_Standard_Stricter_Than_GB_175_In_The_52_5_Sample()
    {
        var standard = Sample("bagged-po-52-5").EnterpriseStandard!;
        var limits = standard.Limits.ToDictionary(l => l.IndicatorId);

        standard.Code.ShouldBe("Q/PCLY 0001-2025");
        Number(limits["compressive-strength-28d"].Limit.Min!).ShouldBeGreaterThan(Number(Requirement("gb175-2023.compressive-strength-28d.po-52.5").Limit.Min!));
        Number(limits["loss-on-ignition"].Limit.Max!).ShouldBeLessThan(Number(Requirement("gb175-2007.loss-on-ignition").Limit.Max!));
        (limits["final-setting-time"].Limit.Max, limits["final-setting-time"].Unit).ShouldBe(("390", "min"));
        limits["chloride"].Limit.Max.ShouldBe("0.040");
    }

    private static char OrganisationCheck(string first8)
    {
        var sum = first8.Select((c, i) => (char.IsDigit(c) ? c - '0' : c - 'A' + 10) * OrganisationWeights[i]).Sum();
        var check = 11 - (sum % 11);
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }
}
