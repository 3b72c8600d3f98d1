using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>Null items and missing fields in plugins, data-only catalogs and submissions: issues, never an internal error.</summary>
public sealed partial class CliTests
{
    [Theory]
    [InlineData(TestPaths.NullSector, IssueCodes.PluginDescriptorInvalid, "[descriptor.sectors[1]]")]
    [InlineData(TestPaths.NullCatalogSector, "WB3004", "[sectors[1]]")]
    public void Should_SkipAPluginWithANullSector_And_KeepServingTheOthers(string fixture, string code, string path)
    {
        using var temp = new TempDirectory();
        var submission = temp.File("submission.json", Submission("fixture", "ph"));
        string[] plugins = ["--plugins", GoodPlugin, "--plugins", TestPaths.Fixture(fixture), "--lang", "en"];

        var check = Wbench.Run(Wbench.Bare, "plugins", "check", TestPaths.Fixture(fixture), "--lang", "en");
        var list = Wbench.Run(Wbench.Bare, ["plugins", "list", .. plugins]);
        var assess = Wbench.Run(Wbench.Bare, ["assess", submission, .. plugins]);
        var indicators = Wbench.Run(Wbench.Bare, ["indicators", .. plugins]);

        check.ExitCode.ShouldBe(ExitCodes.Failed, check.All);
        check.Error.ShouldContain($"error {code} ");
        check.Error.ShouldContain(path);
        list.ExitCode.ShouldBe(ExitCodes.PluginLoadFailure, list.All);
        list.Out.ShouldContain("fixture");
        assess.ExitCode.ShouldBe(ExitCodes.Ok, assess.All);
        assess.Error.ShouldContain($"warning {code} ");
        indicators.ExitCode.ShouldBe(ExitCodes.Ok, indicators.All);
        foreach (var run in new[] { check, list, assess, indicators })
        {
            run.Error.ShouldNotContain(IssueCodes.InternalError);
            run.ShouldHaveNoStackTrace();
        }
    }

    [Theory]
    [InlineData("sectors", """["fixture", null], "productClasses": [{ "id": "extra-class" }]""", "sectors[1]")]
    [InlineData("standards", "[null]", "standards[0]")]
    [InlineData("indicators", """[{ "id": "lead", "unit": "mg/kg", "kind": "quantitative" }, null]""", "indicators[1]")]
    [InlineData("requirements", "[null]", "requirements[0]")]
    [InlineData("productClasses", "[null]", "productClasses[0]")]
    [InlineData("conversions", "[null]", "conversions[0]")]
    public void Should_ReportANullItemOfADataOnlyCatalog_AtItsPathInThatFile(string section, string items, string path)
    {
        using var temp = new TempDirectory();
        var submission = temp.File("submission.json", Submission("fixture", "ph"));
        var catalog = temp.File("nulls.json", $$"""{ "schemaVersion": "1.0", "id": "nulls", "version": "1", "{{section}}": {{items}} }""");

        var assess = Wbench.Run(Wbench.Bare, "assess", submission, "--plugins", GoodPlugin, "--catalog", catalog, "--lang", "en");
        var alone = Wbench.Run(Wbench.Bare, "indicators", "--sector", "fixture", "--catalog", catalog, "--lang", "en");
        var check = Wbench.Run(Wbench.Bare, "plugins", "check", catalog, "--lang", "en");

        foreach (var run in new[] { assess, alone, check })
        {
            run.ExitCode.ShouldBeOneOf(ExitCodes.InputError, ExitCodes.Failed);
            run.Error.ShouldContain($"error WB3004 {catalog} [{path}]: Item ", customMessage: run.All);
            run.ShouldHaveNoStackTrace();
        }

        assess.ExitCode.ShouldBe(ExitCodes.InputError);
    }

    [Fact]
    public void Should_NameThePathInsideTheDataOnlyCatalogFile_NotInTheMergedCatalog()
    {
        using var temp = new TempDirectory();
        var catalog = temp.File("group.json", GroupCatalog.Replace("\"indicatorId\": \"formaldehyde\"", "\"indicatorId\": \"formaldehide\""));

        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--catalog", catalog, "--date", Date, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldContain($"error WB3032 {catalog} [requirements[0].indicatorId]: The requirement names unknown indicator \"formaldehide\"");
        run.Error.ShouldNotContain("requirements[1");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"schemaVersion\": null,")]
    public void Should_RefuseASubmissionOrCatalogWithoutSchemaVersion(string member)
    {
        using var temp = new TempDirectory();
        var submission = temp.File("submission.json", Submission("fixture", "ph").Replace("\"schemaVersion\": \"1.0\",", member));
        var catalog = temp.File("extra.json", CatalogFiles.Extra.Replace("\"schemaVersion\": \"1.0\",", member));
        var good = temp.File("good.json", Submission("fixture", "ph"));

        var withoutVersion = Wbench.Run(Wbench.Bare, "assess", submission, "--plugins", GoodPlugin, "--lang", "en");
        var withCatalog = Wbench.Run(Wbench.Bare, "assess", good, "--plugins", GoodPlugin, "--catalog", catalog, "--lang", "en");

        withoutVersion.ExitCode.ShouldBe(ExitCodes.InputError, withoutVersion.All);
        withoutVersion.Error.ShouldContain("error WB2001 ");
        withoutVersion.Error.ShouldContain("schemaVersion is missing");
        withCatalog.ExitCode.ShouldBe(ExitCodes.InputError, withCatalog.All);
        withCatalog.Error.ShouldContain($"error WB3001 {catalog} [schemaVersion]");
    }

    [Fact]
    public void Should_RefuseANullEnterpriseLimit()
    {
        using var temp = new TempDirectory();
        var submission = temp.File("submission.json", Submission("fixture", "ph").TrimEnd().TrimEnd('}') +
            """, "enterpriseStandard": { "code": "Q/T 1-2025", "limits": [ { "indicatorId": "ph", "limit": { "kind": "range", "min": "4.5", "max": "7.0" } }, null ] } }""");

        var run = Wbench.Run(Wbench.Bare, "assess", submission, "--plugins", GoodPlugin, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldContain("error WB2051 ");
        run.Error.ShouldContain("[enterpriseStandard.limits[1]]");
    }
}
