namespace Weinan.Benchmarking.Plugins.Textiles.Tests;

public class SampleTests
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static TheoryData<string> Samples => new(TextilesFixture.SampleNames);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Deserialize_As_A_Textiles_Submission(string name)
    {
        var result = TextilesFixture.ReadSample(name);

        result.Issues.ShouldBeEmpty();
        result.Value.ShouldNotBeNull();
        result.Value.SchemaVersion.ShouldBe(SchemaVersions.Submission);
        result.Value.Sector.ShouldBe("textiles");
        result.Value.Results.ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Reference_Only_Catalog_Indicators_And_Classes(string name)
    {
        var submission = TextilesFixture.Sample(name);
        var catalog = TextilesFixture.Catalog;
        var indicators = catalog.Indicators.Select(i => i.Id).ToHashSet();

        catalog.ProductClasses.Select(c => c.Id).ShouldContain(submission.Product.ProductClass!);
        submission.Results.ShouldAllBe(r => indicators.Contains(r.IndicatorId));
        submission.Results.Select(r => $"{r.IndicatorId}/{r.Component}/{r.TestMethod}").ShouldBeUnique();
        (submission.Product.DeclaredValues ?? []).ShouldAllBe(d => indicators.Contains(d.IndicatorId));
        (submission.EnterpriseStandard?.Limits ?? []).ShouldAllBe(l => indicators.Contains(l.IndicatorId));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Write_Values_The_Indicators_Accept(string name)
    {
        foreach (var result in TextilesFixture.Sample(name).Results)
        {
            var indicator = TextilesFixture.Indicator(result.IndicatorId);
            switch (indicator.Kind)
            {
                case IndicatorKind.Ordinal:
                    indicator.Scale.ShouldContain(result.Value, result.IndicatorId);
                    break;
                case IndicatorKind.Categorical:
                    result.Value.ShouldNotBeNullOrWhiteSpace(result.IndicatorId);
                    break;
                default:
                    (result.Unit ?? indicator.Unit).ShouldBe(indicator.Unit, result.IndicatorId);
                    if (result.BelowDetectionLimit)
                    {
                        result.Value.ShouldBe("<" + result.DetectionLimit);
                    }
                    else if (result.Value == "ND")
                    {
                        // Not detected: the method's detection limit applies (GB/T 2912.1: 20 mg/kg).
                        TextilesFixture.Catalog.TestMethods.ShouldContain(m => m.Code == result.TestMethod && m.DetectionLimit != null);
                    }
                    else
                    {
                        TextilesFixture.Number(result.Value);
                    }

                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Name_A_Weinan_Enterprise_With_A_Valid_Credit_Code(string name)
    {
        var enterprise = TextilesFixture.Sample(name).Enterprise;

        enterprise.Name.ShouldStartWith("渭南");
        enterprise.Name.ShouldEndWith("有限公司");
        enterprise.County.ShouldNotBeNullOrWhiteSpace();
        enterprise.Cluster.ShouldBe("渭南纺织服装产业集群");
        enterprise.CreditCode.ShouldNotBeNull();
        enterprise.CreditCode.Length.ShouldBe(18);
        enterprise.CreditCode[2..6].ShouldBe("6105");
        CheckCharacter(enterprise.CreditCode[..17]).ShouldBe(enterprise.CreditCode[17]);
    }

    [Fact]
    public void Should_Compute_The_Credit_Code_Check_Character_Of_The_Published_Example() =>
        CheckCharacter("91512081MA62K0260").ShouldBe('E');

    [Fact]
    public void Should_Show_Uncertainty_And_A_Below_Detection_Value_In_The_Infant_Sample()
    {
        var results = TextilesFixture.Sample("infant-bodysuit").Results;

        results.ShouldContain(r => r.Uncertainty != null && r.CoverageFactor == "2" && r.Evidence == EvidenceGrade.AccreditedLab);
        results.ShouldContain(r => r.IndicatorId.StartsWith("extractable-") && r.BelowDetectionLimit && r.Value == "<0.01" && r.DetectionLimit == "0.01");
        results.Select(r => r.Evidence).Distinct().ShouldBe([EvidenceGrade.AccreditedLab, EvidenceGrade.SelfTested, EvidenceGrade.Declared], ignoreOrder: true);
    }

    [Fact]
    public void Should_Meet_Every_Class_A_Requirement_And_Some_Class_I_Ones_In_The_Infant_Sample()
    {
        var outcome = Judge("infant-bodysuit");

        outcome.Where(o => o.Requirement.StandardCode == "GB 18401-2010").ShouldAllBe(o => o.Met);
        outcome.Count(o => o.Requirement.StandardCode == "GB 18401-2010").ShouldBe(9);
        outcome.Where(o => o.Requirement.StandardCode.StartsWith("OEKO-TEX STANDARD 100", StringComparison.Ordinal) && !o.Met).Select(o => o.Requirement.Id)
            .ShouldBe(["oekotex100.extractable-ni.I"]);
        outcome.Where(o => TextilesFixture.Indicator(o.Requirement.IndicatorId).Key).ShouldAllBe(o => o.Met);
    }

    [Fact]
    public void Should_Fail_Class_B_Formaldehyde_In_The_Cotton_Shirt()
    {
        var failed = Judge("cotton-shirt").Where(o => !o.Met).Select(o => o.Requirement.Id).ToList();

        failed.ShouldBe(
            [
                "gb18401-2010.formaldehyde.B", "oekotex100.ph.II", "oekotex100.fastness-dry-rubbing.II",
                "oekotex100.fastness-acid-perspiration.II", "oekotex100.fastness-alkaline-perspiration.II",
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Should_Carry_An_Enterprise_Standard_Stricter_Than_GB_And_Looser_Than_OEKO_TEX_In_The_Cotton_Shirt()
    {
        var standard = TextilesFixture.Sample("cotton-shirt").EnterpriseStandard;

        standard.ShouldNotBeNull();
        standard.Code.ShouldBe("Q/WNFZ 0001-2025");
        var limits = standard.Limits.ToDictionary(l => l.IndicatorId, l => l.Limit);
        TextilesFixture.Number(limits["formaldehyde"].Max!).ShouldBeLessThan(TextilesFixture.Number(TextilesFixture.Requirement("gb18401-2010.formaldehyde.B").Limit.Max!));
        var scale = TextilesFixture.Indicator("fastness-dry-rubbing").Scale.ToList();
        scale.IndexOf(limits["fastness-dry-rubbing"].Min!).ShouldBeGreaterThan(scale.IndexOf(TextilesFixture.Requirement("gb18401-2010.fastness-dry-rubbing.B").Limit.Min!));
        scale.IndexOf(limits["fastness-dry-rubbing"].Min!).ShouldBeLessThan(scale.IndexOf(TextilesFixture.Requirement("oekotex100.fastness-dry-rubbing.II").Limit.Min!));
        TextilesFixture.Number(limits["ph"].Max!).ShouldBeGreaterThan(TextilesFixture.Number(TextilesFixture.Requirement("oekotex100.ph.II").Limit.Max!));
    }

    [Fact]
    public void Should_Exempt_The_Curtain_From_Perspiration_And_Otherwise_Meet_Class_C()
    {
        var submission = TextilesFixture.Sample("curtain");
        var exempt = TextilesFixture.Catalog.ProductClasses.Single(c => c.Id == "decoration").Exemptions.Select(e => e.IndicatorId).ToHashSet();

        submission.Product.ProductClass.ShouldBe("decoration");
        submission.Product.Category.ShouldBe("home-textile");
        submission.Results.ShouldContain(r => exempt.Contains(r.IndicatorId));
        var outcome = Judge("curtain");
        outcome.ShouldNotContain(o => exempt.Contains(o.Requirement.IndicatorId));
        outcome.Where(o => o.Requirement.StandardCode == "GB 18401-2010").ShouldAllBe(o => o.Met);
        outcome.Where(o => !o.Met).Select(o => o.Requirement.Id).ShouldBe(["oekotex100.fastness-dry-rubbing.IV"]);
    }

    private static char CheckCharacter(string first17)
    {
        var sum = first17.Select((c, i) => Charset.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        first17.ShouldAllBe(c => Charset.Contains(c));
        return Charset[(31 - (sum % 31)) % 31];
    }

    /// <summary>
    /// A plain reading of the sample against the requirements for its class (not the SDK engine): the editions in force on
    /// 2025-06-30 plus the older OEKO-TEX figures (no edition in force was read), each requirement against the result of
    /// the test method it names, unrounded values, uncertainty ignored, a below-detection value taken at its detection
    /// limit (its method's for "ND"), exempt indicators skipped.
    /// </summary>
    private static List<(Requirement Requirement, bool Met)> Judge(string name)
    {
        var catalog = TextilesFixture.Catalog;
        var submission = TextilesFixture.Sample(name);
        var date = new DateOnly(2025, 6, 30);
        var inForce = catalog.Standards.Where(s => ((s.Effective ?? DateOnly.MinValue) <= date && (s.Withdrawn ?? DateOnly.MaxValue) > date) ||
                s.Code.StartsWith("OEKO-TEX", StringComparison.Ordinal))
            .Select(s => s.Code).ToHashSet();
        var exempt = catalog.ProductClasses.Single(c => c.Id == submission.Product.ProductClass).Exemptions.Select(e => e.IndicatorId).ToHashSet();
        var outcome = new List<(Requirement, bool)>();
        foreach (var result in submission.Results.Where(r => !exempt.Contains(r.IndicatorId)))
        {
            var indicator = TextilesFixture.Indicator(result.IndicatorId);
            var method = result.TestMethod ?? indicator.Method ?? "";
            foreach (var requirement in catalog.Requirements.Where(r => r.IndicatorId == result.IndicatorId && inForce.Contains(r.StandardCode) &&
                         r.AppliesTo.Matches(submission.Product.Category, submission.Product.ProductClass) &&
                         (r.TestMethods.Count == 0 || r.TestMethods.Any(m => method.StartsWith(m, StringComparison.Ordinal)))))
            {
                var limit = requirement.Limit;
                var met = limit.Kind switch
                {
                    LimitKind.Ordinal => indicator.Scale.ToList().IndexOf(result.Value) >= indicator.Scale.ToList().IndexOf(limit.Min!),
                    LimitKind.Categorical => limit.Accepted.Contains(result.Value),
                    LimitKind.Upper => Value(result) <= TextilesFixture.Number(limit.Max!),
                    LimitKind.Range => Value(result) >= TextilesFixture.Number(limit.Min!) && Value(result) <= TextilesFixture.Number(limit.Max!),
                    _ => throw new InvalidOperationException(requirement.Id),
                };
                outcome.Add((requirement, met));
            }
        }

        return outcome;
    }

    private static decimal Value(MeasuredResult result) => TextilesFixture.Number(
        result.BelowDetectionLimit ? result.DetectionLimit!
        : result.Value == "ND" ? TextilesFixture.Catalog.TestMethods.Single(m => m.Code == result.TestMethod).DetectionLimit!
        : result.Value);
}
