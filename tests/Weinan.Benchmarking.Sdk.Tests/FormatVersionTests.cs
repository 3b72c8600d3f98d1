using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>Files written for format 1.0 still read and assess under 1.1.</summary>
public class FormatVersionTests
{
    private static T Read<T>(string name)
        where T : class
    {
        var read = BenchmarkJson.Deserialize<T>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)), name);
        read.Issues.ShouldBeEmpty();
        return read.Value.ShouldNotBeNull();
    }

    [Fact]
    public void Should_Read_And_Assess_A_1_0_Submission()
    {
        var submission = Read<Submission>("submission-1.0.json");
        submission.SchemaVersion.ShouldBe("1.0");

        InputValidation.ValidateSubmission(submission, Some.Catalog()).ShouldNotContain(i => i.Code == "WB2001");
        var result = Assessor.Assess(submission, Some.Catalog(), Some.Options());
        result.Indicators.ShouldNotBeEmpty();
        result.SchemaVersion.ShouldBe(SchemaVersions.Result);
    }

    [Fact]
    public void Should_Read_A_1_0_Ladder_Test_As_Its_Successor_With_A_Warning()
    {
        var catalog = Read<Catalog>("catalog-1.0.json");
        catalog.Ladder!.Rungs[0].Test.ShouldBe(RungTest.BeatsAll);

        var issue = InputValidation.ValidateCatalog(catalog).ShouldHaveSingleItem();
        issue.Code.ShouldBe("WB3074");
        issue.Severity.ShouldBe(Severity.Warning);
        issue.Path.ShouldBe("ladder.rungs[0].test");
        RungTests.IsStrictest(catalog.Ladder.Rungs[0]).ShouldBeTrue();
    }
}
