using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Batch.Tests.Support;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>The share of the inputs read and the time left that the progress display shows.</summary>
public class ProgressTests
{
    private static readonly string Line = File.ReadAllText(Path.Combine(Catalogs.Samples("textiles"), "cotton-shirt.json")).ReplaceLineEndings(" ");

    [Theory]
    [InlineData("in.jsonl")]
    [InlineData("in.csv")]
    public void Should_Tell_The_Share_Of_The_Inputs_Read_From_Their_Bytes(string name)
    {
        // Given: two inputs of well over the readers' buffers, the second twice the first
        using var temp = new TempDirectory();
        var first = temp.File(name, Text(name, 400));
        var second = temp.File("2" + name, Text(name, 800));
        var counters = new BatchCounters();

        // When
        var records = SubmissionSources.Read([first, second], Catalogs.Intake(), counters);
        var before = counters.Done;
        using var e = records.GetEnumerator();
        var rows = 0;
        while (rows < 600 && e.MoveNext())
        {
            rows++;
        }

        var halfway = counters.Done;
        while (e.MoveNext())
        {
            rows++;
        }

        // Then: nothing read before the first row, about half at the 600th of 1,200 rows, all at the end
        before.ShouldBe(0d);
        halfway.ShouldNotBeNull().ShouldBeInRange(0.4, 0.6);
        counters.Done.ShouldBe(1d);
    }

    [Fact]
    public void Should_Tell_No_Share_When_A_Workbook_Is_Among_The_Inputs()
    {
        using var temp = new TempDirectory();
        var jsonl = temp.File("in.jsonl", Line + "\n");
        var workbook = temp.File("in.xlsx", "");

        var counters = new BatchCounters();
        _ = SubmissionSources.Read([jsonl, workbook], Catalogs.Intake(), counters).ToList();

        counters.Done.ShouldBeNull();
        new BatchProgress(1, 1, 0, TimeSpan.FromSeconds(3), counters.Done).Remaining.ShouldBeNull();
    }

    [Fact]
    public void Should_Count_The_Files_Of_A_Folder_As_They_Are_Read()
    {
        var folder = Catalogs.Samples("textiles");
        var counters = new BatchCounters();

        var records = SubmissionSources.Read([folder], Catalogs.Intake(), counters).ToList();

        records.Count.ShouldBe(Directory.GetFiles(folder, "*.json").Length);
        counters.Done.ShouldBe(1d);
    }

    [Fact]
    public void Should_Read_The_Files_Of_A_Folder_It_Counted()
    {
        // Given: a folder of two submissions, counted when the batch starts
        using var temp = new TempDirectory();
        temp.File("a.json", Line);
        temp.File("b.json", Line);
        var counters = new BatchCounters();
        var records = SubmissionSources.Read([temp.Path], Catalogs.Intake(), counters);

        // When: a third file arrives before the first is read
        temp.File("c.json", Line);
        var files = records.Select(r => r.Parse().File).ToList();

        // Then: the files read are the files counted, and the share read ends at the whole
        files.Select(Path.GetFileName).ShouldBe(["a.json", "b.json"]);
        counters.Done.ShouldBe(1d);
    }

    [Theory]
    [InlineData(0.25, 10, 30)]
    [InlineData(0.5, 8, 8)]
    public void Should_Estimate_The_Time_Left_At_The_Pace_So_Far(double done, int elapsed, int left) =>
        new BatchProgress(100, 100, 0, TimeSpan.FromSeconds(elapsed), done).Remaining.ShouldBe(TimeSpan.FromSeconds(left));

    [Theory]
    [InlineData(null)]
    [InlineData(0d)]
    [InlineData(1d)]
    public void Should_Not_Estimate_Before_Anything_Is_Read_Or_After_Everything_Is(double? done) =>
        new BatchProgress(100, 100, 0, TimeSpan.FromSeconds(5), done).Remaining.ShouldBeNull();

    private const string Header = "id,sector,period,enterprise.name,enterprise.creditCode,enterprise.county,product.name,product.class,evidence,formaldehyde,ph,备注 [remarks]";

    private static string Text(string name, int rows) => name.EndsWith(".csv", StringComparison.Ordinal)
        ? string.Join("\n", [Header, .. Enumerable.Range(1, rows).Select(i => $"x{i},textiles,2026-H1,某某服饰有限公司,91610502MA6Y3K7W64,临渭区,衬衫,adult-direct,accreditedLab,20,6.5,{new string('x', 2000)}")]) + "\n"
        : string.Join("\n", Enumerable.Repeat(Line, rows)) + "\n";
}
