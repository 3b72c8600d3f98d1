using System.Text.Json.Nodes;
using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// Every sector plugin under <c>plugins/</c> — found, not listed, so a new plugin is held to the same rules — has
/// provenance for every requirement, an edition for every standard it cites, both languages in every text, at least three
/// samples, and a README whose table of standards states the confidence mix its catalog has; and its catalog passes
/// catalog validation without a warning, so every source is a citation with its explanation in the note (WB3090). Each
/// convention is also shown to fail on a mutated copy of a real catalog or README.
/// </summary>
public sealed class SectorCatalogConventionTests
{
    public static TheoryData<string> Plugins() => new(TestPaths.PluginProjects.Select(Path.GetFileName).OfType<string>());

    private static string Folder(string plugin) => Path.Combine(TestPaths.RepositoryRoot, "plugins", plugin);

    private static JsonObject Catalog(string plugin) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder(plugin), "catalog.json")))!.AsObject();

    private static string Readme(string plugin) => File.ReadAllText(Path.Combine(Folder(plugin), "README.md"));

    private static string SamplesRoot => Path.Combine(TestPaths.RepositoryRoot, "samples");

    [Theory]
    [MemberData(nameof(Plugins))]
    public void Should_GiveEveryRequirementProvenance_AndEveryCitedStandardAnEdition_AndEveryTextBothLanguages(string plugin)
    {
        var catalog = Catalog(plugin);

        CatalogConventions.CatalogProblems(catalog).ShouldBeEmpty();
        catalog["requirements"]!.AsArray().Count.ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public void Should_PassCatalogValidation_WithoutAWarning(string plugin)
    {
        var read = BenchmarkJson.Deserialize<Catalog>(File.ReadAllText(Path.Combine(Folder(plugin), "catalog.json")), "catalog.json");

        read.Issues.ShouldBeEmpty();
        var issues = InputValidation.ValidateCatalog(read.Value.ShouldNotBeNull(), "catalog.json");
        issues.ShouldBeEmpty(string.Join(Environment.NewLine, issues.Select(i => $"{i.Code} {i.Path}: {i.Message.En}")));
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public void Should_ShipAtLeastThreeSamples_ForTheCatalogsSector(string plugin) =>
        CatalogConventions.SampleProblems(Catalog(plugin), SamplesRoot).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(Plugins))]
    public void Should_StateInTheReadme_TheStandardsWithEditions_And_TheConfidenceMixTheCatalogHas(string plugin) =>
        CatalogConventions.ReadmeProblems(Catalog(plugin), Readme(plugin)).ShouldBeEmpty();

    [Fact]
    public void Should_StillMissTheEditionOfEachStandardListedAsNotNamed()
    {
        // Once a listed standard gets its edition, the exception is no longer needed and must go.
        foreach (var (id, code) in CatalogConventions.EditionsNotNamed)
        {
            var catalog = TestPaths.PluginProjects.Select(p => Catalog(Path.GetFileName(p))).Single(c => (string?)c["id"] == id);
            var standard = catalog["standards"]!.AsArray().OfType<JsonObject>().Single(s => (string?)s["code"] == code);
            CatalogConventions.Edition(standard).ShouldBeNull(code);
            ((string?)standard["title"]!["en"] ?? "").ShouldContain("edition not named");
        }
    }

    [Theory]
    [InlineData("GB 175-2023", null, "2023")]
    [InlineData("EN 197-1:2011", null, "2011")]
    [InlineData("质检总局令第75号（2005）", null, "2005")]
    [InlineData("O-M-232G", null, "G")]
    [InlineData("IMPCA Reference Specifications v9", 2021, "2021")]
    [InlineData("ASTM A706/A706M", null, null)]
    [InlineData("OEKO-TEX STANDARD 100", null, null)]
    public void Should_ReadTheEditionFromTheYearOrTheCode(string code, int? year, string? edition)
    {
        var standard = new JsonObject { ["code"] = code };
        if (year is { } y)
        {
            standard["editionYear"] = y;
        }

        CatalogConventions.Edition(standard).ShouldBe(edition);
    }

    public static TheoryData<string, string> Mutations() => new()
    {
        { "no provenance", "has no provenance" },
        { "blank source", "has no provenance source" },
        { "placeholder source", "is neither an http(s) URL nor a named document" },
        { "broken url", "is not a well-formed http(s) URL" },
        { "no confidence", "has no provenance confidence" },
        { "no note", "but has no note in both zh and en saying why" },
        { "unknown standard", "which the catalog does not list" },
        { "standard without edition", "which has no edition" },
        { "chinese in english name", ".name.en has Chinese text outside quotes" },
        { "empty chinese class name", ".name.zh is empty" },
        { "unnamed indicator", "has no name: every indicator is named in zh and en" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Should_Fail_When_ACopyOfARealCatalogBreaksARule(string mutation, string problem)
    {
        var catalog = Catalog("Weinan.Benchmarking.Plugins.BuildingMaterials");
        var requirements = catalog["requirements"]!.AsArray();
        var requirement = requirements.OfType<JsonObject>().First(r => (string?)r["provenance"]!["confidence"] == "secondary");
        var index = requirements.IndexOf(requirement);
        var provenance = requirement["provenance"]!.AsObject();
        switch (mutation)
        {
            case "no provenance":
                requirement.Remove("provenance");
                break;
            case "blank source":
                provenance["source"] = " ";
                break;
            case "placeholder source":
                provenance["source"] = "https://www.kunda.heidelbergmaterials.ee/et/tsementide-standard ; TODO";
                break;
            case "broken url":
                provenance["source"] = "https://";
                break;
            case "no confidence":
                provenance.Remove("confidence");
                break;
            case "no note":
                provenance.Remove("note");
                break;
            case "unknown standard":
                requirement["standardCode"] = "GB 175-1999";
                break;
            case "standard without edition":
                catalog["standards"]!.AsArray().Add(new JsonObject { ["code"] = "JC/T 452", ["title"] = new JsonObject { ["zh"] = "通用水泥质量等级", ["en"] = "Quality grades of common cements" } });
                requirement["standardCode"] = "JC/T 452";
                break;
            case "chinese in english name":
                catalog["indicators"]![0]!["name"]!["en"] = "2-day compressive strength 抗压强度";
                break;
            case "empty chinese class name":
                catalog["productClasses"]![0]!["name"]!["zh"] = "";
                break;
            case "unnamed indicator":
                catalog["indicators"]![1]!.AsObject().Remove("name");
                break;
        }

        var problems = CatalogConventions.CatalogProblems(catalog);

        problems.ShouldHaveSingleItem().ShouldContain(problem);
        if (mutation is not ("chinese in english name" or "empty chinese class name" or "unnamed indicator"))
        {
            problems[0].ShouldContain($"building-materials: requirements[{index}] ({(string?)requirement["id"]})");
        }
    }

    [Fact]
    public void Should_AcceptChineseInEnglishText_OnlyWhenItIsQuoted()
    {
        var catalog = Catalog("Weinan.Benchmarking.Plugins.Chemicals");
        catalog["indicators"]![0]!["name"]!["en"] = "Water miscibility, written '澄清' (clear) or “通过”";

        CatalogConventions.CatalogProblems(catalog).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Fail_When_TheReadmeStatesAnotherConfidenceMix_OrLeavesACitedStandardOut()
    {
        const string plugin = "Weinan.Benchmarking.Plugins.BuildingMaterials";
        var readme = Readme(plugin);
        var catalog = Catalog(plugin);
        var wrongMix = readme.Replace("| 4 derived, 1 confirmed |", "| 5 derived |", StringComparison.Ordinal);
        var wrongTotal = readme.Replace("**38 requirements: 28 secondary", "**38 requirements: 27 secondary", StringComparison.Ordinal);
        var lines = readme.Split('\n');
        var noRow = string.Join('\n', lines.Where(l => !l.StartsWith("| GB 31893-2015", StringComparison.Ordinal)));

        wrongMix.ShouldNotBe(readme);
        CatalogConventions.ReadmeProblems(catalog, wrongMix).ShouldHaveSingleItem()
            .ShouldBe("building-materials: the README states \"5 derived\" for GB 175-2023; the catalog has 1 confirmed, 0 secondary, 4 derived, 0 unconfirmed");
        wrongTotal.ShouldNotBe(readme);
        CatalogConventions.ReadmeProblems(catalog, wrongTotal).ShouldHaveSingleItem().ShouldContain("the catalog has 38 requirements: 2 confirmed, 28 secondary");
        noRow.ShouldNotBe(readme);
        CatalogConventions.ReadmeProblems(catalog, noRow).ShouldHaveSingleItem().ShouldContain("has no row for GB 31893-2015");
    }

    [Fact]
    public void Should_Fail_When_ASectorHasFewerThanThreeSamples()
    {
        using var temp = new TempDirectory();
        var catalog = Catalog("Weinan.Benchmarking.Plugins.Chemicals");
        temp.File(Path.Combine("chemicals", "one.json"), """{ "sector": "chemicals" }""");
        temp.File(Path.Combine("chemicals", "two.json"), """{ "sector": "metallurgy" }""");

        var problems = CatalogConventions.SampleProblems(catalog, temp.Path);

        problems.Count.ShouldBe(2);
        problems[0].ShouldContain("has 2 sample(s); at least three are needed");
        problems[1].ShouldContain("is for sector \"metallurgy\"");
        CatalogConventions.SampleProblems(catalog, Path.Combine(temp.Path, "none")).ShouldHaveSingleItem().ShouldContain("does not exist");
    }
}
