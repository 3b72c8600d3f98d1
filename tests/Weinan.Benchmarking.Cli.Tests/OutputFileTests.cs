using Weinan.Benchmarking.Cli.Commands;
using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Tests;

public sealed class AtomicFileTests
{
    [Fact]
    public void Should_ReplaceTheTarget_And_LeaveNoTemporaryFile()
    {
        using var temp = new TempDirectory();
        var target = temp.File("out/report.html", "old");

        var issue = AtomicFile.Write(target, "新的 report");

        issue.ShouldBeNull();
        File.ReadAllText(target).ShouldBe("新的 report");
        Directory.GetFiles(Path.GetDirectoryName(target)!).ShouldBe([target]);
    }

    [Fact]
    public void Should_CreateTheFolder_When_ItDoesNotExist()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "a", "b", "result.json");

        AtomicFile.Write(target, "{}").ShouldBeNull();

        File.ReadAllText(target).ShouldBe("{}");
    }

    [Fact]
    public void Should_ReturnAnIssue_When_TheTargetCannotBeWritten()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "taken");
        Directory.CreateDirectory(Path.Combine(target, "child"));

        var issue = AtomicFile.Write(target, "text");

        issue.ShouldNotBeNull().Code.ShouldBe(HostingIssueCodes.OutputFailed);
        Directory.GetFiles(temp.Path).ShouldBeEmpty();
    }
}
