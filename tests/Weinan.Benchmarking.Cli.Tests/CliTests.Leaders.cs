using System.Text.Json;
using System.Text.RegularExpressions;
using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Reporting.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// <c>wbench leaders</c> over the hand-made <c>samples/batch/leaders-apparel.jsonl</c> (ranks and scores worked out by
/// hand in the batch tests' <c>LeaderRankingTests</c>) with the plugins beside the CLI, on 2026-11-27.
/// </summary>
public sealed partial class CliTests
{
    private static string LeadersDataset => Path.Combine(TestPaths.RepositoryRoot, "samples", "batch", "leaders-apparel.jsonl");

    private static WbenchRun Leaders(params string[] args) =>
        Wbench.Run(TestPaths.CliOutput, ["leaders", .. args, "--date", "2026-11-27"]);

    [Fact]
    public void Should_PrintTheFormulaAndTheRanking_InChinese_WithoutIdsOrEnumNames()
    {
        // When
        var run = Leaders(LeadersDataset, "--category", "apparel", "--period", "2026");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Error.ShouldBeEmpty();
        var lines = run.Out.Split('\n');
        lines[0].ShouldBe("企业标准“领跑者”候选：品类“apparel”，报告期 2026，评价日期 2026-11-27");
        lines[1].ShouldBe("计算方法：");
        lines.ShouldContain("  得分 = 100 × (0.5 × C + 0.25 × N + 0.25 × I)，按 GB/T 8170 修约至 0.01；品种没有某一级参照时，该级权重并入另一级；得分相同者名次相同（排名不分先后）。");
        lines.ShouldContain("名次\t企业\t标准编号\t覆盖率\t严于国家/行业\t严于国际\t得分\t领跑者候选");
        lines.ShouldContain("1\t渭南新阳纺织有限公司\tQ/WNXY 0003-2025\t100.0%（15/15）\t100.0%（6/6）\t86.7%（13/15）\t96.67\t✓");
        lines.ShouldContain("6\t韩城市秀美制衣有限公司\tQ/HCXM 0001-2026\t53.3%（8/15）\t33.3%（2/6）\t37.5%（3/8）\t44.38\t");
        Array.FindIndex(lines, l => l.StartsWith("计算方法", StringComparison.Ordinal))
            .ShouldBeLessThan(Array.FindIndex(lines, l => l.StartsWith("名次", StringComparison.Ordinal)));

        // And: apart from standard codes, the category as given and chemical symbols, no Latin word — no id, no enum name
        var text = Regex.Replace(run.Out, @"Q/[A-Z]+ \d{4}-\d{4}|GB/T 8170|apparel", "");
        Regex.Matches(text, "[A-Za-z]{3,}").Select(m => m.Value).ShouldBeEmpty();
        ReportApprovals.VerifyIn(Path.Combine(TestPaths.RepositoryRoot, "tests", "Weinan.Benchmarking.Cli.Tests", "Approved", "leaders"),
            run.Out, "leaders-apparel-2026.zh-CN", "txt");
    }

    [Fact]
    public void Should_PrintTheRanking_InEnglish_WithTheTiesOfTheLastRankShown()
    {
        // When
        var run = Leaders(LeadersDataset, "--category", "apparel", "--period", "2026", "--top", "2", "--lang", "en");

        // Then: ranks 1, 2 and 2 (the tie) only
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldStartWith("Top-runner candidates among enterprise standards: category 'apparel', period 2026, assessed on 2026-11-27\nFormula:\n");
        run.Out.ShouldContain("Rank\tEnterprise\tStandard\tCoverage\tStricter than national\tStricter than international\tScore\tCandidate\n" +
                              "1\t渭南新阳纺织有限公司\tQ/WNXY 0003-2025\t100.0% (15/15)\t100.0% (6/6)\t86.7% (13/15)\t96.67\t✓\n" +
                              "2\t蒲城县锦程服装有限公司\tQ/PCFZ 0001-2026\t100.0% (15/15)\t100.0% (6/6)\t80.0% (12/15)\t95.00\t\n" +
                              "2\t渭南秦绣服饰有限公司\tQ/QXFS 0001-2026\t100.0% (15/15)\t100.0% (6/6)\t80.0% (12/15)\t95.00\t✓\n" +
                              "  Q/PCFZ 0001-2026 (蒲城县锦程服装有限公司): 1 product(s) do not meet the standard itself\n");
        run.Out.ShouldNotContain("Q/DLMF");
        run.Out.ShouldContain("Read 10 rows: 8 products of category 'apparel' (1 without an enterprise standard, 0 not assessed)");
    }

    [Fact]
    public void Should_WriteTheRankingAsJson()
    {
        // When
        var run = Leaders(LeadersDataset, "--category", "apparel", "--period", "2026", "--format", "json", "--lang", "en");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("format").GetString().ShouldBe("wbench-leaders/1.0");
        root.GetProperty("formula").EnumerateArray().Count().ShouldBe(7);
        var list = root.GetProperty("lists").EnumerateArray().ShouldHaveSingleItem();
        list.GetProperty("productClass").GetString().ShouldBe("skin-contact");
        list.GetProperty("referenceIndicators").GetArrayLength().ShouldBe(15);
        var entries = list.GetProperty("entries").EnumerateArray().ToList();
        entries.Select(e => (e.GetProperty("rank").GetInt32(), e.GetProperty("standard").GetProperty("code").GetString(), e.GetProperty("score").GetDecimal()))
            .ShouldBe([(1, "Q/WNXY 0003-2025", 96.67m), (2, "Q/PCFZ 0001-2026", 95.00m), (2, "Q/QXFS 0001-2026", 95.00m),
                (4, "Q/DLMF 0002-2026", 89.17m), (5, "Q/HYFZ 0002-2026", 71.25m), (6, "Q/HCXM 0001-2026", 44.38m)]);
        var hcxm = entries[5];
        hcxm.GetProperty("coverage").GetProperty("share").GetDecimal().ShouldBe(0.5333m);
        var ph = hcxm.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "ph");
        (ph.GetProperty("limit").GetString(), ph.GetProperty("national").GetString()).ShouldBe(("3.5 ~ 7.0", "notComparable"));
        hcxm.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("kind").GetString())
            .ShouldBe(["incomplete", "notAboveNational", "keyBelowInternational", "notComparable"]);
    }

    [Fact]
    public void Should_WriteTheRankingAsCsv_WithFormulaCellsNeutralised()
    {
        // Given: the dataset with an enterprise whose name a spreadsheet would run as a formula
        using var temp = new TempDirectory();
        var input = temp.File("leaders.jsonl", File.ReadAllText(LeadersDataset).Replace("华阴市华岳纺织有限公司", "=cmd|' /C calc'!A0", StringComparison.Ordinal));
        var output = Path.Combine(temp.Path, "leaders.csv");

        // When
        var run = Leaders(input, "--category", "apparel", "--period", "2026", "--out", output);

        // Then: CSV by the file's extension, with a byte order mark for spreadsheets
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain($"已写入 {output}");
        var bytes = File.ReadAllBytes(output);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = File.ReadAllText(output).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(7);
        lines[5].ShouldContain(",\"'=cmd|' /C calc'!A0\",");
        lines[5].ShouldContain(",Q/HYFZ 0002-2026,1,1,0.8000,12,15,1.0000,6,6,0.2500,3,12,71.25,否,未限定参照指标：");
    }

    [Fact]
    public void Should_ListTheCategoriesPresent_When_TheCategoryIsNotInTheInput()
    {
        // When
        var run = Leaders(LeadersDataset, "--category", "outerwear");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.Trim().ShouldBe($"错误 {IssueCodes.LeaderCategory} [category]: 品类“outerwear”不在输入中；输入中的品类：apparel、home-textile。");
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_RankWhatCanBeRead_AndExitWithFailure_When_ARowCannotBeRead()
    {
        // Given: the dataset with a broken third line
        using var temp = new TempDirectory();
        var lines = File.ReadAllLines(LeadersDataset);
        var input = temp.File("leaders.jsonl", string.Join("\n", [.. lines[..2], "{\"id\": ", .. lines[2..]]) + "\n");

        // When
        var run = Leaders(input, "--category", "apparel", "--period", "2026", "--lang", "en");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Failed, run.All);
        run.Error.ShouldContain($"error WB1001 {input}:3");
        run.Out.ShouldContain("\t96.67\t✓");
        run.Out.ShouldContain("Read 11 rows: 8 products of category 'apparel' (1 without an enterprise standard, 0 not assessed); 1 rows not counted");
    }

    [Fact]
    public void Should_ReadAWorkbooksEnterpriseLimits_ByTheirIndicatorsKind_AsTheBatchDoes()
    {
        // Given: the hand-made intake workbook, whose third row limits a colour fastness by its lowest grade (≥3-4) and
        // odour by the value it accepts (none), beside numeric limits
        var workbook = Path.Combine(TestPaths.RepositoryRoot, "samples", "batch", "intake.xlsx");

        // When
        var run = Leaders(workbook, "--category", "apparel", "--lang", "en");

        // Then: the row is read and its standard ranked, as `wbench batch` reads and assesses it
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("\tQ/WNFZ 0001-2025\t26.7% (4/15)\t");
        run.Out.ShouldContain("Read 12 rows: 3 products of category 'apparel' (2 without an enterprise standard, 0 not assessed)");
        run.Out.ShouldContain("; 0 rows not counted because they could not be read or assessed.");
    }

    [Theory]
    [InlineData("--top", "0", "--top")]
    [InlineData("--format", "xml", "--format")]
    public void Should_RefuseAnInvalidOption_WithOneCodedLine(string option, string value, string named)
    {
        // When
        var run = Leaders(LeadersDataset, "--category", "apparel", option, value, "--lang", "en");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldStartWith($"error {IssueCodes.InvalidOption} [{named}]: Invalid value '{value}'");
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Should_AskForTheCategory()
    {
        // When
        var run = Leaders(LeadersDataset);

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain($"错误 {IssueCodes.InvalidOption} [--category]");
        run.Out.ShouldBeEmpty();
    }
}
