using System.Reflection;

namespace Weinan.Benchmarking.Cli.Tests.Support;

/// <summary>Where the fixture plugins and the CLI's output folder are.</summary>
internal static class TestPaths
{
    public const string Good = "Weinan.Benchmarking.Fixtures.Good";
    public const string ThrowsOnLoad = "Weinan.Benchmarking.Fixtures.ThrowsOnLoad";
    public const string InvalidCatalog = "Weinan.Benchmarking.Fixtures.InvalidCatalog";
    public const string FutureContract = "Weinan.Benchmarking.Fixtures.FutureContract";
    public const string MalformedCatalog = "Weinan.Benchmarking.Fixtures.MalformedCatalog";
    public const string NullSector = "Weinan.Benchmarking.Fixtures.NullSector";
    public const string NullCatalogSector = "Weinan.Benchmarking.Fixtures.NullCatalogSector";
    public const string BadPartial = "Weinan.Benchmarking.Fixtures.BadPartial";

    /// <summary>Folder holding one folder per fixture plugin.</summary>
    public static string FixturePlugins { get; } = Path.Combine(AppContext.BaseDirectory, "fixture-plugins");

    /// <summary>One fixture plugin's folder.</summary>
    public static string Fixture(string name) => Path.Combine(FixturePlugins, name);

    /// <summary>The CLI's build output folder, with plugins/ beside the executable.</summary>
    public static string CliOutput { get; } = Metadata("CliOutputDirectory");

    /// <summary>The repository's root folder.</summary>
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>The sector plugins' source project folders, <c>plugins/&lt;Name&gt;/</c>, each with its <c>catalog.json</c>.</summary>
    public static IReadOnlyList<string> PluginProjects { get; } = Directory.GetDirectories(Path.Combine(RepositoryRoot, "plugins"))
        .Where(d => File.Exists(Path.Combine(d, "catalog.json")))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>A textiles sample submission, e.g. <c>cotton-shirt</c>.</summary>
    public static string TextilesSample(string name) => Path.Combine(RepositoryRoot, "samples", "textiles", name + ".json");

    private static string Metadata(string key) => typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}
