using Weinan.Benchmarking.Batch.Generation;
using Weinan.Benchmarking.Batch.Tests.Support;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Store;

namespace Weinan.Benchmarking.Batch.Tests.Store;

/// <summary>The store's submission JSON, written field by field, is byte for byte what the serializer writes: the hash of every stored submission depends on it.</summary>
public class SubmissionJsonTests
{
    [Fact]
    public void Should_Write_What_The_Serializer_Writes_For_Every_Generated_Submission()
    {
        // Given: a share of defective rows (odd values, missing and extra fields)
        var sectors = new[] { "textiles", "chemicals" }.Select(Catalogs.SectorSamples).ToList();
        var generator = new SampleGenerator(sectors, new GeneratorOptions(2_000, 20261201, 0.3m, ["2026-H1", "2026-H2"]));

        // When / Then
        var written = 0;
        foreach (var row in generator.Rows())
        {
            Same(row.Submission);
            written++;
        }

        written.ShouldBe(2_000);
    }

    [Fact]
    public void Should_Write_What_The_Serializer_Writes_For_Every_Shipped_Sample()
    {
        // Given: the samples of every sector, own standards and declared values among them
        var files = Directory.GetFiles(Path.Combine(Catalogs.RepositoryRoot, "samples"), "*.json", SearchOption.AllDirectories);
        var read = files.Select(f => BenchmarkJson.Deserialize<Submission>(File.ReadAllText(f)).Value).OfType<Submission>().ToList();

        // When / Then
        read.Count.ShouldBeGreaterThan(20);
        read.ShouldContain(s => s.EnterpriseStandard != null && s.EnterpriseStandard.Limits.Count > 0);
        foreach (var submission in read)
        {
            Same(submission);
        }
    }

    [Fact]
    public void Should_Write_What_The_Serializer_Writes_For_Random_Submissions()
    {
        // Given: 3,000 submissions with every field at random, null or set, with text that must be escaped
        var random = new Random(20261201);

        // When / Then
        for (var n = 0; n < 3_000; n++)
        {
            Same(RandomSubmission(random));
        }
    }

    [Fact]
    public void Should_Refuse_An_Enum_Value_Without_A_Name_As_The_Serializer_Does()
    {
        // Given
        var submission = new Submission { Results = [new MeasuredResult { IndicatorId = "ph", Value = "7", Evidence = (EvidenceGrade)42 }] };

        // When / Then
        Should.Throw<System.Text.Json.JsonException>(() => SubmissionJson.Write(submission));
    }

    private static void Same(Submission submission)
    {
        var expected = SubmissionJson.Serialized(submission);
        var actual = SubmissionJson.Write(submission);
        if (!actual.AsSpan().SequenceEqual(expected))
        {
            System.Text.Encoding.UTF8.GetString(actual).ShouldBe(System.Text.Encoding.UTF8.GetString(expected));
            actual.ShouldBe(expected);
        }
    }

    private static readonly string[] Texts =
    [
        "", "7.5", "≤ 0.10", "渭南市临渭区", "a\"quoted\" \\ back", "<script>&'+`", "tab\tnew\nline\u0001", "emoji 😀", "\u00e9\u0301", "  ",
        "lone \ud800 surrogate", "Q/WNLY 0001-2025", "\u2028\u2029", "mg/kg",
    ];

    private static string Text(Random r) => Texts[r.Next(Texts.Length)];

    private static string? Maybe(Random r) => r.Next(3) == 0 ? null : Text(r);

    private static T Pick<T>(Random r) where T : struct, Enum => Enum.GetValues<T>()[r.Next(Enum.GetValues<T>().Length)];

    private static IReadOnlyList<T> ListOf<T>(Random r, Func<T?> make) where T : class =>
        r.Next(8) == 0 ? null! : [.. Enumerable.Range(0, r.Next(4)).Select(_ => r.Next(10) == 0 ? null! : make()!)];

    private static Submission RandomSubmission(Random r) => new()
    {
        SchemaVersion = Text(r),
        Id = Text(r),
        Sector = Text(r),
        Period = Maybe(r),
        Enterprise = r.Next(10) == 0 ? null! : new Enterprise { Name = Text(r), CreditCode = Maybe(r), County = Maybe(r), Cluster = Maybe(r) },
        Product = r.Next(10) == 0 ? null! : new Product
        {
            Id = Maybe(r),
            Name = Text(r),
            Category = Maybe(r),
            ProductClass = Maybe(r),
            DeclaredStandards = r.Next(8) == 0 ? null! : [.. Enumerable.Range(0, r.Next(3)).Select(_ => Maybe(r)!)],
            DeclaredValues = ListOf(r, () => new DeclaredValue { IndicatorId = Text(r), Component = Maybe(r), Value = Text(r), Unit = Maybe(r) }),
        },
        Results = ListOf(r, () => new MeasuredResult
        {
            IndicatorId = Text(r),
            Value = Text(r),
            Unit = Maybe(r),
            Basis = Maybe(r),
            Uncertainty = Maybe(r),
            CoverageFactor = Maybe(r),
            BelowDetectionLimit = r.Next(2) == 0,
            DetectionLimit = Maybe(r),
            Evidence = Pick<EvidenceGrade>(r),
            Reference = Maybe(r),
            Component = Maybe(r),
            TestMethod = Maybe(r),
        }),
        EnterpriseStandard = r.Next(3) == 0 ? null : new EnterpriseStandard
        {
            Code = Text(r),
            Title = Maybe(r),
            Limits = ListOf(r, () => new EnterpriseLimit { IndicatorId = Text(r), Limit = r.Next(10) == 0 ? null! : RandomLimit(r), Unit = Maybe(r) }),
        },
    };

    private static Limit RandomLimit(Random r) => new()
    {
        Kind = Pick<LimitKind>(r),
        Min = Maybe(r),
        Max = Maybe(r),
        MinInclusive = r.Next(2) == 0,
        MaxInclusive = r.Next(2) == 0,
        Nominal = Maybe(r),
        Tolerance = Maybe(r),
        Accepted = r.Next(8) == 0 ? null! : [.. Enumerable.Range(0, r.Next(3)).Select(_ => Maybe(r)!)],
        Basis = Maybe(r),
        Deviation = r.Next(3) == 0 ? null : new Deviation
        {
            Mode = Pick<DeviationMode>(r),
            Below = Maybe(r),
            Above = Maybe(r),
            Bands = ListOf(r, () => new DeviationBand
            {
                UpTo = Maybe(r),
                Mode = r.Next(2) == 0 ? null : Pick<DeviationMode>(r),
                Below = Maybe(r),
                Above = Maybe(r),
                RequirePositive = r.Next(2) == 0,
            }),
            RequirePositive = r.Next(2) == 0,
        },
    };
}
