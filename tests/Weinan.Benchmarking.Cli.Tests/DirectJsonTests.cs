using System.Globalization;
using Weinan.Benchmarking.Cli.Tests.Fuzzing;
using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Hosting;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// The direct reader of the formats (<see cref="DirectJson"/>): whatever it reads, the serializer reads to the same
/// value without an issue — checked on every shipped submission and catalog and on thousands of mutations of them —
/// and what it does not read as written it leaves to the serializer, which reports it.
/// </summary>
public sealed class DirectJsonTests
{
    private const int Seed = 20261129;
    private const int Cases = 2000;

    private static string Repository(params string[] parts) => Path.Combine([TestPaths.RepositoryRoot, .. parts]);

    private static readonly string[] Submissions =
        [.. Directory.GetFiles(Repository("samples"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal), Repository("docs", "examples", "submission.json")];

    private static readonly string[] Catalogs =
        [.. TestPaths.PluginProjects.Select(p => Path.Combine(p, "catalog.json")), Repository("docs", "examples", "catalog.json")];

    [Fact]
    public void Should_ReadEveryShippedDocumentDirectly_ToWhatTheSerializerReads()
    {
        foreach (var file in Submissions)
        {
            ReadsAsTheSerializer<Submission>(File.ReadAllText(file)).ShouldBeTrue(file);
        }

        foreach (var file in Catalogs)
        {
            ReadsAsTheSerializer<Catalog>(File.ReadAllText(file)).ShouldBeTrue(file);
        }
    }

    [Fact]
    public void Should_ReadAMutatedDocumentOnlyAsTheSerializerReadsIt_WithoutAnIssue()
    {
        // WB_FUZZ_SEED and WB_FUZZ_CASES explore other seeds locally, as for the fuzz test.
        var seed = int.TryParse(Environment.GetEnvironmentVariable("WB_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Seed;
        var cases = int.TryParse(Environment.GetEnvironmentVariable("WB_FUZZ_CASES"), CultureInfo.InvariantCulture, out var c) ? c : Cases;
        var random = new Random(seed);
        var mutator = new JsonMutator(random);
        var submissions = Submissions.Select(File.ReadAllText).ToArray();
        var catalogs = Catalogs.Select(File.ReadAllText).ToArray();
        var read = 0;
        for (var i = 0; i < cases; i++)
        {
            var submission = random.Next(3) > 0;
            var source = submission ? submissions[random.Next(submissions.Length)] : catalogs[random.Next(catalogs.Length)];
            var (text, what) = mutator.Mutate(source);
            var direct = submission ? ReadsAsTheSerializer<Submission>(text, what) : ReadsAsTheSerializer<Catalog>(text, what);
            read += direct ? 1 : 0;
        }

        // Mutations that keep a document plain are common enough for this to test something, and rare enough to be mutations.
        read.ShouldBeInRange(cases / 10, cases * 9 / 10);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": "1.2", "id": "x", "misspelt": 1 }""")]
    [InlineData("""{ "schemaVersion": "1.2", "id": "x", "ID": "y" }""")]
    [InlineData("""{ "schemaVersion": "1.2", "results": [ { "indicatorId": "x", "value": 12.50 } ] }""")]
    [InlineData("""{ "schemaVersion": "1.2", "results": [ { "indicatorId": "x", "belowDetectionLimit": "true" } ] }""")]
    [InlineData("""{ "schemaVersion": "1.2", "results": [ { "indicatorId": "x", "evidence": " selfTested" } ] }""")]
    [InlineData("""{ "schemaVersion": "1.2", "results": [ { "indicatorId": "x", "evidence": 1 } ] }""")]
    [InlineData("""{ "schemaVersion": "1.2", "results": { "indicatorId": "x" } }""")]
    [InlineData("""{ "schemaVersion": null, "id": "x" }""")]
    [InlineData("""{ "id": "x" }""")]
    [InlineData("""{ "schemaVersion": "1.2" } { }""")]
    [InlineData("""{ "schemaVersion": "1.2" """)]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    public void Should_LeaveASubmissionToTheSerializer_When_ItIsNotWrittenAsTheModelReadsIt(string json) =>
        DirectJson.TryRead<Submission>(json).ShouldBeNull();

    [Theory]
    [InlineData("""{ "schemaVersion": "1.2", "standards": [ { "code": "GB 1", "editionYear": "2009" } ] }""")]
    [InlineData("""{ "schemaVersion": "1.2", "standards": [ { "code": "GB 1", "effective": "2009-1-1" } ] }""")]
    [InlineData("""{ "schemaVersion": "1.2", "name": { "zh": "名", "fr": "nom" } }""")]
    [InlineData("""{ "schemaVersion": "1.2", "sectors": "textiles" }""")]
    public void Should_LeaveACatalogToTheSerializer_When_ItIsNotWrittenAsTheModelReadsIt(string json)
    {
        DirectJson.TryRead<Catalog>(json).ShouldBeNull();
        DirectJson.ReadsAlike(json, BenchmarkJson.Deserialize<Catalog>(json).Value ?? new Catalog()).ShouldBeFalse();
    }

    [Fact]
    public void Should_ReadLooseFormsAndDefaults_As_TheSerializerDoes()
    {
        // Plain strings for texts, names and enums in other cases, nulls that keep the model's initial values, comments.
        const string json = """
            {
              "schemaVersion": "1.2", "ID": "x", "name": "名称", "sectors": [ "a" ], "ladder": null,
              "standards": [ { "code": "GB 1-2009", "tier": "NATIONAL", "force": "mandatory", "editionYear": 2009,
                               "effective": "2010-06-01", "adoption": { "degree": "neq", "standard": "ISO 1" } } ],
              /* a comment */
              "requirements": [ { "id": "r", "limit": { "kind": "upper", "max": "0.10", "minInclusive": null } } ],
              "units": [ { "symbol": "°T", "name": { "zh": "度", "en": null } } ],
            }
            """;

        ReadsAsTheSerializer<Catalog>(json).ShouldBeTrue();
        var direct = DirectJson.TryRead<Catalog>(json).ShouldNotBeNull();
        direct.Requirements.ShouldHaveSingleItem().Limit.MinInclusive.ShouldBeTrue();
        direct.Standards.ShouldHaveSingleItem().Adoption.ShouldBe(new Adoption(AdoptionDegree.NEQ, "ISO 1"));
        direct.Units.ShouldHaveSingleItem().Name.ShouldBe(new LocalizedText("度", ""));
    }

    [Fact]
    public void Should_StillReportWhatTheSerializerFinds_When_ASubmissionFileIsNotPlain()
    {
        using var temp = new TempDirectory();
        var text = File.ReadAllText(TestPaths.TextilesSample("infant-bodysuit")).Replace("\"sector\"", "\"sectr\"", StringComparison.Ordinal);
        var path = temp.File("misspelt.json", text);

        var (submission, issues) = InputFile.ReadJson<Submission>(path);

        submission.ShouldNotBeNull();
        var unknown = issues.ShouldHaveSingleItem();
        unknown.Code.ShouldBe("WB1003");
        unknown.Line.ShouldNotBeNull();
    }

    /// <summary>
    /// Whether the direct reader reads <paramref name="json"/>; when it does, the serializer must read it without an
    /// issue to a value written out the same.
    /// </summary>
    private static bool ReadsAsTheSerializer<T>(string json, string? what = null)
        where T : class
    {
        if (DirectJson.TryRead<T>(json) is not { } direct)
        {
            return false;
        }

        var full = BenchmarkJson.Deserialize<T>(json);
        full.Issues.ShouldBeEmpty($"{what}\n{json}");
        BenchmarkJson.Serialize(direct).ShouldBe(BenchmarkJson.Serialize(full.Value.ShouldNotBeNull()), $"{what}\n{json}");
        return true;
    }
}
