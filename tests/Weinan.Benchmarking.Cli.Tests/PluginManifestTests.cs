using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Hosting;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// The plugin manifests the build writes, and loading only the plugins a sector needs: which plugins load is observed
/// through the host (<see cref="PluginHost.Plugins"/>, <see cref="PluginHost.NotLoaded"/>) and through the issues a
/// broken plugin would raise if it were loaded.
/// </summary>
public sealed class PluginManifestTests
{
    private const string Textiles = "Weinan.Benchmarking.Plugins.Textiles";
    private const string Food = "Weinan.Benchmarking.Plugins.FoodProcessing";
    private const string Date = "2026-11-27";

    private static readonly string CliPlugins = Path.Combine(TestPaths.CliOutput, "plugins");
    private static readonly string Infant = TestPaths.TextilesSample("infant-bodysuit");

    [Fact]
    public void Should_FindATrustedManifestBesideEveryPluginOfTheCli_ThatDescribesThePluginAndItsValidatedCatalog()
    {
        using var host = PluginHost.Load(TestPaths.CliOutput, null, null);

        host.Plugins.Count.ShouldBe(Directory.GetDirectories(CliPlugins).Length);
        foreach (var plugin in host.Plugins)
        {
            var manifest = PluginManifest.ReadTrusted(plugin.Directory).ShouldNotBeNull(plugin.Directory);
            manifest.Describes(plugin).ShouldBeTrue(plugin.Descriptor.Id);
            manifest.CatalogHash.ShouldBe(plugin.CatalogHash);
            manifest.ValidatedBy.ShouldBe(PluginManifest.ValidatorIdentity);
            manifest.CatalogReadsDirectly.ShouldBeTrue(plugin.Descriptor.Id);
            manifest.Files.Keys.ShouldContain(Path.GetFileName(plugin.AssemblyPath));
            plugin.CatalogValidatedByBuild.ShouldBeTrue(plugin.Descriptor.Id);
        }

        host.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Should_ReadEveryShippedCatalogDirectly_ToTheCatalogTheFullReaderReads()
    {
        using var host = PluginHost.Load(TestPaths.CliOutput, null, null);

        host.Plugins.Count.ShouldBe(TestPaths.PluginProjects.Count);
        foreach (var plugin in host.Plugins)
        {
            plugin.CatalogReadDirectly.ShouldBeTrue(plugin.Descriptor.Id);
            var full = BenchmarkJson.Deserialize<Catalog>(plugin.Plugin.ReadCatalogJson()).Value.ShouldNotBeNull();
            BenchmarkJson.Serialize(plugin.Catalog).ShouldBe(BenchmarkJson.Serialize(full), plugin.Descriptor.Id);
        }
    }

    [Fact]
    public void Should_ReadTheCatalogWithTheFullReader_When_TheManifestDoesNotSayItReadsDirectly()
    {
        using var temp = new TempDirectory();
        var textiles = CopyPlugin(Path.Combine(CliPlugins, Textiles), temp.Path);
        Rewrite(textiles, m => m with { CatalogReadsDirectly = false });

        using var host = PluginHost.LoadForSector(Wbench.Bare, [temp.Path], null, "textiles");

        var plugin = host.Plugins.ShouldHaveSingleItem();
        plugin.CatalogReadDirectly.ShouldBeFalse();
        plugin.CatalogValidatedByBuild.ShouldBeTrue();
        host.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Should_LoadOnlyThePluginServingTheSector_And_KnowTheOthersByTheirManifests()
    {
        using var all = PluginHost.Load(TestPaths.CliOutput, null, null);
        using var textiles = PluginHost.LoadForSector(TestPaths.CliOutput, null, null, "textiles");

        textiles.Plugins.Select(p => p.Descriptor.Id).ShouldBe(["textiles"]);
        textiles.NotLoaded.Select(m => m.Id).ShouldBe(all.Plugins.Select(p => p.Descriptor.Id).Where(id => id != "textiles"));
        textiles.Catalogs.PluginFor("TEXTILES")!.Descriptor.Id.ShouldBe("textiles");
        textiles.Issues.ShouldBeEmpty();
        all.NotLoaded.ShouldBeEmpty();
    }

    [Fact]
    public void Should_ReportTheSameIssues_As_LoadingEveryPlugin_When_BrokenPluginsWithoutManifestsAreBesideThem()
    {
        // The fixtures carry no manifest: their sectors are known only by loading them, so they are loaded and reported.
        using var all = PluginHost.Load(TestPaths.CliOutput, [TestPaths.FixturePlugins], null);
        using var textiles = PluginHost.LoadForSector(TestPaths.CliOutput, [TestPaths.FixturePlugins], null, "textiles");

        textiles.Issues.Select(i => (i.Code, i.File, i.Path)).ShouldBe(all.Issues.Select(i => (i.Code, i.File, i.Path)));
        textiles.Issues.ShouldContain(i => i.Code == IssueCodes.PluginThrew);
        textiles.Plugins.Select(p => p.Descriptor.Id).ShouldBe(["textiles", "fixture-bad-partial", "fixture"]);
        textiles.Catalogs.PluginFor("textiles")!.AssemblyPath.ShouldBe(all.Catalogs.PluginFor("textiles")!.AssemblyPath);
    }

    [Fact]
    public void Should_LoadEveryPlugin_When_NoPluginServesTheSector()
    {
        using var host = PluginHost.LoadForSector(TestPaths.CliOutput, [TestPaths.FixturePlugins], null, "cement");

        host.NotLoaded.ShouldBeEmpty();
        host.Catalogs.Sectors.ShouldContain("food");
        host.Catalogs.Sectors.ShouldContain("textiles");
        host.HasLoadErrors.ShouldBeTrue();
    }

    [Fact]
    public void Should_LoadThePluginTheSlowWay_When_ItHasNoManifest()
    {
        using var temp = new TempDirectory();
        var textiles = CopyPlugin(Path.Combine(CliPlugins, Textiles), temp.Path);
        CopyPlugin(Path.Combine(CliPlugins, Food), temp.Path);
        File.Delete(Path.Combine(textiles, PluginManifest.FileName));

        using var forFood = PluginHost.LoadForSector(Wbench.Bare, [temp.Path], null, "food");

        // Without a manifest the textiles plugin may serve any sector, so it is loaded, and its catalog validated.
        forFood.Plugins.Select(p => p.Descriptor.Id).ShouldBe(["food", "textiles"]);
        forFood.Plugins.Single(p => p.Descriptor.Id == "textiles").CatalogValidatedByBuild.ShouldBeFalse();
        forFood.Plugins.Single(p => p.Descriptor.Id == "food").CatalogValidatedByBuild.ShouldBeTrue();
        forFood.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Should_LoadThePluginTheSlowWay_When_AFileChangedSinceItsManifestWasWritten()
    {
        using var temp = new TempDirectory();
        var textiles = CopyPlugin(Path.Combine(CliPlugins, Textiles), temp.Path);
        CopyPlugin(Path.Combine(CliPlugins, Food), temp.Path);
        File.AppendAllText(Path.Combine(textiles, Textiles + ".xml"), "\n");

        using var forFood = PluginHost.LoadForSector(Wbench.Bare, [temp.Path], null, "food");

        PluginManifest.ReadTrusted(textiles).ShouldBeNull();
        PluginManifest.Read(Path.Combine(textiles, PluginManifest.FileName)).ShouldNotBeNull();
        forFood.Plugins.Select(p => p.Descriptor.Id).ShouldBe(["food", "textiles"]);
        forFood.Plugins.Single(p => p.Descriptor.Id == "textiles").CatalogValidatedByBuild.ShouldBeFalse();
    }

    [Theory]
    [InlineData("added.txt")]
    [InlineData(Textiles + ".pdb")]
    public void Should_NotTrustTheManifest_When_AFileWasAddedOrRemoved(string file)
    {
        using var temp = new TempDirectory();
        var textiles = CopyPlugin(Path.Combine(CliPlugins, Textiles), temp.Path);
        var path = Path.Combine(textiles, file);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        else
        {
            File.WriteAllText(path, "new");
        }

        PluginManifest.ReadTrusted(textiles).ShouldBeNull();
    }

    [Theory]
    [InlineData("{ \"manifestVersion\": \"1\" ")]
    [InlineData("{ \"manifestVersion\": \"99\", \"id\": \"textiles\" }")]
    [InlineData("[]")]
    public void Should_LoadThePluginTheSlowWay_When_ItsManifestCannotBeRead(string text)
    {
        using var temp = new TempDirectory();
        var textiles = CopyPlugin(Path.Combine(CliPlugins, Textiles), temp.Path);
        File.WriteAllText(Path.Combine(textiles, PluginManifest.FileName), text);

        using var host = PluginHost.LoadForSector(Wbench.Bare, [temp.Path], null, "food");

        PluginManifest.ReadTrusted(textiles).ShouldBeNull();
        host.Plugins.ShouldHaveSingleItem().Descriptor.Id.ShouldBe("textiles");
        host.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Should_StillServeTheSectorRight_When_AManifestNamesTheWrongSectors()
    {
        // Manifests that lie with matching file hashes: the textiles one claims food, the food one claims textiles.
        using var temp = new TempDirectory();
        var textiles = CopyPlugin(Path.Combine(CliPlugins, Textiles), temp.Path);
        var food = CopyPlugin(Path.Combine(CliPlugins, Food), temp.Path);
        Rewrite(textiles, m => m with { Sectors = ["food"] });
        Rewrite(food, m => m with { Sectors = ["textiles"] });

        using var forTextiles = PluginHost.LoadForSector(Wbench.Bare, [temp.Path], null, "textiles");
        using var forFood = PluginHost.LoadForSector(Wbench.Bare, [temp.Path], null, "food");

        // A loaded plugin that is not what its manifest says makes the host load every plugin.
        forTextiles.Catalogs.PluginFor("textiles")!.Descriptor.Id.ShouldBe("textiles");
        forFood.Catalogs.PluginFor("food")!.Descriptor.Id.ShouldBe("food");
        forTextiles.NotLoaded.ShouldBeEmpty();
        forFood.NotLoaded.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Should_ValidateTheCatalog_When_ItsHashOrTheValidatingCodeDiffersFromTheManifest(bool otherCatalog, bool otherValidator)
    {
        using var temp = new TempDirectory();
        var textiles = CopyPlugin(Path.Combine(CliPlugins, Textiles), temp.Path);
        Rewrite(textiles, m => m with
        {
            CatalogHash = otherCatalog ? new string('0', 32) : m.CatalogHash,
            ValidatedBy = otherValidator ? "an older host" : m.ValidatedBy,
        });

        using var host = PluginHost.LoadForSector(Wbench.Bare, [temp.Path], null, "textiles");

        PluginManifest.ReadTrusted(textiles).ShouldNotBeNull();
        var plugin = host.Plugins.ShouldHaveSingleItem();
        plugin.CatalogValidatedByBuild.ShouldBeFalse();
        plugin.CatalogReadDirectly.ShouldBeFalse();
        host.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Should_WarnAboutADuplicatePlugin_As_LoadingEveryPluginDoes_When_TheCopyIsNotLoaded()
    {
        using var temp = new TempDirectory();
        CopyPlugin(Path.Combine(CliPlugins, Food), temp.Path);

        using var all = PluginHost.Load(TestPaths.CliOutput, [temp.Path], null);
        using var textiles = PluginHost.LoadForSector(TestPaths.CliOutput, [temp.Path], null, "textiles");

        var duplicate = textiles.Issues.ShouldHaveSingleItem();
        duplicate.Code.ShouldBe(IssueCodes.PluginDuplicate);
        textiles.Issues.ShouldBe(all.Issues);
        textiles.Plugins.Select(p => p.Descriptor.Id).ShouldBe(["textiles"]);
    }

    [Fact]
    public void Should_WriteAManifest_Only_ForAPluginThatLoadsWithoutAnIssue()
    {
        using var temp = new TempDirectory();
        var good = CopyPlugin(TestPaths.Fixture(TestPaths.Good), temp.Path);
        var throws = CopyPlugin(TestPaths.Fixture(TestPaths.ThrowsOnLoad), temp.Path);
        File.WriteAllText(Path.Combine(throws, PluginManifest.FileName), "left from an earlier build");

        PluginManifest.WriteFor(good).ShouldBeEmpty();
        PluginManifest.WriteFor(throws).ShouldContain(i => i.Code == IssueCodes.PluginThrew);

        var manifest = PluginManifest.ReadTrusted(good).ShouldNotBeNull();
        manifest.Id.ShouldBe("fixture");
        manifest.Sectors.ShouldBe(["fixture"]);
        manifest.ContractVersion.ShouldBe(PluginContract.Version);
        manifest.CatalogReadsDirectly.ShouldBeTrue();
        File.Exists(Path.Combine(throws, PluginManifest.FileName)).ShouldBeFalse();
    }

    [Fact]
    public void Should_NotLoadABrokenPluginOfAnotherSector_When_Assessing()
    {
        // Plugins that broke after their manifests were written (they throw, or their catalog is invalid).
        using var temp = new TempDirectory();
        TrustAsBuilt(CopyPlugin(TestPaths.Fixture(TestPaths.ThrowsOnLoad), temp.Path), "throws", "throws");
        TrustAsBuilt(CopyPlugin(TestPaths.Fixture(TestPaths.InvalidCatalog), temp.Path), "broken", "broken");

        var plain = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--format", "json", "--date", Date);
        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--format", "json", "--date", Date, "--plugins", temp.Path);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldBe(plain.Out);
    }

    [Fact]
    public void Should_LoadAndReportTheBrokenPlugin_When_TheSubmissionIsOfItsSector_Or_ThePluginsAreListed()
    {
        using var temp = new TempDirectory();
        TrustAsBuilt(CopyPlugin(TestPaths.Fixture(TestPaths.ThrowsOnLoad), temp.Path), "throws", "throws");
        TrustAsBuilt(CopyPlugin(TestPaths.Fixture(TestPaths.InvalidCatalog), temp.Path), "broken", "broken");
        var submission = temp.File("throws.json", """{ "schemaVersion": "1.1", "sector": "throws", "results": [] }""");

        var assess = Wbench.Run(TestPaths.CliOutput, "assess", submission, "--plugins", temp.Path, "--lang", "en");
        var list = Wbench.Run(TestPaths.CliOutput, "plugins", "list", "--plugins", temp.Path, "--lang", "en");

        assess.ExitCode.ShouldBe(ExitCodes.PluginLoadFailure);
        assess.Error.ShouldContain("warning " + IssueCodes.PluginThrew);
        assess.Error.ShouldContain(IssueCodes.UnknownSector);
        list.ExitCode.ShouldBe(ExitCodes.PluginLoadFailure);
        list.Error.ShouldContain("error " + IssueCodes.PluginThrew);
        list.Error.ShouldContain("error " + IssueCodes.PluginCatalogInvalid);
    }

    [Fact]
    public void Should_ListOnlyTheSectorsIndicators_WithoutLoadingABrokenPluginOfAnotherSector()
    {
        using var temp = new TempDirectory();
        TrustAsBuilt(CopyPlugin(TestPaths.Fixture(TestPaths.InvalidCatalog), temp.Path), "broken", "broken");

        var run = Wbench.Run(TestPaths.CliOutput, "indicators", "--sector", "textiles", "--plugins", temp.Path, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("formaldehyde");
    }

    [Fact]
    public void Should_FindTheSameAsWithoutAPreload_When_ThePreloadGuessedAnotherSector()
    {
        var preload = PluginPreload.ForSector(TestPaths.CliOutput, "food");

        using var host = PluginHost.LoadForSector(TestPaths.CliOutput, null, null, "textiles", preload);
        using var plain = PluginHost.LoadForSector(TestPaths.CliOutput, null, null, "textiles");

        host.Plugins.Select(p => p.Descriptor.Id).ShouldBe(["textiles"]);
        host.NotLoaded.Select(m => m.Id).ShouldBe(plain.NotLoaded.Select(m => m.Id));
        host.Issues.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("assess", "sample.json", true)]
    [InlineData("indicators", "--sector", false)]
    public void Should_PreloadWhatTheCommandNeeds(string command, string argument, bool assess)
    {
        using var temp = new TempDirectory();
        var sample = temp.File("sample.json", """{ "sector": "food" }""");
        string[] args = assess ? [command, sample] : [command, argument, "food"];

        var preload = PluginPreloads.For(args, TestPaths.CliOutput).ShouldNotBeNull();
        using var host = PluginHost.LoadForSector(TestPaths.CliOutput, null, null, "food", preload);

        host.Plugins.Select(p => p.Descriptor.Id).ShouldBe(["food"]);
    }

    [Theory]
    [InlineData("""{ "sector": "textiles", "results": [ { "sector": "inner" } ] }""", "textiles")]
    [InlineData("\uFEFF{ /* a comment */ \"Sector\": \"food\", }", "food")]
    [InlineData("""{ "sector": "textiles", "SECTOR": "food" }""", null)]
    [InlineData("""{ "sector": 12 }""", null)]
    [InlineData("""{ "sector": " " }""", null)]
    [InlineData("""{ "results": [] }""", null)]
    [InlineData("""{ "sector": "textiles" """, null)]
    [InlineData("""["sector"]""", null)]
    [InlineData("{ 'sector': 'textiles' } // as the submission reader reads it", "textiles")]
    [InlineData("""{ "sector": "textiles" } { }""", null)]
    public void Should_ReadTheSubmissionsSector_Only_When_ItIsPlain(string json, string? sector)
    {
        using var temp = new TempDirectory();

        SubmissionSector.Peek(temp.File("s.json", json)).ShouldBe(sector);
    }

    [Fact]
    public void Should_ReadNoSector_When_TheSubmissionIsMissing() => SubmissionSector.Peek("/no/such/submission.json").ShouldBeNull();

    private static string CopyPlugin(string folder, string into)
    {
        var copy = Path.Combine(into, Path.GetFileName(folder));
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    private static void Rewrite(string folder, Func<PluginManifest, PluginManifest> change)
    {
        var path = Path.Combine(folder, PluginManifest.FileName);
        change(PluginManifest.Read(path).ShouldNotBeNull()).Write(path);
    }

    /// <summary>A manifest as the build would have written it before the plugin broke: matching files, its own id and sector.</summary>
    private static void TrustAsBuilt(string folder, string id, string sector) =>
        new PluginManifest(id, "1.0.0", PluginContract.Version, [sector], PluginManifest.HashFiles(folder), new string('0', 32), PluginManifest.ValidatorIdentity)
            .Write(Path.Combine(folder, PluginManifest.FileName));
}
