using Weinan.Benchmarking.Sdk.Catalogs;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>Null list items, null or missing schema versions, and validating a data-only catalog within a merged one.</summary>
public class NullItemTests
{
    private static readonly Catalog Extra = new() { Id = "extra", Version = "1" };

    public static TheoryData<string, Func<Catalog, Catalog>> NullCatalogItems => new()
    {
        { "sectors[1]", c => c with { Sectors = [.. c.Sectors, null!] } },
        { "sectors[1]", c => c with { Sectors = [.. c.Sectors, " "] } },
        { "standards[2]", c => c with { Standards = [.. c.Standards, null!] } },
        { "indicators[5]", c => c with { Indicators = [.. c.Indicators, null!] } },
        { "requirements[0]", c => c with { Requirements = [null!, .. c.Requirements] } },
        { "productClasses[1]", c => c with { ProductClasses = [.. c.ProductClasses, null!] } },
        { "conversions[0]", c => c with { Conversions = [null!] } },
        { "ladder.rungs[0]", c => c with { Ladder = DefaultLadder.Instance with { Rungs = [null!, .. DefaultLadder.Instance.Rungs] } } },
    };

    [Theory]
    [MemberData(nameof(NullCatalogItems))]
    public void Should_Report_WB3004_For_A_Null_Item_Of_A_Catalog_List(string path, Func<Catalog, Catalog> change)
    {
        var issues = InputValidation.ValidateCatalog(change(Valid.Catalog()));

        var issue = issues.ShouldHaveSingleItem(string.Join("; ", issues));
        (issue.Code, issue.Path, issue.Severity).ShouldBe(("WB3004", path, Severity.Error));
    }

    [Fact]
    public void Should_Report_WB2051_For_A_Null_Enterprise_Limit()
    {
        var submission = Valid.Submission() with
        {
            EnterpriseStandard = new EnterpriseStandard { Code = "Q/T 1-2025", Limits = [new EnterpriseLimit { IndicatorId = "water", Limit = Limit.AtMost("0.1") }, null!] },
        };

        var issues = InputValidation.ValidateSubmission(submission, Valid.Catalog());

        issues.Select(i => (i.Code, i.Path)).ShouldBe([("WB2051", "enterpriseStandard.limits[1]")]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"schemaVersion\": null,")]
    public void Should_Not_Take_A_Missing_Or_Null_Schema_Version_For_1_0(string member)
    {
        var submission = BenchmarkJson.Deserialize<Submission>($$"""{ {{member}} "id": "s", "sector": "x" }""");
        var catalog = BenchmarkJson.Deserialize<Catalog>($$"""{ {{member}} "id": "c", "version": "1" }""");

        submission.Success.ShouldBeTrue();
        InputValidation.ValidateSubmission(submission.Value!).ShouldContain(i => i.Code == "WB2001" && i.Path == "schemaVersion");
        catalog.Success.ShouldBeTrue();
        InputValidation.ValidateCatalog(catalog.Value!).Select(i => i.Code).ShouldBe(["WB3001"]);
        BenchmarkJson.Deserialize<Catalog>("""{ "schemaVersion": "1.0", "id": "c", "version": "1" }""").Value!.SchemaVersion.ShouldBe("1.0");
        new Catalog().SchemaVersion.ShouldBe(SchemaVersions.Catalog);
    }

    [Fact]
    public void Should_Merge_Around_Null_Items_And_Report_Them_At_The_Additions_Own_Paths()
    {
        var target = Valid.Catalog();
        var addition = Extra with
        {
            Sectors = [null!],
            Standards = [null!],
            Indicators = [null!],
            Requirements = [null!, target.Requirements[0] with { Id = "extra.water", IndicatorId = "no-such-indicator" }],
            ProductClasses = [null!],
            Conversions = [null!],
        };

        var merged = CatalogMerge.Merge(target, addition, "extra.json");
        var issues = InputValidation.ValidateAddition(addition, merged.Catalog, "extra.json");

        merged.Issues.ShouldBeEmpty();
        merged.Catalog.Requirements.Count.ShouldBe(target.Requirements.Count + 1);
        merged.Catalog.Conversions.ShouldNotContain(c => c == null);
        issues.Select(i => $"{i.Code} {i.Path}").ShouldBe([
            "WB3004 sectors[0]", "WB3004 standards[0]", "WB3004 indicators[0]", "WB3004 requirements[0]",
            "WB3032 requirements[1].indicatorId", "WB3004 productClasses[0]", "WB3004 conversions[0]",
        ], ignoreOrder: true);
        issues.ShouldAllBe(i => i.File == "extra.json");
    }

    [Fact]
    public void Should_Resolve_An_Additions_References_In_The_Merged_Catalog()
    {
        var target = Valid.Catalog();
        var addition = Extra with { Requirements = [target.Requirements[0] with { Id = "extra.water" }] };

        var merged = CatalogMerge.Merge(target, addition).Catalog;

        InputValidation.ValidateAddition(addition, merged).ShouldBeEmpty();
        InputValidation.ValidateCatalog(addition).ShouldNotBeEmpty();
    }
}
