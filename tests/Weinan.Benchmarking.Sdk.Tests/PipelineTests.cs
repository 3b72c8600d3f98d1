using System.Collections.Concurrent;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>The one step every submission takes, in memory: no file, no plugin host.</summary>
public class PipelineTests
{
    private static readonly SectorCatalog Textiles = new("textiles", Some.Catalog());

    [Fact]
    public void Should_Assess_A_Submission_From_Memory_Against_A_Resolved_Catalog()
    {
        // When
        var step = AssessmentPipeline.Assess(Some.Shirt(), Textiles, Some.Options());

        // Then
        step.Assessed.ShouldBeTrue();
        step.Issues.ShouldNotContain(i => i.Severity == Severity.Error);
        step.Result!.Catalogs.ShouldBe([new CatalogReference(Textiles.Catalog.Id, Textiles.Catalog.Version)]);
        BenchmarkJson.Serialize(step.Result).ShouldBe(BenchmarkJson.Serialize(Assessor.Assess(Some.Shirt(), Some.Catalog(), Some.Options())));
    }

    [Fact]
    public void Should_Not_Assess_A_Submission_With_Errors_And_Say_Where_It_Came_From()
    {
        // Given: a result for an indicator the catalog does not know and no enterprise
        var bad = Some.Shirt() with { Enterprise = null! };

        // When
        var step = AssessmentPipeline.Assess(bad, Textiles, Some.Options(), "intake.xlsx:7");

        // Then
        step.Assessed.ShouldBeFalse();
        step.Issues.ShouldContain(i => i.Severity == Severity.Error && i.File == "intake.xlsx:7");
    }

    [Fact]
    public void Should_Carry_The_Submissions_Warnings_In_Its_Result_Ahead_Of_The_Engines_Own()
    {
        // Given: a shirt without a product name, its only validation issue (a warning)
        var unnamed = Some.Shirt() with { Product = Some.Shirt().Product with { Name = "" } };

        // When
        var step = AssessmentPipeline.Assess(unnamed, Textiles, Some.Options(), "shirt.json");

        // Then
        step.Assessed.ShouldBeTrue();
        var warning = step.Issues.ShouldHaveSingleItem();
        warning.Code.ShouldBe(IssueCodes.ProductName);
        step.Result!.Issues[0].ShouldBe(warning);
        step.Result.Issues.Skip(1).ShouldBe(Assessor.Assess(unnamed, Some.Catalog(), Some.Options()).Issues);
    }

    [Fact]
    public void Should_Give_The_Same_Results_In_Parallel_As_One_After_Another()
    {
        // Given: submissions of several kinds of product, values and dates, assessed against one shared catalog
        var submissions = Enumerable.Range(0, 400).Select(Variant).ToList();
        var sequential = submissions.Select(s => Json(AssessmentPipeline.Assess(s.Submission, Textiles, s.Options))).ToList();

        // When
        var parallel = new ConcurrentDictionary<int, string>();
        Parallel.For(0, submissions.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => parallel[i] = Json(AssessmentPipeline.Assess(submissions[i].Submission, Textiles, submissions[i].Options)));

        // Then
        Enumerable.Range(0, submissions.Count).Select(i => parallel[i]).ShouldBe(sequential);
        sequential.Distinct().Count().ShouldBeGreaterThan(10, "the variants differ");
    }

    [Fact]
    public void Should_Judge_By_The_Options_Of_Each_Step_When_One_Catalog_Serves_Several_Dates()
    {
        // When: the same submission before GB 18401-2010 came into force and after
        var before = AssessmentPipeline.Assess(Some.Shirt(), Textiles, Some.Options(new DateOnly(2011, 6, 1))).Result!;
        var after = AssessmentPipeline.Assess(Some.Shirt(), Textiles, Some.Options()).Result!;

        // Then
        before.Rules.AssessmentDate.ShouldBe(new DateOnly(2011, 6, 1));
        after.Rules.AssessmentDate.ShouldBe(new DateOnly(2026, 11, 27));
        before.Standards.Select(s => s.Code).ShouldNotBe(after.Standards.Select(s => s.Code));
    }

    private static (Submission Submission, AssessmentOptions Options) Variant(int i)
    {
        var shirt = Some.Shirt();
        var results = shirt.Results.Select(r => r.IndicatorId == "formaldehyde" ? r with { Value = (10 + (i % 70)).ToString(System.Globalization.CultureInfo.InvariantCulture) } : r).ToList();
        var product = shirt.Product with { ProductClass = (i % 3) switch { 0 => "infant", 1 => "skin-contact", _ => "skin-contact" } };
        var options = Some.Options(i % 5 == 0 ? new DateOnly(2012, 1, 1) : null);
        return (shirt with { Id = $"s{i}", Product = product, Results = results }, options);
    }

    private static string Json(AssessmentStep step) => step.Result is null ? "rejected" : BenchmarkJson.Serialize(step.Result);
}
