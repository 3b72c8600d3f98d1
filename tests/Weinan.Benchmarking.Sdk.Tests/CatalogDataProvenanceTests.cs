using System.Runtime.CompilerServices;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>
/// A result lists the catalog conversions its assessment applied, as the catalog states them (factor, source, confidence),
/// whichever stage applied them and whether or not the work that applied them was kept from an earlier assessment; and
/// none it did not apply. A conversion whose catalog does not say how far it is confirmed is unconfirmed. Likewise the
/// test-method records it relied on: a detection limit taken, a declared equivalence.
/// </summary>
public class CatalogDataProvenanceTests
{
    private static string Examples([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "docs", "examples"));

    private static Catalog ExampleCatalog() => BenchmarkJson.Deserialize<Catalog>(File.ReadAllText(Path.Combine(Examples(), "catalog.json"))).Value!;

    private static Submission ExampleSubmission() =>
        BenchmarkJson.Deserialize<Submission>(File.ReadAllText(Path.Combine(Examples(), "submission.json"))).Value!;

    private static readonly AssessmentOptions Options = new() { AssessmentDate = new DateOnly(2026, 11, 27) };

    [Fact]
    public void Should_List_The_Conversion_A_Judgement_Applied_As_The_Catalog_States_It()
    {
        // Given: acidity measured as HCOOH, judged against the IMPCA limit as CH3COOH
        var catalog = ExampleCatalog();

        // When
        var result = Assessor.Assess(ExampleSubmission(), catalog, Options);

        // Then
        result.Indicators.Single(i => i.IndicatorId == "acidity").Judgements.ShouldContain(j => j.Conversion != null && j.Conversion.Contains("HCOOH"));
        var listed = result.Conversions.ShouldHaveSingleItem();
        listed.ShouldBeSameAs(catalog.Conversions.Single());
        listed.Factor.ShouldBe("60.05/46.03");
        listed.Confidence.ShouldBe(Confidence.Derived);
    }

    [Fact]
    public void Should_List_The_Same_Conversions_When_The_Work_That_Applied_Them_Was_Kept_From_An_Earlier_Assessment()
    {
        // Given: one catalog instance, so that comparisons and rung candidates are worked out once and then reused
        var catalog = ExampleCatalog();
        var submission = ExampleSubmission();

        // When
        var first = Assessor.Assess(submission, catalog, Options);
        var second = Assessor.Assess(submission with { Id = "again" }, catalog, Options);
        var third = Assessor.Assess(submission with { Id = "once more" }, catalog, Options);

        // Then
        first.Conversions.ShouldNotBeEmpty();
        second.Conversions.ShouldBe(first.Conversions);
        third.Conversions.ShouldBe(first.Conversions);
    }

    [Fact]
    public void Should_List_A_Conversion_That_Only_A_Comparison_Of_Limits_Applied()
    {
        // Given: no acidity value, so no judgement converts; the limits of acidity are still compared, GB as HCOOH
        // against IMPCA as CH3COOH (which is stricter decides the leading rungs)
        var catalog = ExampleCatalog();
        var submission = ExampleSubmission();
        var without = submission with { Results = [.. submission.Results.Where(r => r.IndicatorId != "acidity")] };

        // When: once after the full submission has been assessed against the same catalog, once against a new one
        _ = Assessor.Assess(submission, catalog, Options);
        var kept = Assessor.Assess(without, catalog, Options);
        var fresh = Assessor.Assess(without, ExampleCatalog(), Options);

        // Then
        kept.Indicators.ShouldNotContain(i => i.IndicatorId == "acidity");
        kept.Conversions.ShouldNotBeEmpty();
        fresh.Conversions.ShouldBe(kept.Conversions);
        kept.Comparisons.Any(c => c.IndicatorId == "acidity" && c.Note != null && c.Note.En.Contains("HCOOH", StringComparison.Ordinal))
            .ShouldBe(kept.Conversions.Count > 0);
    }

    [Fact]
    public void Should_List_No_Conversion_The_Assessment_Did_Not_Apply()
    {
        // Given: the catalog also converts a unit no value, limit or declaration uses
        var catalog = ExampleCatalog();
        catalog = catalog with
        {
            Conversions = [.. catalog.Conversions, new Conversion { FromUnit = "tce", ToUnit = "kgce", Factor = "1000", Confidence = Confidence.Confirmed }],
        };

        // When
        var result = Assessor.Assess(ExampleSubmission(), catalog, Options);

        // Then
        result.Conversions.ShouldHaveSingleItem().ToBasis.ShouldBe("CH3COOH");
    }

    [Fact]
    public void Should_Read_A_Conversion_Without_A_Confidence_As_Unconfirmed()
    {
        // Given
        const string json = """{ "fromUnit": "ksi", "toUnit": "MPa", "factor": "6.894757" }""";

        // When
        var conversion = BenchmarkJson.Deserialize<Conversion>(json).Value!;

        // Then
        conversion.Confidence.ShouldBe(Confidence.Unconfirmed);
        BenchmarkJson.Deserialize<Conversion>(json.Replace("}", """, "confidence": "derived" }""", StringComparison.Ordinal)).Value!
            .Confidence.ShouldBe(Confidence.Derived);
    }

    /// <summary>The example catalog with two test-method records: ASTM D1613 with a detection limit, and GB/T 6324.5, which
    /// declares ASTM D1613 equivalent and is the method the national acidity limits are defined by.</summary>
    private static Catalog WithTestMethods()
    {
        var catalog = ExampleCatalog();
        return catalog with
        {
            TestMethods =
            [
                new TestMethod { Code = "ASTM D1613", DetectionLimit = "0.0003", Unit = "%", Confidence = Confidence.Secondary },
                new TestMethod { Code = "GB/T 6324.5-2008", Equivalent = ["ASTM D1613"], Confidence = Confidence.Unconfirmed },
            ],
            Requirements = [.. catalog.Requirements.Select(r => r.IndicatorId == "acidity" && r.StandardCode.StartsWith("GB", StringComparison.Ordinal)
                ? r with { TestMethods = ["GB/T 6324.5"] }
                : r)],
        };
    }

    private static Submission AcidityBy(string value) => ExampleSubmission() with
    {
        Results = [.. ExampleSubmission().Results.Select(r => r.IndicatorId == "acidity" ? r with { Value = value, Unit = "%", TestMethod = "ASTM D1613" } : r)],
    };

    [Fact]
    public void Should_List_The_Record_Whose_Declared_Equivalence_Let_A_Value_Be_Judged()
    {
        // Given: acidity measured by ASTM D1613, the national limit defined by GB/T 6324.5, which declares it equivalent
        var catalog = WithTestMethods();

        // When
        var result = Assessor.Assess(AcidityBy("0.0012"), catalog, Options);

        // Then: judged, relying on the declaration; the detection limit was not needed
        result.Indicators.Single(i => i.IndicatorId == "acidity").Judgements
            .ShouldContain(j => j.Requirement.StandardCode.StartsWith("GB", StringComparison.Ordinal) && j.Verdict == Verdict.Pass);
        result.TestMethods.ShouldHaveSingleItem().ShouldBeSameAs(catalog.TestMethods[1]);
    }

    [Fact]
    public void Should_List_The_Record_Whose_Detection_Limit_A_Value_Below_Detection_Took()
    {
        // Given
        var catalog = WithTestMethods();

        // When
        var result = Assessor.Assess(AcidityBy("ND"), catalog, Options);

        // Then: in catalog order
        result.TestMethods.ShouldBe([catalog.TestMethods[0], catalog.TestMethods[1]]);
    }

    [Fact]
    public void Should_List_No_Test_Method_When_The_Value_Is_Measured_By_The_Defining_Method()
    {
        // Given
        var catalog = WithTestMethods();
        var submission = ExampleSubmission() with
        {
            Results = [.. ExampleSubmission().Results.Select(r => r.IndicatorId == "acidity" ? r with { TestMethod = "GB/T 6324.5-2008" } : r)],
        };

        // When
        var result = Assessor.Assess(submission, catalog, Options);

        // Then
        result.TestMethods.ShouldBeEmpty();
    }
}
