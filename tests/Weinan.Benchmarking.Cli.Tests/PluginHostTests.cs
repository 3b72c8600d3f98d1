using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Tests;

public sealed class PluginHostTests
{
    [Fact]
    public void Should_LoadTheGoodFixture_And_ReportEachBrokenOne_When_TheyShareAFolder()
    {
        // Given / When
        using var host = PluginHost.Load(Wbench.Bare, [TestPaths.FixturePlugins], null);

        // Then
        host.Plugins.Select(p => p.Descriptor.Id).ShouldBe(["fixture-bad-partial", "fixture"]);
        host.Catalogs.Sectors.ShouldBe(["fixture", "fixture-bad-partial"]);
        host.HasLoadErrors.ShouldBeTrue();
        IssuesOf(host, TestPaths.ThrowsOnLoad).ShouldContain(IssueCodes.PluginThrew);
        IssuesOf(host, TestPaths.InvalidCatalog).ShouldBe([IssueCodes.PluginCatalogInvalid, "WB3021", "WB3032", "WB3041"], ignoreOrder: true);
        IssuesOf(host, TestPaths.MalformedCatalog).ShouldContain(IssueCodes.PluginCatalogUnreadable);
        IssuesOf(host, TestPaths.MalformedCatalog).ShouldContain("WB1001");
        IssuesOf(host, TestPaths.FutureContract).ShouldContain(IssueCodes.PluginContractNewer);
        IssuesOf(host, TestPaths.NullSector).ShouldBe([IssueCodes.PluginDescriptorInvalid]);
        IssuesOf(host, TestPaths.NullCatalogSector).ShouldBe(["WB3004", IssueCodes.PluginCatalogInvalid]);
        IssuesOf(host, TestPaths.Good).ShouldBeEmpty();
    }

    [Fact]
    public void Should_ShareTheContract_When_APluginIsLoaded()
    {
        using var host = PluginHost.Load(Wbench.Bare, [TestPaths.Fixture(TestPaths.Good)], null);

        var plugin = host.Plugins.ShouldHaveSingleItem();
        plugin.Plugin.ShouldBeAssignableTo<ISectorPlugin>();
        plugin.Catalog.Indicators.Select(i => i.Id).ShouldBe(["ph"]);
        File.Exists(Path.Combine(plugin.Directory, "Weinan.Benchmarking.Abstractions.dll")).ShouldBeFalse();
    }

    [Fact]
    public void Should_FindTheTextilesPlugin_When_LoadingBesideTheCli()
    {
        using var host = PluginHost.Load(TestPaths.CliOutput, null, null);

        host.Plugins.Select(p => p.Descriptor.Id).ShouldContain("textiles");
        File.Exists(Path.Combine(host.Plugins.Single(p => p.Descriptor.Id == "textiles").Directory, "Weinan.Benchmarking.Abstractions.dll")).ShouldBeFalse();
    }

    [Fact]
    public void Should_LoadTheShippedPlugins_With_EveryDerivedIndicatorAsItsCatalogDescribesIt()
    {
        using var host = PluginHost.Load(TestPaths.CliOutput, null, null);

        host.Plugins.SelectMany(p => p.Plugin.DerivedIndicators).Count().ShouldBeGreaterThan(5);
        host.Issues.ShouldNotContain(i => i.Code == IssueCodes.PluginDerivedMismatch);
    }

    [Fact]
    public void Should_Warn_When_ADerivedIndicatorIsNotInTheCatalog_Or_ItsInputsDifferFromDerivedFrom()
    {
        // Given: a catalog whose ratio is derived from two indicators
        var catalog = new Catalog
        {
            Id = "c",
            Indicators =
            [
                new Indicator { Id = "rm", Name = new("抗拉强度", "Tensile strength") },
                new Indicator { Id = "rel", Name = new("屈服强度", "Yield strength") },
                new Indicator { Id = "ratio", Name = new("强屈比", "Ratio"), DerivedFrom = ["rm", "rel"] },
            ],
        };
        var issues = new List<Issue>();

        // When: one computed as the catalog says (inputs in another order), one from a single input, one not in the catalog
        SectorPluginLoader.CheckDerived([new Derived("ratio", ["rel", "rm"]), new Derived("ratio", ["rm"]), new Derived("energy", ["rm"])],
            catalog, "/plugins/p/p.dll", issues);

        // Then
        issues.Select(i => (i.Code, i.Severity, i.Path)).ShouldBe(
        [
            (IssueCodes.PluginDerivedMismatch, Severity.Warning, "derivedIndicators[1].inputs"),
            (IssueCodes.PluginDerivedMismatch, Severity.Warning, "derivedIndicators[2]"),
        ]);
        issues[0].Message.Zh.ShouldContain("由 “rm” 计算，但目录中该指标的 derivedFrom 为 “rel”、“rm”");
        issues[0].Message.En.ShouldContain("is computed from “rm”, but the catalog's derivedFrom for it names “rel”, “rm”");
        issues[1].Message.En.ShouldContain("'energy', which its catalog does not have");
    }

    private sealed class Derived(string id, IReadOnlyList<string> inputs) : IDerivedIndicator
    {
        public string IndicatorId => id;

        public IReadOnlyList<string> Inputs => inputs;

        public MeasuredResult? Compute(IReadOnlyDictionary<string, MeasuredResult> values) => null;
    }

    [Fact]
    public void Should_TakeThePluginsIdentityFromItsCatalog_When_TheDescriptorLeavesItEmpty()
    {
        using var host = PluginHost.Load(TestPaths.CliOutput, null, null);

        // The textiles plugin derives from EmbeddedSectorPlugin: its descriptor names only the contract version.
        var textiles = host.Plugins.Single(p => p.Descriptor.Id == "textiles");
        textiles.Plugin.Descriptor.Id.ShouldBeEmpty();
        textiles.Descriptor.Version.ShouldBe(textiles.Catalog.Version);
        textiles.Descriptor.Name.ShouldBe(textiles.Catalog.Name);
        textiles.Descriptor.Sectors.ShouldBe(["textiles"]);
        textiles.Descriptor.Standards.ShouldBe(textiles.Catalog.Standards.Select(s => s.Code));
    }

    [Fact]
    public void Should_UseThePreloadedPlugins_And_FindTheSameAsLoadingThem_When_TheFolderBesideTheExecutableWasPreloaded()
    {
        // Given
        var preload = PluginPreload.Start(TestPaths.CliOutput);

        // When
        using var first = PluginHost.Load(TestPaths.CliOutput, [TestPaths.FixturePlugins], null, preload);
        using var second = PluginHost.Load(TestPaths.CliOutput, [TestPaths.FixturePlugins], null, preload);
        using var plain = PluginHost.Load(TestPaths.CliOutput, [TestPaths.FixturePlugins], null);

        // Then
        var textiles = first.Plugins.Single(p => p.Descriptor.Id == "textiles");
        second.Plugins.Single(p => p.Descriptor.Id == "textiles").ShouldBeSameAs(textiles);
        plain.Plugins.Single(p => p.Descriptor.Id == "textiles").ShouldNotBeSameAs(textiles);
        first.Plugins.Select(p => (p.Descriptor.Id, p.AssemblyPath)).ShouldBe(plain.Plugins.Select(p => (p.Descriptor.Id, p.AssemblyPath)));
        first.Issues.Select(i => (i.Code, i.File)).ShouldBe(plain.Issues.Select(i => (i.Code, i.File)));
    }

    [Fact]
    public void Should_IgnoreThePreload_When_ItWasStartedForAnotherFolder()
    {
        var preload = PluginPreload.Start(TestPaths.CliOutput);

        using var host = PluginHost.Load(Wbench.Bare, null, TestPaths.Fixture(TestPaths.Good), preload);

        host.Plugins.ShouldHaveSingleItem().Descriptor.Id.ShouldBe("fixture");
    }

    [Fact]
    public void Should_SearchBesideTheExecutableFirst_ThenTheCommandLine_ThenTheEnvironment()
    {
        using var temp = new TempDirectory();
        var env = string.Join(Path.PathSeparator, Path.Combine(temp.Path, "env1"), Path.Combine(temp.Path, "cli"));

        var order = PluginSearchDirectory.Resolve(temp.Path, [Path.Combine(temp.Path, "cli")], env);

        order.Select(d => (Path.GetFileName(d.Path), d.Origin)).ShouldBe([
            ("plugins", PluginSearchOrigin.Application),
            ("cli", PluginSearchOrigin.CommandLine),
            ("env1", PluginSearchOrigin.Environment),
        ]);
    }

    [Fact]
    public void Should_ReportAnError_When_ACommandLineFolderIsMissing_And_AWarning_When_AnEnvironmentFolderIsMissing()
    {
        using var temp = new TempDirectory();

        using var host = PluginHost.Load(temp.Path, [Path.Combine(temp.Path, "nope")], Path.Combine(temp.Path, "gone"));

        host.Issues.Select(i => (i.Code, i.Severity)).ShouldBe([
            (IssueCodes.PluginDirectoryMissing, Severity.Error),
            (IssueCodes.PluginDirectoryMissing, Severity.Warning),
        ]);
    }

    [Fact]
    public void Should_ReportAFolderWithoutItsAssembly()
    {
        using var temp = new TempDirectory();
        temp.File("plugins/Empty/readme.txt", "no dll here");

        using var host = PluginHost.Load(temp.Path, null, null);

        var issue = host.Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe(IssueCodes.PluginAssemblyMissing);
        issue.Message.En.ShouldContain("Empty.dll");
    }

    [Fact]
    public void Should_SkipASecondCopy_When_TheSamePluginIsFoundTwice()
    {
        using var temp = new TempDirectory();
        var copy = Path.Combine(temp.Path, TestPaths.Good);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(TestPaths.Fixture(TestPaths.Good)))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        using var host = PluginHost.Load(Wbench.Bare, [TestPaths.Fixture(TestPaths.Good), copy], null);

        host.Plugins.Count.ShouldBe(1);
        var issue = host.Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe(IssueCodes.PluginDuplicate);
        issue.Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void Should_LoadPluginsFromTheEnvironmentVariableFolders()
    {
        using var host = PluginHost.Load(Wbench.Bare, null, TestPaths.Fixture(TestPaths.Good));

        host.Plugins.ShouldHaveSingleItem().Descriptor.Id.ShouldBe("fixture");
        host.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Should_ReportAnAssemblyThatCannotBeLoaded()
    {
        using var temp = new TempDirectory();
        temp.File("plugins/Junk/Junk.dll", "this is not an assembly");

        using var host = PluginHost.Load(temp.Path, null, null);

        var issue = host.Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe(IssueCodes.PluginAssemblyLoadFailed);
        issue.Message.En.ShouldBe("The assembly of plugin 'Junk' could not be loaded: it is not a valid .NET assembly");
        issue.Message.Zh.ShouldBe("插件“Junk”的程序集无法加载：它不是有效的 .NET 程序集");
    }

    [Fact]
    public void Should_ReportAnAssemblyWithoutAnEntryType()
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "plugins", "NoEntry");
        Directory.CreateDirectory(folder);
        File.Copy(typeof(ISectorPlugin).Assembly.Location, Path.Combine(folder, "NoEntry.dll"));

        using var host = PluginHost.Load(temp.Path, null, null);

        host.Plugins.ShouldBeEmpty();
        host.Issues.ShouldHaveSingleItem().Code.ShouldBe(IssueCodes.PluginNoEntryType);
    }

    private static List<string> IssuesOf(PluginHost host, string fixture) =>
        host.Issues.Where(i => i.File?.Contains(fixture, StringComparison.Ordinal) == true).Select(i => i.Code).ToList();
}
