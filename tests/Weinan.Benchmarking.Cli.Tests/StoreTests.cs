using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// The store from the command line: <c>batch</c> writes it (idempotently, and completes a batch killed part-way),
/// <c>history</c> and <c>compare</c> read it.
/// </summary>
public sealed class StoreTests
{
    private const string Date = "2026-11-27";
    private const string Shirt = "91610503MA6Y4R2N50";

    [Fact]
    public void Should_Show_An_Enterprises_Product_Across_Periods_Indicator_By_Indicator()
    {
        // Given: the hand-made two-period dataset (see Dataset)
        using var temp = new TempDirectory();
        var db = Dataset(temp);

        // When
        var zh = Wbench.Run(TestPaths.CliOutput, "history", Shirt, "--db", db);
        var en = Wbench.Run(TestPaths.CliOutput, "history", Shirt, "--db", db, "--lang", "en");

        // Then: formaldehyde 82 → 30 mg/kg (lower is better) improved and lifts the level from 未达标 to 达标; water
        // fastness 3-4 → 3 (higher is better) regressed; the rest as submitted in both periods
        zh.ExitCode.ShouldBe(ExitCodes.Ok, zh.All);
        zh.Out.ShouldBe(Tsv(
            "企业：渭南华州棉纺制衣有限公司（91610503MA6Y4R2N50）",
            "",
            "产品：男士纯棉长袖衬衫（纺织服装）",
            "指标|单位|较优方向|2025|2025 等级|2026|2026 等级|2025→2026",
            "总体等级||||未达标||达标|改善",
            "甲醛含量|mg/kg|越小越好|82|未达标|30|达标|改善",
            "pH 值||区间|7.9|达标|7.9|达标|持平",
            "耐水色牢度（变色、沾色）||越大越好|3-4|国际领先|3|达标|退步",
            "耐酸汗渍色牢度（变色、沾色）||越大越好|3|达标|3|达标|持平",
            "耐碱汗渍色牢度（变色、沾色）||越大越好|3|达标|3|达标|持平",
            "耐干摩擦色牢度||越大越好|3-4|达标|3-4|达标|持平",
            "异味||越小越好|无异味|达标|无异味|达标|持平",
            "可分解致癌芳香胺染料||越小越好|未检出|国际领先|未检出|国际领先|持平",
            "可萃取重金属 镉（Cd）|mg/kg|越小越好|0.05|—|0.05|—|持平",
            "评价所用目录版本（按报告期）：2025 为 2.0.0 版；2026 为 2.0.0 版"));
        zh.Out.ShouldNotContain("formaldehyde");
        zh.Out.ShouldNotContain("LowerIsBetter");
        en.Out.ShouldContain(Tsv("Overall level||||Non-compliant||Compliant|improved"));
        en.Out.ShouldContain(Tsv("Formaldehyde content|mg/kg|lower is better|82|Non-compliant|30|Compliant|improved"));
        en.Out.ShouldContain(Tsv("Odour||lower is better|no odour|Compliant|no odour|Compliant|unchanged"));
    }

    [Theory]
    [InlineData("x'00ffffffff01'")]
    [InlineData("'not a result line'")]
    [InlineData("'[1, 2]'")]
    public void Should_Report_A_Damaged_Store_Line_As_An_Issue_And_Not_As_An_Internal_Error(string line)
    {
        // Given: the hand-made dataset, one of whose stored result lines was overwritten by hand
        using var temp = new TempDirectory();
        var (db, changed) = Damaged(temp, $"""
            UPDATE results SET line = {line} WHERE submission =
                (SELECT id FROM submissions WHERE credit_code = '{Shirt}' AND period = '2026')
            """);
        changed.ShouldBe(1);

        // When: history of the enterprise whose result it was, and the comparison of the two periods
        // Then: an input error naming the store, in each language, and no stack trace
        ShouldReportTheStoreAsDamaged(db);
    }

    [Theory]
    [InlineData("catalog = 'not a catalog'")]
    [InlineData("catalog = '{}'")]
    [InlineData("ladder = x'0102'")]
    [InlineData("refs = 7")]
    [InlineData("sector = ''")]
    public void Should_Report_A_Damaged_Stored_Catalog_As_An_Issue_And_Not_Read_It_As_An_Empty_Catalog(string damage)
    {
        // Given: the hand-made dataset, whose stored catalogs were overwritten by hand
        using var temp = new TempDirectory();
        var (db, changed) = Damaged(temp, $"UPDATE catalogs SET {damage}");
        changed.ShouldBeGreaterThan(0);

        // When / Then: the store is named as damaged, and no level or indicator is shown from a catalog read as empty
        foreach (var run in ShouldReportTheStoreAsDamaged(db))
        {
            run.Out.ShouldNotContain("达标");
        }
    }

    /// <summary>The hand-made dataset with <paramref name="sql"/> run on it by hand, and the number of rows it changed.</summary>
    private static (string Db, int Changed) Damaged(TempDirectory temp, string sql)
    {
        var db = Dataset(temp);
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (db, command.ExecuteNonQuery());
    }

    /// <summary>
    /// Runs <c>history</c> (zh-CN) and <c>compare</c> (en) on a damaged store and checks each reports it as an input error
    /// naming the store, in its language, without a stack trace; returns both runs.
    /// </summary>
    private static IReadOnlyList<WbenchRun> ShouldReportTheStoreAsDamaged(string db)
    {
        var history = Wbench.Run(TestPaths.CliOutput, "history", Shirt, "--db", db);
        var compare = Wbench.Run(TestPaths.CliOutput, "compare", "--period", "2025", "--period", "2026", "--db", db, "--lang", "en");
        foreach (var (run, words) in new[] { (history, "库中的数据已损坏"), (compare, "data in it is damaged") })
        {
            run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
            run.Error.ShouldContain(IssueCodes.StoreNotAStore);
            run.Error.ShouldContain(words);
            run.Error.ShouldContain(db);
            run.ShouldHaveNoStackTrace();
        }

        return [history, compare];
    }

    [Fact]
    public void Should_Compare_The_Two_Latest_Periods_When_None_Is_Given()
    {
        // Given: the hand-made dataset (2025 and 2026), and a copy whose 2025 results were removed by hand
        using var temp = new TempDirectory();
        var db = Dataset(temp);
        using var other = new TempDirectory();
        var (single, removed) = Damaged(other, "DELETE FROM results WHERE submission IN (SELECT id FROM submissions WHERE period = '2025')");
        removed.ShouldBeGreaterThan(0);

        // When
        var latest = Wbench.Run(TestPaths.CliOutput, "compare", "--db", db, "--lang", "en");
        var named = Wbench.Run(TestPaths.CliOutput, "compare", "--period", "2025", "--period", "2026", "--db", db, "--lang", "en");
        var alone = Wbench.Run(TestPaths.CliOutput, "compare", "--db", single);
        var one = Wbench.Run(TestPaths.CliOutput, "compare", "--period", "2026", "--db", db);

        // Then: the same tables as naming them; with one period held, an input error listing it; one period named is refused
        latest.ExitCode.ShouldBe(ExitCodes.Ok, latest.All);
        latest.Out.ShouldStartWith("Period 2025 → 2026: 3 → 3 products assessed");
        latest.Out.ShouldBe(named.Out);
        alone.ExitCode.ShouldBe(ExitCodes.InputError, alone.All);
        alone.Error.Trim().ShouldBe($"错误 {IssueCodes.StoreNoPeriod} {single}: 评价结果库中的报告期不足两个，无法比较；库中的报告期：2026。");
        alone.ShouldHaveNoStackTrace();
        one.ExitCode.ShouldBe(ExitCodes.InputError, one.All);
        one.Error.ShouldContain("不给则比较库中最近的两个报告期");
    }

    [Fact]
    public void Should_Compare_Two_Periods_By_Sector_And_By_County()
    {
        // Given
        using var temp = new TempDirectory();
        var db = Dataset(temp);

        // When
        var bySector = Wbench.Run(TestPaths.CliOutput, "compare", "--period", "2025", "--period", "2026", "--db", db);
        var byCounty = Wbench.Run(TestPaths.CliOutput, "compare", "--period", "2025", "--period", "2026", "--db", db, "--by", "county", "--lang", "en");
        var onTerminal = Wbench.Run(TestPaths.CliOutput, rich: true, "compare", "--period", "2025", "--period", "2026", "--db", db);

        // Then: 2025 — shirt 未达标 and polo shirt 未达标 (华州区, 韩城市), methanol superior grade 未达标 (华州区);
        // 2026 — shirt 达标, polo shirt 未达标, methanol first grade 国内领先 (蒲城县). In both: the shirt up, the polo shirt the same.
        bySector.ExitCode.ShouldBe(ExitCodes.Ok, bySector.All);
        bySector.Out.ShouldBe(Tsv(
            "报告期 2025 → 2026：评价的产品 3 → 3 个",
            "各等级产品数（按行业）",
            "行业|等级|2025|2026|变化",
            "石油（煤炭）化工|国内领先|0|1|+1",
            "石油（煤炭）化工|未达标|1|0|-1",
            "纺织服装|达标|0|1|+1",
            "纺织服装|未达标|2|1|-1",
            "两期均评价的产品的等级变动（按行业）",
            "行业|两期均评价|上升|下降|不变|不可比较",
            "纺织服装|2|1|0|1|0",
            "改善最多的指标",
            "行业|指标|改善|退步|持平|不可比较",
            "纺织服装|甲醛含量|1|0|1|0",
            "退步最多的指标",
            "行业|指标|改善|退步|持平|不可比较",
            "纺织服装|耐水色牢度（变色、沾色）|0|1|1|0"));
        // On a terminal, a live line says what is being compared while the store is read; the tables are the same.
        onTerminal.ExitCode.ShouldBe(ExitCodes.Ok, onTerminal.All);
        onTerminal.Console.ShouldContain("正在比较报告期 2025 与 2026");
        onTerminal.Console.ShouldContain("纺织服装");
        bySector.Console.ShouldNotContain("正在比较");
        byCounty.ExitCode.ShouldBe(ExitCodes.Ok, byCounty.All);
        byCounty.Out.ShouldStartWith(Tsv(
            "Period 2025 → 2026: 3 → 3 products assessed",
            "Products per level (by county)",
            "County|Level|2025|2026|Change",
            "华州区|Compliant|0|1|+1",
            "华州区|Non-compliant|2|0|-2",
            "蒲城县|Domestic leading|0|1|+1",
            "韩城市|Non-compliant|1|1|0",
            "Level of the products assessed in both periods (by county)",
            "County|In both|Up|Down|Same|Not comparable",
            "华州区|1|1|0|0|0",
            "韩城市|1|0|0|1|0"));
    }

    [Fact]
    public void Should_Store_Beside_The_Outputs_By_Default_Write_Nothing_New_On_A_Rerun_And_No_Store_With_No_Store()
    {
        // Given
        using var temp = new TempDirectory();
        var input = temp.File("in.jsonl", Line("textiles", "cotton-shirt", "2025", s => { }) + "\n");
        var outDir = Path.Combine(temp.Path, "out");
        var bare = Path.Combine(temp.Path, "bare");

        // When
        var first = Wbench.Run(TestPaths.CliOutput, "batch", input, "--out", outDir, "--date", Date, "--lang", "en");
        var again = Wbench.Run(TestPaths.CliOutput, "batch", input, "--out", outDir, "--date", Date, "--lang", "en");
        var none = Wbench.Run(TestPaths.CliOutput, "batch", input, "--out", bare, "--date", Date, "--no-store");
        var both = Wbench.Run(TestPaths.CliOutput, "batch", input, "--out", bare, "--no-store", "--db", Path.Combine(temp.Path, "x.db"));

        // Then
        first.ExitCode.ShouldBe(ExitCodes.Ok, first.All);
        first.Out.ShouldContain($"Store: 1 results stored, 0 already stored and not written again ({Path.Combine(outDir, "wbench.db")})");
        again.Out.ShouldContain("Store: 0 results stored, 1 already stored and not written again");
        none.ExitCode.ShouldBe(ExitCodes.Ok, none.All);
        none.Out.ShouldNotContain("评价结果库");
        File.Exists(Path.Combine(bare, "results.jsonl")).ShouldBeTrue();
        File.Exists(Path.Combine(bare, "wbench.db")).ShouldBeFalse();
        both.ExitCode.ShouldBe(ExitCodes.InputError);
        both.Error.ShouldContain("WB4204");
        File.Exists(Path.Combine(temp.Path, "x.db")).ShouldBeFalse();
    }

    [Fact]
    public void Should_Say_With_A_Coded_Line_What_The_Store_Cannot_Answer()
    {
        // Given
        using var temp = new TempDirectory();
        var db = Dataset(temp);
        var text = temp.File("notes.db", "not a database");

        // When
        var unknown = Wbench.Run(TestPaths.CliOutput, "history", "91610000000000000X", "--db", db);
        var missing = Wbench.Run(TestPaths.CliOutput, "history", Shirt, "--db", Path.Combine(temp.Path, "missing.db"), "--lang", "en");
        var notStore = Wbench.Run(TestPaths.CliOutput, "compare", "--period", "2025", "--period", "2026", "--db", text);
        var period = Wbench.Run(TestPaths.CliOutput, "compare", "--period", "2024", "--period", "2026", "--db", db, "--lang", "en");
        var one = Wbench.Run(TestPaths.CliOutput, "compare", "--period", "2025", "--db", db, "--lang", "en");
        var bad = Wbench.Run(TestPaths.CliOutput, "compare", "--period", "2025", "--period", "2026", "--by", "province", "--db", db);
        var batch = Wbench.Run(TestPaths.CliOutput, "batch", temp.File("in.jsonl", Line("textiles", "cotton-shirt", "2025", s => { }) + "\n"),
            "--out", Path.Combine(temp.Path, "out"), "--db", text);

        // Then
        unknown.ExitCode.ShouldBe(ExitCodes.InputError);
        unknown.Error.ShouldContain($"错误 WB6043 {db}: 评价结果库中没有统一社会信用代码 91610000000000000X 的评价结果。");
        missing.ExitCode.ShouldBe(ExitCodes.InputError);
        missing.Error.ShouldContain("error WB6040");
        missing.Error.ShouldContain("the file does not exist");
        File.Exists(Path.Combine(temp.Path, "missing.db")).ShouldBeFalse();
        notStore.ExitCode.ShouldBe(ExitCodes.InputError);
        notStore.Error.ShouldContain("错误 WB6040");
        notStore.Error.ShouldContain("不是 SQLite 数据库");
        period.ExitCode.ShouldBe(ExitCodes.InputError);
        period.Error.ShouldContain("error WB6044");
        period.Error.ShouldContain("The store holds no result for the period 2024; periods held: 2025, 2026.");
        one.ExitCode.ShouldBe(ExitCodes.InputError);
        one.Error.ShouldContain("error WB4204 [--period]");
        bad.ExitCode.ShouldBe(ExitCodes.InputError);
        bad.Error.ShouldContain("WB4204 [--by]");
        batch.ExitCode.ShouldBe(ExitCodes.OutputError);
        batch.Error.ShouldContain("错误 WB6040");
        File.ReadAllText(text).ShouldBe("not a database");
        foreach (var run in new[] { unknown, missing, notStore, period, one, bad, batch })
        {
            run.ShouldHaveNoStackTrace();
        }
    }

    [Fact]
    public async Task Should_Complete_A_Batch_Killed_Part_Way_With_Nothing_Lost_And_Nothing_Stored_Twice()
    {
        // Given: a few thousand distinct rows from the samples of every sector, with varied ids, credit codes and periods
        using var temp = new TempDirectory();
        const int Rows = 5000;
        var samples = Directory.GetDirectories(Path.Combine(TestPaths.RepositoryRoot, "samples"))
            .SelectMany(d => Directory.GetFiles(d, "*.json")).Order(StringComparer.Ordinal).ToList();
        var input = Path.Combine(temp.Path, "in.jsonl");
        File.WriteAllLines(input, Enumerable.Range(0, Rows).Select(n =>
        {
            var node = JsonNode.Parse(File.ReadAllText(samples[n % samples.Count]))!;
            node["id"] = $"row-{n}";
            node["period"] = (2020 + (n % 7)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            node["enterprise"]!["creditCode"] = Code(n / 7);
            return node.ToJsonString();
        }));
        var outDir = Path.Combine(temp.Path, "out");
        var db = Path.Combine(temp.Path, "wbench.db");
        string[] args = ["batch", input, "--out", outDir, "--db", db, "--date", Date, "--parallel", "1"];

        // When: the batch is killed once the store holds a committed chunk, then run again
        long committed;
        using (var process = WbenchProcess.Start(args))
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            while ((committed = Count(db, "SELECT count(*) FROM results")) == 0 && !process.HasExited)
            {
                Thread.Sleep(20);
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            await output;
            await error;
        }

        var afterKill = Count(db, "SELECT count(*) FROM results");
        var resultsAfterKill = File.Exists(Path.Combine(outDir, "results.jsonl"));
        var (code, stdout, stderr) = WbenchProcess.Run(args);

        // Then: the first run was stopped part-way, and the second completed it
        committed.ShouldBeGreaterThan(0);
        afterKill.ShouldBeLessThan(Rows);
        resultsAfterKill.ShouldBeFalse();
        code.ShouldBe(ExitCodes.Ok, stdout + stderr);
        stdout.ShouldContain($"新增 {Rows - afterKill} 条结果，{afterKill} 条已在库中未重复写入");
        Count(db, "SELECT count(*) FROM results").ShouldBe(Rows);
        Count(db, "SELECT count(DISTINCT submission) FROM results").ShouldBe(Rows);
        Count(db, "SELECT count(*) FROM submissions").ShouldBe(Rows);
        Count(db, "SELECT count(DISTINCT submission_id) FROM submissions").ShouldBe(Rows);
        Count(db, "SELECT count(*) FROM batches WHERE finished IS NULL").ShouldBe(1);
        Count(db, $"SELECT count(*) FROM batches WHERE finished IS NOT NULL AND stored = {Rows - afterKill} AND known = {afterKill}").ShouldBe(1);
        var lines = File.ReadAllLines(Path.Combine(outDir, "results.jsonl"));
        lines.Select(l => (string?)JsonNode.Parse(l)!["submissionId"]).ShouldBe(Enumerable.Range(0, Rows).Select(n => (string?)$"row-{n}"));
    }

    /// <summary>
    /// Two periods, hand-made from the samples: the cotton shirt (华州区) in 2025 as sampled (formaldehyde 82 mg/kg) and in
    /// 2026 with formaldehyde 30 and water fastness 3; the polo shirt (韩城市) the same in both; methanol of superior grade
    /// (华州区) in 2025 only, of first grade (蒲城县) in 2026 only. Stored by <c>wbench batch</c>; returns the store.
    /// </summary>
    private static string Dataset(TempDirectory temp)
    {
        var input = temp.File("hand.jsonl", string.Join("\n",
            Line("textiles", "cotton-shirt", "2025", _ => { }),
            Line("textiles", "polo-shirt", "2025", _ => { }),
            Line("chemicals", "methanol-superior-grade", "2025", _ => { }),
            Line("textiles", "cotton-shirt", "2026", s => { Value(s, "formaldehyde", "30"); Value(s, "fastness-water", "3"); }),
            Line("textiles", "polo-shirt", "2026", _ => { }),
            Line("chemicals", "methanol-first-grade", "2026", _ => { })) + "\n");
        var db = Path.Combine(temp.Path, "hand.db");
        var run = Wbench.Run(TestPaths.CliOutput, "batch", input, "--out", Path.Combine(temp.Path, "hand"), "--db", db, "--date", Date, "--lang", "en");
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain("Store: 6 results stored");
        return db;
    }

    private static string Line(string sector, string sample, string period, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", sector, sample + ".json")))!;
        node["id"] = $"{sample}-{period}";
        node["period"] = period;
        change(node);
        return node.ToJsonString();
    }

    private static void Value(JsonNode submission, string indicator, string value) =>
        submission["results"]!.AsArray().Single(r => (string?)r!["indicatorId"] == indicator)!["value"] = value;

    /// <summary>A valid credit code numbered <paramref name="n"/>.</summary>
    private static string Code(int n)
    {
        var body = $"91610500{n:D9}";
        return body + CreditCode.ExpectedCheckCharacter(body + "0");
    }

    private static long Count(string db, string sql)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // The store is being created: no table yet.
            return 0;
        }
    }

    /// <summary>Lines with cells separated by <c>|</c>, as the plain output writes them (tab-separated, one per line).</summary>
    private static string Tsv(params string[] lines) => string.Concat(lines.Select(l => l.Replace('|', '\t') + Environment.NewLine));
}
