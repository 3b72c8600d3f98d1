using System.Runtime.CompilerServices;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>
/// docs/examples/result.json is exactly what the engine writes for the catalog and submission examples.
/// Set WB_REGENERATE_EXAMPLES=1 to rewrite it after a deliberate change.
/// </summary>
public class ResultExampleTests
{
    private static string Docs([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "docs"));

    [Fact]
    public void Should_Match_What_The_Engine_Writes_For_The_Examples()
    {
        // Given
        var examples = Path.Combine(Docs(), "examples");
        var catalog = BenchmarkJson.Deserialize<Catalog>(File.ReadAllText(Path.Combine(examples, "catalog.json"))).Value!;
        var submission = BenchmarkJson.Deserialize<Submission>(File.ReadAllText(Path.Combine(examples, "submission.json"))).Value!;
        var path = Path.Combine(examples, "result.json");
        var written = File.ReadAllText(path);
        var date = BenchmarkJson.Deserialize<AssessmentResult>(written).Value!.Rules.AssessmentDate;

        // When
        var actual = BenchmarkJson.Serialize(Assessor.Assess(submission, catalog, new AssessmentOptions { AssessmentDate = date })) + "\n";

        // Then
        if (Environment.GetEnvironmentVariable("WB_REGENERATE_EXAMPLES") == "1" && actual != written)
        {
            File.WriteAllText(path, actual);
            written = actual;
        }

        actual.ShouldBe(written);
    }
}
