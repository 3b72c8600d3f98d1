using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// <c>wbench assess</c> loads only the plugin that serves the submission's sector. Observed without timing: beside the
/// plugin of the sample's sector, every other plugin is broken after the build wrote its manifest (its assembly is no
/// longer an assembly, and the manifest still vouches for the folder), so loading any of them would print a warning.
/// </summary>
public sealed class AssessOneSectorTests
{
    private const string Date = "2026-11-27";

    private static readonly string CliPlugins = Path.Combine(TestPaths.CliOutput, "plugins");

    /// <summary>The first sample of every sector under <c>samples/</c> (the folders of submission files; <c>samples/batch</c> holds batch inputs).</summary>
    public static TheoryData<string> OneSamplePerSector()
    {
        var data = new TheoryData<string>();
        foreach (var sector in Directory.GetDirectories(Path.Combine(TestPaths.RepositoryRoot, "samples")).Order(StringComparer.Ordinal))
        {
            if (Directory.GetFiles(sector, "*.json").Order(StringComparer.Ordinal).FirstOrDefault() is { } sample)
            {
                data.Add(sample);
            }
        }

        return data;
    }

    [Fact]
    public void Should_HaveASampleForEveryShippedPlugin() =>
        OneSamplePerSector().Count.ShouldBe(Directory.GetDirectories(CliPlugins).Length);

    [Theory]
    [MemberData(nameof(OneSamplePerSector))]
    public void Should_LoadOnlyThePluginOfTheSubmissionsSector(string sample)
    {
        using var temp = new TempDirectory();
        var sector = SubmissionSector.Peek(sample).ShouldNotBeNull();
        var broken = BesideBrokenPlugins(temp.Path, sector);
        string[] args = ["assess", sample, "--format", "json", "--date", Date];

        var plain = Wbench.Run(TestPaths.CliOutput, args);
        var run = Wbench.Run(temp.Path, args);

        broken.Count.ShouldBe(Directory.GetDirectories(CliPlugins).Length - 1);
        run.Error.ShouldBeEmpty();
        run.ExitCode.ShouldBe(plain.ExitCode);
        run.Out.ShouldBe(plain.Out);
    }

    [Fact]
    public void Should_ListEveryPlugin_And_ReportEachBrokenOne_While_TheOthersLoad()
    {
        using var temp = new TempDirectory();
        var broken = BesideBrokenPlugins(temp.Path, "textiles");

        var list = Wbench.Run(temp.Path, "plugins", "list", "--lang", "en");

        list.ExitCode.ShouldBe(ExitCodes.PluginLoadFailure);
        foreach (var folder in broken)
        {
            list.Error.ShouldContain($"{IssueCodes.PluginAssemblyLoadFailed} {Path.Combine(folder, Path.GetFileName(folder))}.dll");
        }

        list.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(broken.Count);
        list.Out.ShouldContain("textiles");
    }

    [Fact]
    public void Should_LoadEveryPlugin_And_AssessAsUsual_When_AGlanceAtTheSubmissionNamedAnotherSector()
    {
        string[] args = ["assess", TestPaths.TextilesSample("infant-bodysuit"), "--format", "json", "--date", Date];

        var plain = Wbench.Run(TestPaths.CliOutput, args);
        var misled = Wbench.Run(TestPaths.CliOutput, new WbenchSetup(PeekSector: _ => "food"), args);

        misled.ExitCode.ShouldBe(ExitCodes.Ok, misled.All);
        misled.Error.ShouldBeEmpty();
        misled.Out.ShouldBe(plain.Out);
    }

    /// <summary>
    /// An application folder whose <c>plugins/</c> holds a copy of every plugin beside the CLI: the one serving
    /// <paramref name="sector"/> as built, each other one broken but still vouched for by its manifest. Returns the broken folders.
    /// </summary>
    private static List<string> BesideBrokenPlugins(string application, string sector)
    {
        var broken = new List<string>();
        foreach (var plugin in Directory.GetDirectories(CliPlugins).Order(StringComparer.Ordinal))
        {
            var copy = Path.Combine(application, "plugins", Path.GetFileName(plugin));
            Directory.CreateDirectory(copy);
            foreach (var file in Directory.GetFiles(plugin))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            var path = Path.Combine(copy, PluginManifest.FileName);
            var manifest = PluginManifest.Read(path).ShouldNotBeNull(plugin);
            if (manifest.Serves(sector))
            {
                continue;
            }

            File.WriteAllText(Path.Combine(copy, Path.GetFileName(copy) + ".dll"), "not an assembly");
            (manifest with { Files = PluginManifest.HashFiles(copy) }).Write(path);
            PluginManifest.ReadTrusted(copy).ShouldNotBeNull();
            broken.Add(copy);
        }

        return broken;
    }
}
