using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// <c>plugins check</c> takes what a consultant naturally passes: a built plugin folder, a plugin's source project folder
/// (its build output), a plugin assembly, a catalog file, or a loaded plugin's id.
/// </summary>
public sealed partial class CliTests
{
    public static TheoryData<string, string> PluginCheckForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var project in TestPaths.PluginProjects)
        {
            foreach (var form in new[] { "built folder", "source project", "catalog", "id" })
            {
                data.Add(Path.GetFileName(project), form);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PluginCheckForms))]
    public void Should_PassTheCheck_ForEverySectorPlugin_InEveryFormItCanBeNamed(string name, string form)
    {
        var project = Path.Combine(TestPaths.RepositoryRoot, "plugins", name);
        var id = CatalogOf(project).Id;
        var target = form switch
        {
            "built folder" => Path.Combine(TestPaths.CliOutput, "plugins", name),
            "source project" => project,
            "catalog" => Path.Combine(project, "catalog.json"),
            _ => id,
        };

        var run = Wbench.Run(TestPaths.CliOutput, "plugins", "check", target, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain($"{id} {CatalogOf(project).Version}: ");
        run.Out.ShouldContain("Check passed: 0 errors");
        run.Error.Split('\n').ShouldNotContain(l => l.StartsWith("error ", StringComparison.Ordinal));
        switch (form)
        {
            case "source project":
                run.Out.ShouldContain($"Checking the project's build output: {Path.Combine(project, "bin")}{Path.DirectorySeparatorChar}");
                run.Out.ShouldContain($"{name}.dll");
                break;
            case "id":
                run.Out.ShouldContain($"Checking the loaded plugin {id}: {Path.Combine(TestPaths.CliOutput, "plugins", name, name + ".dll")}");
                break;
        }
    }

    [Fact]
    public void Should_CheckTheNewestBuildOutput_When_GivenASourceProjectFolder()
    {
        using var temp = new TempDirectory();
        var project = SourceProject(temp, TestPaths.Good);
        Build(project, "Debug", TestPaths.Good, daysAfterTheSources: 1);
        var release = Build(project, "Release", TestPaths.Good, daysAfterTheSources: 2);

        var run = Wbench.Run(Wbench.Bare, "plugins", "check", project, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain($"Checking the project's build output: {Path.Combine(release, TestPaths.Good + ".dll")}");
        run.Out.ShouldContain("fixture 1.0.0: ");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Should_SayBuildItFirst_And_BuildNothing_When_TheSourceProjectHasNoBuildOutput()
    {
        using var temp = new TempDirectory();
        var project = SourceProject(temp, TestPaths.Good);

        var en = Wbench.Run(Wbench.Bare, "plugins", "check", project, "--lang", "en");
        var zh = Wbench.Run(Wbench.Bare, "plugins", "check", project);

        en.ExitCode.ShouldBe(ExitCodes.InputError, en.All);
        en.Error.ShouldContain($"error {IssueCodes.PluginProjectNotBuilt} {project}: ");
        en.Error.ShouldContain($"has not been built (no {TestPaths.Good}.dll under bin/). Build it first: dotnet build {project}");
        en.Out.ShouldBeEmpty();
        zh.ExitCode.ShouldBe(ExitCodes.InputError, zh.All);
        zh.Error.ShouldContain($"请先构建：dotnet build {project}");
        Directory.Exists(Path.Combine(project, "bin")).ShouldBeFalse();
        Directory.Exists(Path.Combine(project, "obj")).ShouldBeFalse();
        en.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_FindTheBuildOutputByTheProjectsAssemblyName_When_ItDiffersFromTheProjectFile()
    {
        using var temp = new TempDirectory();
        var project = Path.Combine(temp.Path, "sector-plugin");
        temp.File(Path.Combine("sector-plugin", "SectorPlugin.csproj"),
            $"<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <AssemblyName>{TestPaths.Good}</AssemblyName>\n  </PropertyGroup>\n</Project>\n");
        var missing = Wbench.Run(Wbench.Bare, "plugins", "check", project, "--lang", "en");
        Build(project, "Debug", TestPaths.Good, daysAfterTheSources: 1);

        var run = Wbench.Run(Wbench.Bare, "plugins", "check", project, "--lang", "en");

        missing.Error.ShouldContain($"no {TestPaths.Good}.dll under bin/");
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain("fixture 1.0.0: ");
    }

    [Fact]
    public void Should_WarnThatTheBuildIsOlder_When_TheCatalogChangedAfterTheLastBuild()
    {
        using var temp = new TempDirectory();
        var project = SourceProject(temp, TestPaths.Good);
        var output = Build(project, "Debug", TestPaths.Good, daysAfterTheSources: 1);
        var catalog = temp.File(Path.Combine(TestPaths.Good, "catalog.json"), "{}");
        File.SetLastWriteTimeUtc(catalog, File.GetLastWriteTimeUtc(Path.Combine(output, TestPaths.Good + ".dll")).AddMinutes(1));

        var run = Wbench.Run(Wbench.Bare, "plugins", "check", project, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Error.ShouldContain($"warning {IssueCodes.PluginBuildOutputStale} {catalog}: ");
        run.Error.ShouldContain($"Rebuild it: dotnet build {project}");
        run.Out.ShouldContain("Check passed: 0 errors, 1 warning(s).");
    }

    [Fact]
    public void Should_CheckALoadedPluginByItsId_IgnoringCase()
    {
        var run = Wbench.Run(Wbench.Bare, "plugins", "check", "FIXTURE", "--plugins", TestPaths.Fixture(TestPaths.Good));

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain("检查已加载的插件 fixture：");
        run.Out.ShouldContain("fixture 1.0.0: ");
        run.Out.ShouldContain("检查通过");
    }

    [Fact]
    public void Should_NameThePluginsLoaded_And_ExitWithInputError_When_TheIdIsUnknown()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "plugins", "check", "cement", "--plugins", TestPaths.FixturePlugins, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldContain($"error {IssueCodes.FileNotFound} cement: 'cement' is neither a file, a folder nor the id of a loaded plugin.");
        run.Error.ShouldMatch(@"Plugins loaded: (.+, )?chemicals(, .+)?\.");
        // The plugins that failed to load are shown: one of them may be the plugin meant.
        run.Error.ShouldContain("warning " + IssueCodes.PluginThrew);
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Theory]
    [InlineData("no/such/plugin")]
    [InlineData("missing.json")]
    [InlineData("Missing.dll")]
    public void Should_ReportAMissingFile_And_LoadNoPlugin_When_TheTargetLooksLikeAPath(string target)
    {
        var run = Wbench.Run(TestPaths.CliOutput, "plugins", "check", target, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldBe($"error {IssueCodes.FileNotFound} {target}: File or folder not found: {target}\n");
    }

    private static Catalog CatalogOf(string project) =>
        Sdk.Json.BenchmarkJson.Deserialize<Catalog>(File.ReadAllText(Path.Combine(project, "catalog.json"))).Value!;

    /// <summary>A source project folder named after a fixture plugin, with its project file and no build output.</summary>
    private static string SourceProject(TempDirectory temp, string name)
    {
        temp.File(Path.Combine(name, name + ".csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        return Path.Combine(temp.Path, name);
    }

    /// <summary>
    /// Lays the fixture plugin's published files out as a build of the project would, in <c>bin/CONFIG/net10.0/</c>, with
    /// the assembly written <paramref name="daysAfterTheSources"/> days after the newest file of the project.
    /// </summary>
    private static string Build(string project, string configuration, string fixture, int daysAfterTheSources)
    {
        var sources = Directory.GetFiles(project).Max(File.GetLastWriteTimeUtc);
        var output = Path.Combine(project, "bin", configuration, "net10.0");
        Directory.CreateDirectory(output);
        foreach (var file in Directory.GetFiles(TestPaths.Fixture(fixture)))
        {
            File.Copy(file, Path.Combine(output, Path.GetFileName(file)));
        }

        File.SetLastWriteTimeUtc(Path.Combine(output, fixture + ".dll"), sources.AddDays(daysAfterTheSources));
        return output;
    }
}
