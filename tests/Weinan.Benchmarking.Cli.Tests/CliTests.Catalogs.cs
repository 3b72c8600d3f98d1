using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

public sealed partial class CliTests
{
    [Fact]
    public void Should_ListTheIndicatorsOfASector()
    {
        var run = Wbench.Run(Wbench.Bare, "indicators", "--sector", "fixture", "--plugins", GoodPlugin, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain("ph\tpH value\t\tquantitative\ttarget range\tsafety\tyes");
    }

    [Fact]
    public void Should_MergeADataOnlyCatalog_When_GivenWithCatalog()
    {
        using var temp = new TempDirectory();
        var catalog = temp.File("extra.json", CatalogFiles.Extra);

        var indicators = Wbench.Run(Wbench.Bare, "indicators", "--sector", "fixture", "--plugins", GoodPlugin, "--catalog", catalog);
        var standards = Wbench.Run(Wbench.Bare, "standards", "--sector", "fixture", "--plugins", GoodPlugin, "--catalog", catalog, "--lang", "en");

        indicators.ExitCode.ShouldBe(ExitCodes.Ok, indicators.All);
        indicators.Out.ShouldContain("\tph\t");
        indicators.Out.ShouldContain("\tlead\t铅\tmg/kg");
        standards.ExitCode.ShouldBe(ExitCodes.Ok, standards.All);
        standards.Out.ShouldContain("FX 1-2020");
        standards.Out.ShouldContain("EX 2-2024\tExtra standard\t2024\tforeign advanced\trecommended\tin force");
    }

    [Fact]
    public void Should_ServeASectorFromADataOnlyCatalogAlone()
    {
        using var temp = new TempDirectory();
        var catalog = temp.File("extra.json", CatalogFiles.Extra);

        var run = Wbench.Run(Wbench.Bare, "indicators", "--sector", "fixture", "--catalog", catalog);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain("\tlead\t");
    }

    [Fact]
    public void Should_GiveTheStatusOnTheRequestedDate()
    {
        var run = Wbench.Run(Wbench.Bare, "standards", "--sector", "fixture", "--plugins", GoodPlugin, "--date", "2020-01-01", "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain("Standards (status on 2020-01-01)");
        run.Out.ShouldContain("FX 1-2020\tFixture standard\t2020\tnational\tmandatory\tnot yet in force");
    }

    [Fact]
    public void Should_ListTheSectorsLoaded_When_BrowsingAnUnknownSector()
    {
        var run = Wbench.Run(Wbench.Bare, "indicators", "--sector", "steel", "--plugins", GoodPlugin, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain(IssueCodes.UnknownSector);
        run.Error.ShouldContain("Sectors loaded: fixture.");
    }

    [Fact]
    public void Should_ExportTheDefaultTemplates_And_RefuseToOverwriteWithoutForce()
    {
        using var app = new TempDirectory();
        app.File("templates/reports/report.sbn-html", "<html>{{ x }}</html>");
        app.File("templates/reports/partials/gaps.sbn-md", "| gap |");
        using var target = new TempDirectory();

        var first = Wbench.Run(app.Path, "templates", "export", target.Path);
        var second = Wbench.Run(app.Path, "templates", "export", target.Path);
        var forced = Wbench.Run(app.Path, "templates", "export", target.Path, "--force");

        first.ExitCode.ShouldBe(ExitCodes.Ok, first.All);
        File.ReadAllText(Path.Combine(target.Path, "partials", "gaps.sbn-md")).ShouldBe("| gap |");
        second.ExitCode.ShouldBe(ExitCodes.InputError);
        second.Error.ShouldContain("--force");
        forced.ExitCode.ShouldBe(ExitCodes.Ok, forced.All);
    }

    [Fact]
    public void Should_ExitWithInputError_When_NoTemplatesShipWithTheExecutable()
    {
        using var target = new TempDirectory();

        var run = Wbench.Run(Wbench.Bare, "templates", "export", target.Path);

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain(IssueCodes.FileNotFound);
    }
}
