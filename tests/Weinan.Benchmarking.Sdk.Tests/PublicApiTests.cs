using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>
/// The plugin contract's public surface is pinned in <c>Approved/Weinan.Benchmarking.Abstractions.approved.txt</c>, so a change
/// to it is a reviewed diff. Set WB_APPROVE_API=1 to accept a deliberate change.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void Should_Match_The_Approved_Contract_Surface()
    {
        var api = typeof(Catalog).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).Replace("\r\n", "\n", StringComparison.Ordinal);
        var path = ApprovedPath();
        if (Environment.GetEnvironmentVariable("WB_APPROVE_API") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, api);
        }

        File.Exists(path).ShouldBeTrue($"missing {path}: run with WB_APPROVE_API=1 and review the file");
        api.ShouldBe(File.ReadAllText(path));
    }

    private static string ApprovedPath([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Approved", "Weinan.Benchmarking.Abstractions.approved.txt");
}
