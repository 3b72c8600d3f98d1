using System.Reflection;
using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Hosting;
using Weinan.Benchmarking.Sdk.Catalogs;

namespace Weinan.Benchmarking.Cli.Tests;

public sealed class IssueCodeDocumentationTests
{
    [Fact]
    public void Should_ListEveryHostingAndCliIssueCode_InTheCliDocument()
    {
        var codes = typeof(HostingIssueCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .Concat([CatalogMerge.DuplicateCode, CatalogMerge.LadderConflictCode])
            .ToList();
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "cli.md"));

        codes.ShouldBeUnique();
        codes.Count.ShouldBeGreaterThan(20);
        codes.Where(c => !doc.Contains($"| {c} |", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
