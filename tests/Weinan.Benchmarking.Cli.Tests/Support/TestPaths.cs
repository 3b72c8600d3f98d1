using System.Reflection;

namespace Weinan.Benchmarking.Cli.Tests.Support;

/// <summary>Where the fixture plugins and the CLI's output folder are.</summary>
internal static class TestPaths
{
    public const string Good = "Weinan.Benchmarking.Fixtures.Good";
    public const string ThrowsOnLoad = "Weinan.Benchmarking.Fixtures.ThrowsOnLoad";
    public const string InvalidCatalog = "Weinan.Benchmarking.Fixtures.InvalidCatalog";
    public const string FutureContract = "Weinan.Benchmarking.Fixtures.FutureContract";

    /// <summary>Folder holding one folder per fixture plugin.</summary>
    public static string FixturePlugins { get; } = Path.Combine(AppContext.BaseDirectory, "fixture-plugins");

    /// <summary>One fixture plugin's folder.</summary>
    public static string Fixture(string name) => Path.Combine(FixturePlugins, name);

    /// <summary>The CLI's build output folder, with plugins/ beside the executable.</summary>
    public static string CliOutput { get; } = typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CliOutputDirectory").Value!;
}
