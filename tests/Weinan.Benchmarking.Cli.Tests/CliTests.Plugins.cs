using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

public sealed partial class CliTests
{
    [Theory]
    [InlineData(true, "assess", "submission.json")]
    [InlineData(true, "indicators", "--sector", "textiles")]
    [InlineData(true, "standards")]
    [InlineData(true, "plugins")]
    [InlineData(true, "plugins", "list", "--lang", "en")]
    [InlineData(true, "plugins", "--plugins", "extra")]
    [InlineData(false, "plugins", "check", "extra")]
    [InlineData(false, "templates", "export", "out")]
    [InlineData(false, "assess", "submission.json", "--help")]
    [InlineData(false, "-v")]
    [InlineData(false)]
    public void Should_PreloadThePlugins_Only_When_TheCommandUsesThem(bool preload, params string[] args) =>
        PluginPreloads.LoadsPlugins(args).ShouldBe(preload);

    [Fact]
    public void Should_ListTheTextilesPlugin_When_RunFromTheCliOutputFolder()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "plugins", "list", "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain("textiles");
        run.Out.ShouldContain("Textiles and apparel");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Should_DrawATable_When_OutputIsATerminal()
    {
        var run = Wbench.Run(TestPaths.CliOutput, rich: true, "plugins", "list");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Console.ShouldContain("textiles");
        run.Console.ShouldContain("纺织服装");
        run.Console.ShouldContain("│");
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Should_ListTheGoodPlugins_And_ExitWithPluginLoadFailure_When_SomePluginsAreBroken()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "plugins", "list", "--plugins", TestPaths.FixturePlugins);

        run.ExitCode.ShouldBe(ExitCodes.PluginLoadFailure);
        run.Out.ShouldContain("textiles");
        run.Out.ShouldContain("fixture");
        run.Error.ShouldContain("错误 " + IssueCodes.PluginThrew);
        run.Error.ShouldContain("错误 " + IssueCodes.PluginCatalogInvalid);
        run.Error.ShouldContain("错误 " + IssueCodes.PluginCatalogUnreadable);
        run.Error.ShouldContain("错误 " + IssueCodes.PluginContractNewer);
        run.ShouldHaveNoStackTrace();
    }

    [Theory]
    [InlineData(TestPaths.ThrowsOnLoad, new[] { IssueCodes.PluginThrew })]
    [InlineData(TestPaths.InvalidCatalog, new[] { IssueCodes.PluginCatalogInvalid, "WB3021", "WB3032", "WB3041" })]
    [InlineData(TestPaths.MalformedCatalog, new[] { IssueCodes.PluginCatalogUnreadable, "WB1001" })]
    [InlineData(TestPaths.FutureContract, new[] { IssueCodes.PluginContractNewer })]
    public void Should_ListTheIssues_And_ExitNonZero_When_CheckingABrokenPlugin(string fixture, string[] codes)
    {
        var run = Wbench.Run(Wbench.Bare, "plugins", "check", TestPaths.Fixture(fixture), "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Failed);
        foreach (var code in codes)
        {
            run.Error.ShouldContain("error " + code, customMessage: run.Error);
        }

        run.Error.ShouldContain(fixture);
        run.Out.ShouldContain("Check failed");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_ExplainEachValidationError_When_CheckingTheInvalidCatalogPlugin()
    {
        var run = Wbench.Run(Wbench.Bare, "plugins", "check", TestPaths.Fixture(TestPaths.InvalidCatalog), "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Failed);
        run.Error.ShouldContain("catalog.json [indicators[1].id]: Duplicate indicator id \"ph\"");
        run.Error.ShouldContain("[requirements[0].limit.max]");
        run.Error.ShouldContain("\"1,2.3\" is not a written decimal");
        run.Error.ShouldContain("[requirements[1].indicatorId]: The requirement names unknown indicator \"lead\"");
        run.Error.ShouldContain("has 3 error(s); the plugin was skipped");
        run.Out.ShouldContain("Check failed: 4 error(s)");
    }

    [Fact]
    public void Should_ShowTheMalformedCatalogPosition_When_CheckingTheMalformedCatalogPlugin()
    {
        var run = Wbench.Run(Wbench.Bare, "plugins", "check", TestPaths.Fixture(TestPaths.MalformedCatalog));

        run.ExitCode.ShouldBe(ExitCodes.Failed);
        run.Error.ShouldContain("WB1001");
        run.Error.ShouldContain("catalog.json:6:");
    }

    [Fact]
    public void Should_Pass_When_CheckingTheGoodPluginByFolderOrAssembly()
    {
        var folder = Wbench.Run(Wbench.Bare, "plugins", "check", TestPaths.Fixture(TestPaths.Good));
        var assembly = Wbench.Run(Wbench.Bare, "plugins", "check", Path.Combine(TestPaths.Fixture(TestPaths.Good), TestPaths.Good + ".dll"));

        folder.ExitCode.ShouldBe(ExitCodes.Ok, folder.All);
        folder.Out.ShouldContain("fixture 1.0.0");
        assembly.ExitCode.ShouldBe(ExitCodes.Ok, assembly.All);
    }

    [Fact]
    public void Should_CheckACatalogFile()
    {
        using var temp = new TempDirectory();
        var good = temp.File("extra.json", CatalogFiles.Extra);
        var bad = temp.File("bad.json", "{\n  \"id\": \"x\",\n  \"indicators\": [ }\n");

        var passed = Wbench.Run(Wbench.Bare, "plugins", "check", good);
        var failed = Wbench.Run(Wbench.Bare, "plugins", "check", bad);

        passed.ExitCode.ShouldBe(ExitCodes.Ok, passed.All);
        failed.ExitCode.ShouldBe(ExitCodes.Failed);
        failed.Error.ShouldContain("WB1001");
        failed.Error.ShouldContain("bad.json:3:");
    }

    [Fact]
    public void Should_ExitWithInputError_When_TheCheckedPathDoesNotExist()
    {
        var run = Wbench.Run(Wbench.Bare, "plugins", "check", "/no/such/plugin");

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain(IssueCodes.FileNotFound);
    }

    [Fact]
    public void Should_ExitWithInputError_When_APluginsFolderDoesNotExist()
    {
        var run = Wbench.Run(Wbench.Bare, "plugins", "list", "--plugins", "/no/such/folder");

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain(IssueCodes.PluginDirectoryMissing);
    }

    [Fact]
    public void Should_ListTheFiveSectorPlugins()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "plugins", "list", "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        var ids = run.Out.Split('\n').Skip(2).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).ToList();
        ids.ShouldBe(TestPaths.PluginProjects.Select(p => CatalogOf(p).Id).Order(StringComparer.Ordinal).ToList());
        ids.Count.ShouldBe(5);
        run.Out.ShouldNotContain("Confidence of the requirements");
    }

    [Fact]
    public void Should_ShowEveryPluginsConfidenceMix_InAllAndByStandard_When_DetailsAreAsked()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "plugins", "list", "--details", "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        var lines = run.Out.Split('\n');
        lines.ShouldContain("Confidence of the requirements");
        lines.ShouldContain("Plugin\tStandard\tConfirmed\tSecondary source\tDerived\tUnconfirmed\tTotal");
        foreach (var catalog in TestPaths.PluginProjects.Select(CatalogOf))
        {
            lines.ShouldContain(MixRow(catalog.Name.En, "(all standards)", catalog.Requirements));
            var cited = catalog.Standards.Where(s => catalog.Requirements.Any(r => r.StandardCode == s.Code)).ToList();
            cited.ShouldNotBeEmpty();
            foreach (var standard in cited)
            {
                lines.ShouldContain(MixRow(catalog.Name.En, standard.Code, catalog.Requirements.Where(r => r.StandardCode == standard.Code).ToList()));
            }

            lines.Count(l => l.StartsWith(catalog.Name.En + "\t", StringComparison.Ordinal)).ShouldBe(1 + cited.Count);
        }
    }

    [Fact]
    public void Should_DrawTheConfidenceMixAsATableInChinese_When_DetailsAreAskedOnATerminal()
    {
        var run = Wbench.Run(TestPaths.CliOutput, rich: true, "plugins", "list", "--details");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Console.ShouldContain("要求的可信度构成");
        foreach (var word in new[] { "已确认", "二手来源", "推导", "未确认", "合计", "（全部标准）", "建筑建材", "GB 175-2023" })
        {
            run.Console.ShouldContain(word);
        }

        run.Console.ShouldContain("│");
        run.Console.ShouldNotContain("econdary");
        run.Console.ShouldNotContain("onfirmed");
        run.Console.ShouldNotContain("all standards");
        run.Out.ShouldBeEmpty();
    }

    private static string MixRow(string plugin, string standard, IReadOnlyList<Requirement> requirements) => string.Join('\t',
        [plugin, standard, .. Enum.GetValues<Confidence>().Select(c => requirements.Count(r => r.Provenance.Confidence == c).ToString()),
            requirements.Count.ToString()]);

    [Fact]
    public void Should_ListPlugins_When_ThePluginsBranchIsGivenAlone()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "plugins");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain("textiles");
    }
}
