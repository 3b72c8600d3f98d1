using System.Text.Json;
using System.Text.RegularExpressions;
using Weinan.Benchmarking.Batch;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// The <c>batch</c> command group (the run by default, <c>template</c> by name), the hand-made intake workbook in
/// <c>samples/batch/</c>, and <c>samples generate</c> batched from the command line.
/// </summary>
public sealed class BatchCommandTests
{
    private const string Date = "2026-11-27";
    private static readonly string[] IntakeSectors = ["textiles", "food", "building-materials"];

    private static string IntakeFolder => Path.Combine(TestPaths.RepositoryRoot, "samples", "batch");

    [Fact]
    public void Should_Run_The_Batch_As_The_Default_Command_With_Its_Arguments_And_The_Template_By_Name()
    {
        using var temp = new TempDirectory();
        var samples = Path.Combine(TestPaths.RepositoryRoot, "samples", "textiles");

        var run = Wbench.Run(TestPaths.CliOutput, "batch", samples, "--out", Path.Combine(temp.Path, "out"), "--date", Date, "--lang", "en");
        var help = Wbench.Run(TestPaths.CliOutput, "batch", "--help");
        var templateHelp = Wbench.Run(TestPaths.CliOutput, "batch", "template", "--help");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        var count = Directory.GetFiles(samples, "*.json").Length;
        run.Out.ShouldContain($"Read {count} rows = {count} assessed + 0 rejected");
        File.ReadAllLines(Path.Combine(temp.Path, "out", "results.jsonl")).Length.ShouldBe(count);
        help.ExitCode.ShouldBe(ExitCodes.Ok, help.All);
        help.All.ShouldContain("<INPUT>");
        help.All.ShouldContain("--parallel");
        help.All.ShouldContain("template");
        templateHelp.All.ShouldContain("--sector");
        templateHelp.All.ShouldNotContain("--parallel");
    }

    [Fact]
    public void Should_Say_A_Read_Only_Pass_Assessed_Nothing_And_Write_No_Result()
    {
        using var temp = new TempDirectory();
        var samples = Path.Combine(TestPaths.RepositoryRoot, "samples", "textiles");
        var count = Directory.GetFiles(samples, "*.json").Length;

        var zh = Wbench.Run(TestPaths.CliOutput, "batch", samples, "--out", Path.Combine(temp.Path, "zh"), "--read-only");
        var en = Wbench.Run(TestPaths.CliOutput, "batch", samples, "--out", Path.Combine(temp.Path, "en"), "--read-only", "--lang", "en");

        zh.ExitCode.ShouldBe(ExitCodes.Ok, zh.All);
        zh.Out.ShouldContain($"读取 {count} 行 = 可读 {count} + 拒收 0");
        zh.Out.ShouldContain("只读，未评价");
        zh.Out.ShouldNotContain("已评价");
        en.Out.ShouldContain($"Read {count} rows = {count} readable + 0 rejected");
        en.Out.ShouldContain("read only, nothing assessed");
        File.ReadAllText(Path.Combine(temp.Path, "en", "results.jsonl")).ShouldBeEmpty();
        File.Exists(Path.Combine(temp.Path, "en", "summary.xlsx")).ShouldBeFalse();
        File.Exists(Path.Combine(temp.Path, "en", "wbench.db")).ShouldBeFalse();
    }

    [Fact]
    public void Should_Batch_The_Intake_Workbook_With_The_Counts_Its_Readme_Gives()
    {
        // Given
        using var temp = new TempDirectory();
        var workbook = Path.Combine(IntakeFolder, "intake.xlsx");
        var readme = File.ReadAllText(Path.Combine(IntakeFolder, "README.md"));

        // When
        var run = Wbench.Run(TestPaths.CliOutput, "batch", workbook, "--out", temp.Path, "--date", Date);

        // Then: 12 rows, 9 assessed, 3 rejected for the reasons the README gives, in the rows it names
        run.ExitCode.ShouldBe(ExitCodes.Failed, run.All);
        run.Out.ShouldContain("读取 12 行 = 已评价 9 + 拒收 3");
        readme.ShouldContain("读取 12 行 = 已评价 9 + 拒收 3");
        File.ReadAllLines(Path.Combine(temp.Path, "results.jsonl")).Length.ShouldBe(9);
        var rejected = File.ReadAllLines(Path.Combine(temp.Path, "rejected.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        rejected.Select(r => (r[1], r[4])).ShouldBe([("5", "WB2030"), ("8", "WB2006"), ("12", "WB2014")]);
        foreach (var (row, code) in rejected.Select(r => (r[1], r[4])))
        {
            readme.ShouldContain($"| {row} |");
            readme.ShouldContain(code);
        }
    }

    [Theory]
    [InlineData("batch")]
    [InlineData("leaders")]
    public void Should_Refuse_A_Default_Sector_No_Plugin_Serves_Before_Reading_A_Row(string command)
    {
        using var temp = new TempDirectory();
        var csv = Path.Combine(IntakeFolder, "intake.csv");
        string[] Run(string sector) => command == "batch"
            ? ["batch", csv, "--sector", sector, "--out", Path.Combine(temp.Path, sector), "--no-store", "--date", Date]
            : ["leaders", csv, "--sector", sector, "--category", "apparel", "--date", Date];

        // Every row of the file names its sector, so a mistyped default would otherwise pass unseen.
        var typo = Wbench.Run(TestPaths.CliOutput, Run("纺织"));
        var named = Wbench.Run(TestPaths.CliOutput, Run("纺织服装"));

        typo.ExitCode.ShouldBe(ExitCodes.InputError, typo.All);
        typo.Error.ShouldContain($"错误 {IssueCodes.UnknownSector}");
        typo.Error.ShouldContain("未知行业“纺织”");
        Directory.Exists(Path.Combine(temp.Path, "纺织")).ShouldBeFalse();
        named.Error.ShouldNotContain(IssueCodes.UnknownSector);
        named.Out.ShouldContain(command == "batch" ? "读取 12 行 = 已评价 9 + 拒收 3" : "读取 12 行");
    }

    [Fact]
    public void Should_Hold_In_The_Intake_Workbook_The_Rows_Of_Its_Csv_Typed_Into_The_Template_Of_Its_Sectors()
    {
        // Given: the template of the workbook's sectors as the command writes it today
        using var temp = new TempDirectory();
        var workbook = Path.Combine(IntakeFolder, "intake.xlsx");
        var csv = Path.Combine(IntakeFolder, "intake.csv");
        var fresh = Path.Combine(temp.Path, "intake.xlsx");
        var run = Wbench.Run(TestPaths.CliOutput, ["batch", "template", .. IntakeSectors.SelectMany(s => new[] { "--sector", s }), "--out", fresh]);
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        if (Environment.GetEnvironmentVariable("WBENCH_APPROVE") == "1")
        {
            Workbooks.Fill(fresh, CsvRows(csv));
            File.Copy(fresh, workbook, overwrite: true);
        }

        // When
        using var host = Workbooks.Plugins();
        var options = IntakeOptions.ForCatalogs(s => host.Catalogs.Select(s).Catalog);
        var fromWorkbook = SubmissionSources.Read([workbook], options, new BatchCounters()).Select(r => r.Parse()).ToList();
        var fromCsv = SubmissionSources.Read([csv], options, new BatchCounters()).Select(r => r.Parse()).ToList();

        // Then: the workbook is today's template (headers, lists), holding the CSV's rows
        Workbooks.Rows(workbook)[0].ShouldBe(Workbooks.Rows(fresh)[0], "regenerate with WBENCH_APPROVE=1 and review the diff");
        static IEnumerable<string> Lists(string file) => Workbooks.DropDowns(file, "zh-CN").OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => $"{l.Key}: {string.Join("|", l.Value)}");
        Lists(workbook).ShouldBe(Lists(fresh));
        Lists(workbook).Count().ShouldBeGreaterThan(8);
        fromWorkbook.Count.ShouldBe(12);
        fromWorkbook.Select(r => r.Row).ShouldBe(fromCsv.Select(r => r.Row));
        fromWorkbook.Select(r => r.Submission is null ? "" : BenchmarkJson.Serialize(r.Submission))
            .ShouldBe(fromCsv.Select(r => r.Submission is null ? "" : BenchmarkJson.Serialize(r.Submission)));
        fromWorkbook.Select(r => r.Submission?.Enterprise.County).Distinct().Count().ShouldBeGreaterThanOrEqualTo(8);
        fromWorkbook.Select(r => r.Submission?.Sector).OfType<string>().Distinct().ShouldBe(IntakeSectors, ignoreOrder: true);
    }

    [Theory]
    [InlineData("jsonl", 500)]
    [InlineData("csv", 500)]
    [InlineData("xlsx", 120)]
    public void Should_Generate_A_Batch_Across_The_Sectors_Whose_Bad_Rows_Are_Exactly_The_Rejected_Ones(string format, int count)
    {
        // Given
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "batch." + format);
        var again = Path.Combine(temp.Path, "again." + format);
        string[] Generate(string to) => ["samples", "generate", "--count", count.ToString(), "--seed", "11", "--bad-share", "0.1", "--out", to, "--lang", "en"];

        // When
        var generate = Wbench.Run(TestPaths.CliOutput, Generate(file));
        var regenerate = Wbench.Run(TestPaths.CliOutput, Generate(again));
        var batch = Wbench.Run(TestPaths.CliOutput, "batch", file, "--out", Path.Combine(temp.Path, "out"), "--date", Date, "--lang", "en");

        // Then: the same bytes for the same seed; every bad row, and no other, in rejected.csv; read = assessed + rejected
        generate.ExitCode.ShouldBe(ExitCodes.Ok, generate.All);
        regenerate.ExitCode.ShouldBe(ExitCodes.Ok, regenerate.All);
        File.ReadAllBytes(again).ShouldBe(File.ReadAllBytes(file));
        generate.Out.ShouldContain("sectors building-materials, chemicals, food, metallurgy, textiles");
        var bad = int.Parse(Regex.Match(generate.Out, @"Bad rows: (\d+)").Groups[1].Value);
        bad.ShouldBeInRange(count / 20, count / 5);
        batch.Out.ShouldContain($"Read {count} rows = {count - bad} assessed + {bad} rejected");
        var rejected = CsvRows(Path.Combine(temp.Path, "out", "rejected.csv")).ToList();
        rejected.ShouldNotBeEmpty();
        rejected.Select(r => r["Row"]).Distinct().Count().ShouldBe(bad);
        File.ReadAllLines(Path.Combine(temp.Path, "out", "results.jsonl")).Length.ShouldBe(count - bad);
        var sectors = File.ReadAllLines(Path.Combine(temp.Path, "out", "results.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("sector").GetString()).Distinct().ToList();
        sectors.ShouldBe(["building-materials", "chemicals", "food", "metallurgy", "textiles"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("--count", "0")]
    [InlineData("--bad-share", "1.5")]
    [InlineData("--period", "2026-13")]
    [InlineData("--seed", "-1")]
    [InlineData("--out", "batch.txt")]
    public void Should_Refuse_A_Generator_Option_It_Cannot_Honour(string option, string value)
    {
        var args = new Dictionary<string, string> { ["--count"] = "10", ["--out"] = Path.Combine(Path.GetTempPath(), "never.jsonl") };
        args[option] = value;

        var run = Wbench.Run(TestPaths.CliOutput, ["samples", "generate", .. args.SelectMany(a => new[] { a.Key, a.Value }), "--lang", "en"]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldStartWith($"error WB4204 [{option}]");
        File.Exists(Path.Combine(Path.GetTempPath(), "never.jsonl")).ShouldBeFalse();
    }

    [Fact]
    public void Should_Refuse_A_Sector_With_No_Sample_To_Vary()
    {
        using var temp = new TempDirectory();
        var samples = Path.Combine(temp.Path, "samples");
        Directory.CreateDirectory(samples);
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "samples", "food", "goat-milk-powder.json"), Path.Combine(samples, "goat.json"));

        var run = Wbench.Run(TestPaths.CliOutput, "samples", "generate", "--count", "5", "--sector", "food", "--sector", "textiles",
            "--samples", samples, "--out", Path.Combine(temp.Path, "x.jsonl"), "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldContain($"error {IssueCodes.BatchNoSamples}");
        run.Error.ShouldContain("sector textiles");
        File.Exists(Path.Combine(temp.Path, "x.jsonl")).ShouldBeFalse();
    }

    /// <summary>The rows of a CSV intake file, cell text by header key.</summary>
    private static IEnumerable<IReadOnlyDictionary<string, string>> CsvRows(string path)
    {
        using var reader = CsvHelper.CsvReader.Create(new StreamReader(path), new CsvHelper.CsvReaderOptions { HasHeader = false }, leaveOpen: false);
        string[]? header = null;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "").ToArray();
            if (header is null)
            {
                header = cells;
                continue;
            }

            rows.Add(header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }
}
