using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsvHelper;
using MiniExcelLibs;
using Weinan.Benchmarking.Batch.Sinks;
using Weinan.Benchmarking.Batch.Summary;
using Weinan.Benchmarking.Batch.Tests.Support;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>The summary workbook and the dashboard: counts that reconcile, safe cells, a self-contained page, the output language.</summary>
public partial class SummaryTests
{
    private static readonly string[] Hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(1)"];

    [Fact]
    public void Should_Count_Every_Assessed_Row_Once_By_Sector_County_Cluster_And_Level_And_List_Every_Rejected_Issue()
    {
        // Given: 40 rows over two sectors and 11 counties, a broken line and a row of a sector no plugin serves
        using var temp = new TempDirectory();
        var lines = SampleBatch.Lines(40, (n, e) => e["cluster"] = n % 3 == 0 ? null : $"集群{n % 4}").ToList();
        lines.Insert(7, "{\"id\": ");
        var unserved = JsonNode.Parse(lines[3])!.AsObject();
        unserved["sector"] = "ceramics";
        lines.Insert(20, unserved.ToJsonString());
        var (workbook, dashboard) = Outputs(temp);

        // When
        var (items, totals) = Run(temp, lines, workbook, dashboard, "zh-CN");

        // Then: every sheet's rows add up to the rows assessed, group by group as the items say
        totals.ShouldBe(totals with { Read = 42, Assessed = 40, Rejected = 2 });
        var results = items.Where(i => !i.Rejected).Select(i => i.Result!).ToList();
        var levelNames = results[0].Rules.LadderRungs.Select(r => r.Name.Zh).ToList();
        Groups(workbook, "按行业", "行业", levelNames).ShouldBe(Expected(results, r => r.SectorName!.Zh));
        Groups(workbook, "按区县", "区县", levelNames).ShouldBe(Expected(results, r => r.Enterprise.County!));
        Groups(workbook, "按产业集群", "产业集群", levelNames).ShouldBe(Expected(results, r => r.Enterprise.Cluster ?? "（未填写）"));
        Sheet(workbook, "按等级").Where(r => Text(r["等级"]) != "合计").Select(r => (Text(r["等级"]), Count(r["数量"]))).Where(r => r.Item2 > 0)
            .OrderBy(r => r.Item1, StringComparer.Ordinal)
            .ShouldBe(results.GroupBy(r => r.Level.Name.Zh).Select(g => (g.Key, (long)g.Count())).OrderBy(r => r.Key, StringComparer.Ordinal));
        Sheet(workbook, "按等级").Single(r => Text(r["等级"]) == "合计")["数量"].ShouldBe(40d);

        var overview = Sheet(workbook, "概览");
        object? Item(string name) => overview.First(r => Text(r["项目"]) == name)["内容"];
        (Count(Item("读取行数")), Count(Item("已评价行数")), Count(Item("拒收行数"))).ShouldBe((42L, 40L, 2L));
        Text(Item("读取 = 已评价 + 拒收")).ShouldBe("是");
        overview.Count(r => Text(r["项目"]) == "目录及版本").ShouldBe(2);

        Sheet(workbook, "常见差距").Sum(r => Count(r["次数"])).ShouldBe(results.Sum(r => r.Gaps.Count));
        Sheet(workbook, "拒收").Select(r => string.Join("|", new[] { "文件", "行", "列", "字段", "代码", "严重程度", "原因" }.Select(h => Text(r[h]))))
            .ShouldBe(items.Where(i => i.Rejected).SelectMany(i => i.Issues.Select(issue => string.Join("|", RejectedRowsSink.Fields(i, issue, "zh-CN")))));
    }

    [Fact]
    public void Should_Neutralise_Text_That_Would_Run_As_A_Formula_In_The_Workbook_And_In_Rejected_Csv()
    {
        // Given: enterprises named, placed and clustered by formulas, and a rejected row from a file named like one whose
        // issue's field and reason start like formulas
        using var temp = new TempDirectory();
        var file = SampleBatch.Write(temp, SampleBatch.Lines(8, (n, e) =>
        {
            e["name"] = Hostile[n % 4];
            e["county"] = Hostile[n % 4];
            e["cluster"] = Hostile[n % 4];
        }));
        var (items, totals, _) = Catalogs.Run([file]);
        var issue = new Issue { Code = "WB1001", File = Hostile[0], Path = Hostile[2], Message = new(Hostile[3], Hostile[3]) };
        var bad = new BatchItem(items.Count, new SourceRow(Hostile[0], 2, null, [issue]), null, [issue], null, null);
        var (workbook, dashboard) = Outputs(temp);
        var csv = Path.Combine(temp.Path, "rejected.csv");

        // When
        using (var rejected = new RejectedRowsSink(csv, "zh-CN"))
        using (var summary = new SummarySink(workbook, dashboard, "zh-CN"))
        {
            foreach (var item in items.Append(bad))
            {
                rejected.Write(item);
                summary.Write(item);
            }

            var all = totals with { Read = totals.Read + 1, Rejected = 1 };
            rejected.Complete(all);
            summary.Complete(all);
        }

        // Then: no cell of any sheet starts a formula; the hostile values are there, behind an apostrophe
        var cells = MiniExcel.GetSheetNames(workbook)
            .SelectMany(s => MiniExcel.Query(workbook, useHeaderRow: false, sheetName: s).Cast<IDictionary<string, object?>>())
            .SelectMany(r => r.Values).OfType<string>().ToList();
        cells.ShouldNotContain(c => c.Length > 0 && SpreadsheetCells.StartsFormula(c[0]));
        foreach (var text in Hostile)
        {
            cells.Count(c => c == "'" + text).ShouldBeGreaterThanOrEqualTo(2, text); // by county and by cluster (and rejected)
        }

        var fields = CsvFields(csv);
        fields.ShouldNotContain(c => c.Length > 0 && SpreadsheetCells.StartsFormula(c[0]));
        fields.ShouldContain("'" + Hostile[0]);
        fields.ShouldContain("'" + Hostile[2]);
        fields.ShouldContain("'" + Hostile[3]);
    }

    [Fact]
    public void Should_Write_A_Self_Contained_Dashboard_That_Escapes_Names_From_The_Input()
    {
        // Given
        using var temp = new TempDirectory();
        var lines = SampleBatch.Lines(12, (n, e) =>
        {
            e["name"] = "<script>alert(1)</script>";
            e["cluster"] = n % 2 == 0 ? "<script>alert('x')</script>集群" : "渭南\"集群\" & <b>";
            e["county"] = "<img src=x onerror=alert(1)>";
        });
        var (workbook, dashboard) = Outputs(temp);

        // When
        Run(temp, lines, workbook, dashboard, "zh-CN");
        var html = File.ReadAllText(dashboard);

        // Then: no script, no element loading anything, a policy that forbids loading; the names are text
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain("@import", Case.Insensitive);
        html.ShouldNotContain("url(", Case.Insensitive);
        LoadingAttribute().IsMatch(html).ShouldBeFalse();
        html.ShouldContain("default-src 'none'");
        html.ShouldContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;集群");
        html.ShouldContain("渭南&quot;集群&quot; &amp; &lt;b&gt;");
        html.ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
        Regex.Count(html, "<svg").ShouldBeGreaterThan(4);
    }

    [Fact]
    public void Should_Draw_Each_Key_Indicator_Of_A_Cluster_Against_The_National_And_International_Limits_That_Applied()
    {
        // Given
        using var temp = new TempDirectory();
        var (workbook, dashboard) = Outputs(temp);

        // When
        var (items, _) = Run(temp, SampleBatch.Lines(20), workbook, dashboard, "zh-CN");
        var html = File.ReadAllText(dashboard);

        // Then: the textile cluster's formaldehyde row names GB 18401 (national) and OEKO-TEX (foreign advanced) and draws both
        var textiles = Section(html, "渭南纺织服装产业集群");
        var formaldehyde = Row(textiles, "甲醛");
        formaldehyde.ShouldContain("GB 18401-2010");
        formaldehyde.ShouldContain("OEKO-TEX STANDARD 100");
        formaldehyde.ShouldContain("<line class=\"nat\"");
        formaldehyde.ShouldContain("<line class=\"intl\"");
        var rows = items.Count(i => i.Result?.Sector == "textiles");
        var notDetected = items.Count(i => i.Result?.Sector == "textiles" && i.Result.Indicators.First(x => x.IndicatorId == "formaldehyde").Value == "ND");
        notDetected.ShouldBeGreaterThan(0);
        formaldehyde.ShouldContain($"{rows} 个值");
        formaldehyde.ShouldContain($"其中 {notDetected} 个低于检出限");
        formaldehyde.ShouldNotContain("样本估算");
        Section(html, "渭南煤化工产业集群").ShouldContain("GB/T 338-2011");

    }

    [Fact]
    public void Should_Keep_Its_Tables_Bounded_And_Estimate_Percentiles_From_A_Deterministic_Sample()
    {
        // Given: more distinct counties and gaps than the summary keeps apart, more textile rows in a cluster than a sample holds
        using var temp = new TempDirectory();
        const int rows = 150, limit = 20, gaps = 5, sample = 50;
        var file = SampleBatch.Write(temp, SampleBatch.Lines(rows, (n, e) => e["county"] = $"县{n}"));

        // When: the same batch twice, at different parallelism
        (BatchSummary Summary, string Page) Summarise(int parallelism)
        {
            var summary = new BatchSummary(limit, gaps, sample);
            var (items, totals, _) = Catalogs.Run([file], null, parallelism);
            foreach (var item in items)
            {
                summary.Add(item);
            }

            summary.Complete(totals);
            return (summary, Dashboard.Render(summary, "en"));
        }

        var once = Summarise(1);
        var again = Summarise(2);

        // Then: the values beyond the limits are counted together, and the outputs say so
        var counties = once.Summary.Counties;
        counties.Count.ShouldBe(limit + 1);
        counties[^1].Other.ShouldBeTrue();
        counties[^1].Levels.Assessed.ShouldBe(rows - limit);
        counties.Sum(c => c.Levels.Assessed).ShouldBe(rows);
        once.Summary.Gaps.Count.ShouldBe(gaps);
        once.Summary.GapsNotListed.ShouldBeGreaterThan(0);
        var formaldehyde = once.Summary.Samples.Single(s => s.Indicator.En == "Formaldehyde content");
        (formaldehyde.Values.Seen, formaldehyde.Values.Size, formaldehyde.Values.Sampled).ShouldBe((90L, sample, true));
        once.Page.ShouldContain($"estimated from a sample of {sample}");
        again.Page.ShouldBe(once.Page);

        using var stream = new MemoryStream();
        SummaryWorkbook.Write(stream, once.Summary, [], 0, "en");
        stream.Position = 0;
        var notes = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Overview").Cast<IDictionary<string, object?>>()
            .Where(r => Text(r["Item"]) == "Note").Select(r => Text(r["Value"])).ToList();
        notes.ShouldContain(n => n.Contains($"More than {limit} values of county or district", StringComparison.Ordinal));
        notes.ShouldContain(n => n.Contains($"More than {gaps} distinct gaps", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Write_The_Same_Bytes_For_The_Same_Summary()
    {
        // Given: a summary of 30 rows, one of them rejected
        using var temp = new TempDirectory();
        var lines = SampleBatch.Lines(30).ToList();
        lines.Insert(4, "{\"id\": ");
        var file = SampleBatch.Write(temp, lines);
        using var sink = new SummarySink(Path.Combine(temp.Path, "summary.xlsx"), Path.Combine(temp.Path, "dashboard.html"), "zh-CN");
        var (items, _, _) = Catalogs.Run([file], null, 2, sink);
        var rejected = items.Where(i => i.Rejected).SelectMany(i => i.Issues.Select(issue => RejectedRowsSink.Fields(i, issue, "zh-CN"))).ToList();
        rejected.ShouldNotBeEmpty();

        // When: the workbook is written twice
        byte[] Write()
        {
            using var stream = new MemoryStream();
            SummaryWorkbook.Write(stream, sink.Summary, rejected, 0, "zh-CN");
            return stream.ToArray();
        }

        var once = Write();
        var again = Write();

        // Then: the same bytes (MiniExcel alone writes random relationship ids and the time of writing), and a workbook
        // whose sheets still read
        again.ShouldBe(once);
        using var read = new MemoryStream(once);
        MiniExcel.GetSheetNames(read).ShouldBe(["概览", "按行业", "按区县", "按产业集群", "按等级", "常见差距", "拒收"]);
        read.Position = 0;
        MiniExcel.Query(read, useHeaderRow: true, sheetName: "拒收").Count().ShouldBe(rejected.Count);
    }

    [Fact]
    public void Should_Name_Levels_Sectors_Catalogs_Indicators_And_Rules_In_Chinese_With_No_Rung_Id_Or_Enum_Name()
    {
        // Given
        using var temp = new TempDirectory();
        var (workbook, dashboard) = Outputs(temp);
        var lines = SampleBatch.Lines(30).Append("{\"id\": ");

        // When
        var (items, _) = Run(temp, lines, workbook, dashboard, "zh-CN");

        // Then
        var results = items.Where(i => !i.Rejected).Select(i => i.Result!).ToList();
        var forbidden = results.SelectMany(r => r.Rules.LadderRungs.Select(x => x.Id).Append(r.Rules.Ladder))
            .Concat(results.SelectMany(r => r.Indicators.Select(i => i.IndicatorId)).Where(id => id.Length > 3))
            .Concat(results.SelectMany(r => r.Catalogs.Select(c => c.Id).Append(r.Sector)))
            .Concat(new[] { typeof(StandardTier), typeof(Verdict), typeof(GapKind), typeof(EvidenceGrade), typeof(JudgementMethod), typeof(DecisionRuleKind),
                typeof(LevelScope), typeof(LimitKind), typeof(Direction), typeof(StandardForce), typeof(Severity) }.SelectMany(Enum.GetNames))
            .Distinct(StringComparer.Ordinal).ToList();
        var page = VisibleText(File.ReadAllText(dashboard));
        var cells = string.Join("\n", MiniExcel.GetSheetNames(workbook).Concat(MiniExcel.GetSheetNames(workbook)
            .SelectMany(s => MiniExcel.Query(workbook, useHeaderRow: false, sheetName: s).Cast<IDictionary<string, object?>>())
            .SelectMany(r => r.Values).OfType<string>()
            .Where(c => !c.StartsWith('/')))); // the rejected sheet's file column holds the input's path
        foreach (var word in forbidden)
        {
            page.ShouldNotContain(word, Case.Sensitive);
            cells.ShouldNotContain(word, Case.Sensitive);
        }

        page.ShouldContain("各行业等级分布");
        page.ShouldContain(results[0].Level.Name.Zh);
        MiniExcel.GetSheetNames(workbook).ShouldBe(["概览", "按行业", "按区县", "按产业集群", "按等级", "常见差距", "拒收"]);
    }

    [Fact]
    public void Should_Write_English_Headers_And_Words_With_Lang_En()
    {
        // Given
        using var temp = new TempDirectory();
        var (workbook, dashboard) = Outputs(temp);

        // When
        var (items, _) = Run(temp, SampleBatch.Lines(10), workbook, dashboard, "en");

        // Then
        MiniExcel.GetSheetNames(workbook).ShouldBe(["Overview", "By sector", "By county", "By industry cluster", "By level", "Most common gaps", "Rejected"]);
        var level = items.First(i => !i.Rejected).Result!.Level.Name.En;
        Sheet(workbook, "By level").ShouldContain(r => Text(r["Level"]) == level);
        var html = File.ReadAllText(dashboard);
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("Levels by sector");
        VisibleText(html).ShouldNotContain("各行业");
    }

    [Theory]
    [InlineData("5", "15", new[] { "20", "75", "300" }, "0", "314.75")]
    [InlineData("0.02", "0.02", new[] { "0.5", "0.05" }, "0", "0.524")]
    [InlineData("-1.2", "2.1", new[] { "-4.5", "4.5" }, "-4.95", "4.95")]
    [InlineData("40", "60", new[] { "20" }, "18", "62")]
    [InlineData("0", "0", new string[0], "0", "1")]
    public void Should_Span_The_Band_Chart_Over_Values_And_Limits_Without_A_Negative_End_Under_Quantities_That_Are_Not(
        string low, string high, string[] bounds, string lo, string hi)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        Dashboard.Domain(D(low), D(high), bounds.Select(D)).ShouldBe((D(lo), D(hi)));
    }

    [Fact]
    public void Should_Interpolate_Percentiles_In_Decimal_And_Sample_The_Same_Values_Every_Time()
    {
        // Given
        var values = Enumerable.Range(1, 10).Select(n => (decimal)n).ToArray();

        // Then: type 7, as a spreadsheet's PERCENTILE
        new[] { 0.10m, 0.25m, 0.50m, 0.75m, 0.90m }.Select(p => ValueSample.Percentile(values, p)).ShouldBe([1.9m, 3.25m, 5.5m, 7.75m, 9.1m]);
        ValueSample.Percentile([0.1m, 0.2m], 0.5m).ShouldBe(0.15m);

        // And: a sample keeps every value up to its size, then a fixed-seed reservoir
        ValueSample Fill(int n)
        {
            var sample = new ValueSample(10);
            for (var k = 1; k <= n; k++)
            {
                sample.Add(k);
            }

            return sample;
        }

        Fill(10).Sorted().ShouldBe(values);
        Fill(10).Sampled.ShouldBeFalse();
        var big = Fill(1_000);
        (big.Seen, big.Size, big.Sampled).ShouldBe((1_000L, 10, true));
        big.Sorted().ShouldBe(Fill(1_000).Sorted());
        big.Sorted().ShouldContain(v => v > 10);
        big.Sorted().ShouldAllBe(v => v >= 1 && v <= 1_000);
    }

    private static (string Workbook, string Dashboard) Outputs(TempDirectory temp) =>
        (Path.Combine(temp.Path, "summary.xlsx"), Path.Combine(temp.Path, "dashboard.html"));

    private static (IReadOnlyList<BatchItem> Items, BatchTotals Totals) Run(TempDirectory temp, IEnumerable<string> lines, string workbook, string dashboard, string language)
    {
        var file = SampleBatch.Write(temp, lines);
        using var sink = new SummarySink(workbook, dashboard, language);
        var (items, totals, _) = Catalogs.Run([file], null, 2, sink);
        return (items, totals);
    }

    private static List<IDictionary<string, object?>> Sheet(string workbook, string sheet) =>
        MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();

    /// <summary>(name, assessed) per group row, by name; asserts the level columns of each row, and the total row, add up.</summary>
    private static IEnumerable<(string, long)> Groups(string workbook, string sheet, string first, IReadOnlyList<string> levelNames)
    {
        var rows = Sheet(workbook, sheet);
        foreach (var row in rows)
        {
            levelNames.Sum(n => Count(row[n])).ShouldBe(Count(row["已评价"]), $"{sheet}: {Text(row[first])}");
        }

        var groups = rows.Where(r => Text(r[first]) != "合计").Select(r => (Text(r[first]), Count(r["已评价"]))).ToList();
        Count(rows.Single(r => Text(r[first]) == "合计")["已评价"]).ShouldBe(groups.Sum(g => g.Item2));
        return groups.OrderBy(g => g.Item1, StringComparer.Ordinal);
    }

    private static IEnumerable<(string, long)> Expected(IEnumerable<AssessmentResult> results, Func<AssessmentResult, string> key) =>
        results.GroupBy(key).Select(g => (g.Key, (long)g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal);

    private static string Text(object? cell) => cell?.ToString() ?? "";

    private static long Count(object? cell) => Convert.ToInt64(cell, System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> CsvFields(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = false }, leaveOpen: false);
        var fields = new List<string>();
        while (csv.Read())
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                fields.Add(csv.GetString(i) ?? "");
            }
        }

        return fields;
    }

    /// <summary>The text a reader sees: without the style sheet and the tags, entities decoded.</summary>
    private static string VisibleText(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(StyleSheet().Replace(html, ""), " "));

    /// <summary>The part of the cluster section from a cluster's heading to the next heading.</summary>
    private static string Section(string html, string cluster)
    {
        var start = html.IndexOf("<h3>" + cluster, StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, cluster);
        var end = html.IndexOf("<h", start + 4, StringComparison.Ordinal);
        return html[start..end];
    }

    private static string Row(string section, string indicator)
    {
        var start = section.IndexOf("<tr><th scope=\"row\">" + indicator, StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, indicator);
        return section[start..section.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex(@"<[^>]*\s(?:src|href|srcset|action|data)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex LoadingAttribute();

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleSheet();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
