using Weinan.Benchmarking.Batch.Sinks;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Batch.Tests.Support;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>Per-row reports: safe, unique file names and a report per assessed row, rendered off the sinks' thread.</summary>
public class ReportTests
{
    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\Windows\\System32\\cmd.exe")]
    [InlineData("CON")]
    [InlineData("nul")]
    [InlineData("COM1")]
    [InlineData("LPT9")]
    [InlineData("/")]
    [InlineData("..")]
    [InlineData("渭南纺织有限公司")]
    [InlineData("a\0b\nc:d*e?f\"g<h>i|j")]
    [InlineData(" .hidden. ")]
    public void Should_Make_A_Safe_File_Name_Whatever_The_Credit_Code_And_Submission_Id(string hostile)
    {
        // When
        var name = ReportFileNames.For(41, hostile, hostile + new string('x', 500));

        // Then: one plain name in the folder, starting with the row, of bounded length
        name.ShouldStartWith("000042");
        name.ShouldEndWith(".html");
        Path.GetFileName(name).ShouldBe(name);
        name.ShouldNotContain("..");
        name.ShouldNotContain("/");
        name.ShouldNotContain("\\");
        name.Length.ShouldBeLessThanOrEqualTo(6 + ((1 + ReportFileNames.PartLength) * 2) + 5);
        name[..^5].ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
        ReportFileNames.Part(hostile).ShouldNotBeOneOf(["CON", "nul", "COM1", "LPT9"]);
    }

    [Fact]
    public void Should_Report_A_Folder_That_Cannot_Be_Created_And_Count_Every_Report_Not_Written()
    {
        // Given: a file where the reports folder should be
        using var temp = new TempDirectory();
        var blocked = temp.File("reports", "a file, not a folder");
        var file = SampleBatch.Write(temp, SampleBatch.Lines(3));

        // When
        using var writer = new ReportWriter(blocked, "en");
        var runner = new BatchRunner(Catalogs.Resolve, Catalogs.Options, 2) { ConcurrentSinks = [writer] };
        var counters = new BatchCounters();
        var totals = runner.Run(SubmissionSources.Read([file], Catalogs.Intake(), counters), [], counters);

        // Then
        totals.Assessed.ShouldBe(3);
        (writer.Written, writer.Failed).ShouldBe((0L, 3L));
        writer.Issues.ShouldHaveSingleItem().Code.ShouldBe(IssueCodes.BatchReportFailed);
    }

    [Fact]
    public void Should_Keep_The_Credit_Code_And_Id_And_Give_Every_Row_Its_Own_Name()
    {
        ReportFileNames.For(0, "91610528MA6Y8F5L73", "textiles-2025-0006").ShouldBe("000001-91610528MA6Y8F5L73-textiles-2025-0006.html");
        ReportFileNames.For(1, null, null).ShouldBe("000002.html");
        ReportFileNames.Part("CON").ShouldBe("_CON");
        ReportFileNames.Part("../../etc/passwd").ShouldBe("etc_passwd");
        ReportFileNames.For(2, "91610528MA6Y8F5L73", "dup").ShouldNotBe(ReportFileNames.For(3, "91610528MA6Y8F5L73", "dup"));
    }

    [Fact]
    public void Should_Write_One_Report_Per_Assessed_Row_Into_The_Folder_Only_With_Names_Escaped()
    {
        // Given: rows with the same id and credit code, ids that are paths, device names and very long, names that are markup
        using var temp = new TempDirectory();
        string[] ids = ["../../etc/passwd", "CON", new('x', 300), "same", "same"];
        var lines = SampleBatch.Lines(10, (n, e) =>
        {
            e["name"] = "<script>alert(1)</script>";
            e["creditCode"] = n % 2 == 0 ? "../evil" : "91610528MA6Y8F5L73";
        }).Select((line, n) => line.Replace($"\"id\":\"row-{n}\"", $"\"id\":{System.Text.Json.JsonSerializer.Serialize(ids[n % ids.Length])}", StringComparison.Ordinal))
            .Append("{\"id\": ");
        var file = SampleBatch.Write(temp, lines);
        var folder = Path.Combine(temp.Path, "out", "reports");

        // When: reports are written on the assessing threads
        var collect = new Catalogs.Collect();
        var counters = new BatchCounters();
        using (var writer = new ReportWriter(folder, "zh-CN"))
        {
            var runner = new BatchRunner(Catalogs.Resolve, Catalogs.Options, 3) { ConcurrentSinks = [writer] };
            runner.Run(SubmissionSources.Read([file], Catalogs.Intake(), counters), [collect], counters);
            writer.Written.ShouldBe(collect.Items.Count(i => !i.Rejected));
            writer.Failed.ShouldBe(0);
            writer.Issues.ShouldBeEmpty();
        }

        var items = collect.Items;

        // Then: rows with a credit code that is not one are rejected and have no report; the others have one each
        items.Count(i => !i.Rejected).ShouldBe(5);
        var written = Directory.GetFiles(Path.Combine(temp.Path, "out"), "*", SearchOption.AllDirectories);
        written.Length.ShouldBe(5);
        written.ShouldAllBe(f => Path.GetDirectoryName(f) == folder);
        written.Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(items.Where(i => !i.Rejected).Select(ReportFileNames.For).Order(StringComparer.Ordinal));
        written.Select(Path.GetFileName).ShouldContain("000002-91610528MA6Y8F5L73-_CON.html");
        var first = items.First(i => !i.Rejected);
        var report = File.ReadAllText(Path.Combine(folder, ReportFileNames.For(first)));
        report.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        report.ShouldNotContain("<script>alert(1)</script>");
        report.ShouldContain(first.Result!.Level.Name.Zh);
    }

    [Fact]
    public void Should_Never_Name_A_Report_Or_A_Folder_After_The_Enterprise_Name()
    {
        // Given: enterprises named like paths, device names and folders outside the output
        using var temp = new TempDirectory();
        string[] names = ["../../逃逸", "..\\..\\escape", "/tmp/abs", "CON", "reports/../../x", "a/b/c"];
        var file = SampleBatch.Write(temp, SampleBatch.Lines(names.Length, (n, e) => e["name"] = names[n]));
        var folder = Path.Combine(temp.Path, "out", "reports");

        // When
        var counters = new BatchCounters();
        using (var writer = new ReportWriter(folder, "en"))
        {
            var runner = new BatchRunner(Catalogs.Resolve, Catalogs.Options, 2) { ConcurrentSinks = [writer] };
            runner.Run(SubmissionSources.Read([file], Catalogs.Intake(), counters), [], counters);
            writer.Written.ShouldBe(names.Length);
        }

        // Then: every file is a plain name in the reports folder, none made of the enterprise name, nothing outside it
        var everything = Directory.GetFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        everything.ShouldBe([file, Path.Combine(temp.Path, "out"), folder], ignoreOrder: true);
        var written = Directory.GetFiles(folder);
        written.Length.ShouldBe(names.Length);
        written.Select(Path.GetFileName).ShouldAllBe(n => n!.Length > 0 && n.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == '.'));
        written.Select(Path.GetFileName).ShouldAllBe(n => !names.Any(name => n!.Contains(name, StringComparison.Ordinal) || n.Contains("escape", StringComparison.Ordinal) || n.Contains("tmp", StringComparison.Ordinal)));
    }
}
