using Weinan.Benchmarking.Cli.Commands;
using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

public sealed partial class CliTests
{
    [Fact]
    public void Should_Write_The_Summary_Workbook_The_Dashboard_And_With_Reports_A_Report_Per_Assessed_Row()
    {
        // Given: the textile samples as lines, and a broken line
        using var temp = new TempDirectory();
        var samples = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples", "textiles"), "*.json").Order(StringComparer.Ordinal).ToList();
        var input = temp.File("in.jsonl", string.Join("\n", samples.Select(f => File.ReadAllText(f).ReplaceLineEndings(" "))) + "\n{\"id\": \n");
        var outDir = Path.Combine(temp.Path, "out");

        // When
        var run = Wbench.Run(TestPaths.CliOutput, "batch", input, "--out", outDir, "--reports", "--lang", "en");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Failed, run.All);
        run.ShouldHaveNoStackTrace();
        run.All.ShouldContain($"{samples.Count} reports written (0 not written)");
        Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe([BatchCommand.Files.Dashboard, BatchCommand.Files.Rejected, BatchCommand.Files.Results, BatchCommand.Files.Summary, StoreFiles.DefaultName]);
        File.ReadAllBytes(Path.Combine(outDir, BatchCommand.Files.Summary))[..2].ShouldBe("PK"u8.ToArray());
        File.ReadAllText(Path.Combine(outDir, BatchCommand.Files.Dashboard)).ShouldContain("Levels by sector");
        var reports = Directory.GetFiles(Path.Combine(outDir, BatchCommand.Files.Reports)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        reports.Count.ShouldBe(samples.Count);
        reports[0].ShouldBe("000001-91610528MA6Y8F5L73-textiles-2025-0006.html");
    }

    [Fact]
    public void Should_Write_No_Reports_Without_The_Reports_Option()
    {
        // Given
        using var temp = new TempDirectory();
        var outDir = Path.Combine(temp.Path, "out");

        // When
        var run = Wbench.Run(TestPaths.CliOutput, "batch", Path.Combine(TestPaths.RepositoryRoot, "samples", "textiles"), "--out", outDir);

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        Directory.Exists(Path.Combine(outDir, BatchCommand.Files.Reports)).ShouldBeFalse();
        File.ReadAllText(Path.Combine(outDir, BatchCommand.Files.Dashboard)).ShouldContain("各行业等级分布");
        File.Exists(Path.Combine(outDir, BatchCommand.Files.Summary)).ShouldBeTrue();
    }
}
