using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Weinan.Benchmarking.Batch;
using Weinan.Benchmarking.Batch.Intake;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// <c>wbench batch template</c>: the intake workbook of every shipped sector, filled in its first sheet the way an
/// enterprise fills it, reads back into the submission it holds; its headers name every indicator, its second sheet
/// explains every column, its zh-CN headers show no id outside the key, and it offers drop-down lists and text columns.
/// </summary>
public sealed class BatchTemplateTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Theory]
    [MemberData(nameof(Workbooks.Sectors), MemberType = typeof(Workbooks))]
    public void Should_Read_Back_A_Row_Typed_Into_The_Template(string sector)
    {
        // Given: the template, and a row with a value in every value column and a limit in every limit column
        using var temp = new TempDirectory();
        using var host = Workbooks.Plugins();
        var catalog = Workbooks.Catalog(host, sector);
        var file = Template(temp, sector);
        var row = TypedRow(sector, catalog, "row-1", "91610502MA6Y3K7W64");
        Workbooks.Fill(file, [row]);

        // When
        var read = Read(file, host).ShouldHaveSingleItem();

        // Then
        read.Issues.Where(i => i.Severity == Severity.Error).ShouldBeEmpty();
        var submission = read.Submission.ShouldNotBeNull();
        submission.Period.ShouldBe("2026-07");
        submission.Product.ProductClass.ShouldBe(catalog.ProductClasses[0].Id);
        submission.Results.Count.ShouldBe(catalog.Indicators.Sum(i => ValueKeys(i).Count));
        foreach (var result in submission.Results)
        {
            var indicator = catalog.Indicators.Single(i => i.Id == result.IndicatorId);
            result.Value.ShouldBe(Value(indicator));
            result.Evidence.ShouldBe(EvidenceGrade.AccreditedLab);
        }

        var limits = submission.EnterpriseStandard.ShouldNotBeNull().Limits;
        limits.Count.ShouldBe(catalog.Indicators.Count(i => i.Components.Count == 0));
        foreach (var limit in limits)
        {
            var indicator = catalog.Indicators.Single(i => i.Id == limit.IndicatorId);
            LimitText.Format(limit.Limit).ShouldBe(Limit(indicator));
            limit.Limit.Kind.ShouldBe(indicator.Kind switch
            {
                IndicatorKind.Ordinal => LimitKind.Ordinal,
                IndicatorKind.Categorical => LimitKind.Categorical,
                _ => LimitKind.Upper,
            });
        }
    }

    [Theory]
    [MemberData(nameof(Workbooks.Sectors), MemberType = typeof(Workbooks))]
    public void Should_Assess_A_Filled_In_Template_Through_Wbench_Batch(string sector)
    {
        // Given: the template with two rows typed in, the second with a credit code whose check character is wrong
        using var temp = new TempDirectory();
        using var host = Workbooks.Plugins();
        var catalog = Workbooks.Catalog(host, sector);
        var file = Template(temp, sector);
        Workbooks.Fill(file, [TypedRow(sector, catalog, "row-1", "91610502MA6Y3K7W64"), TypedRow(sector, catalog, "row-2", "91610502MA6Y3K7W65")]);
        var output = Path.Combine(temp.Path, "out");

        // When
        var run = Wbench.Run(TestPaths.CliOutput, "batch", file, "--out", output, "--date", "2026-11-27", "--lang", "en");

        // Then: the first row is assessed with every value, unit and limit as typed; the second is rejected by its row
        run.Out.ShouldContain("Read 2 rows = 1 assessed + 1 rejected", customMessage: run.All);
        var line = JsonDocument.Parse(File.ReadAllLines(Path.Combine(output, "results.jsonl")).ShouldHaveSingleItem()).RootElement;
        line.GetProperty("source").GetProperty("row").GetInt32().ShouldBe(2);
        line.GetProperty("submissionId").GetString().ShouldBe("row-1");
        line.GetProperty("sector").GetString().ShouldBe(sector);
        line.GetProperty("period").GetString().ShouldBe("2026-07");
        line.GetProperty("enterprise").GetProperty("county").GetString().ShouldBe("富平县");
        line.GetProperty("product").GetProperty("class").GetString().ShouldBe(catalog.ProductClasses[0].Id);
        line.GetProperty("enterpriseStandard").GetString().ShouldBe("Q/WNCS 0001-2026");
        var indicators = line.GetProperty("indicators").EnumerateArray()
            .Select(i => (Key: IntakeCells.Key(i.GetProperty("id").GetString()!, i.TryGetProperty("component", out var c) ? c.GetString() : null),
                Derived: i.TryGetProperty("derived", out var derived) && derived.GetBoolean(),
                Value: i.GetProperty("value").GetString(), Evidence: i.GetProperty("evidence").GetString()))
            .ToList();
        var typed = catalog.Indicators.SelectMany(ValueKeys).ToList();
        indicators.Select(m => m.Key).ShouldBeSubsetOf(typed);
        var measured = indicators.Where(i => !i.Derived).ToList();
        var unassessed = line.TryGetProperty("notEvaluated", out var notEvaluated)
            ? notEvaluated.EnumerateArray().Select(n => IntakeCells.Key(n.GetProperty("id").GetString()!, n.TryGetProperty("component", out var c) ? c.GetString() : null)).ToList()
            : [];

        // Every value typed reaches the line: assessed, or named with why it was not (no requirement for the product's class).
        typed.ShouldBeSubsetOf(measured.Select(m => m.Key).Concat(unassessed));
        measured.Count.ShouldBeGreaterThanOrEqualTo(typed.Count / 2);
        foreach (var (key, _, value, evidence) in measured)
        {
            value.ShouldBe(Value(catalog.Indicators.Single(i => i.Id == key.Split(':')[0])), key);
            evidence.ShouldBe("accreditedLab");
        }

        var rejected = File.ReadAllLines(Path.Combine(output, "rejected.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        rejected.ShouldNotBeEmpty();
        rejected.ShouldAllBe(r => r[1] == "3");
        rejected.Select(r => r[4]).ShouldContain("WB2006");
    }

    [Theory]
    [MemberData(nameof(Workbooks.Sectors), MemberType = typeof(Workbooks))]
    public void Should_Write_The_Unit_And_The_Forms_Of_Every_Indicator_In_Its_Headers(string sector)
    {
        using var temp = new TempDirectory();
        using var host = Workbooks.Plugins();
        var catalog = Workbooks.Catalog(host, sector);
        var zh = Headers(Template(temp, sector, "zh.xlsx"));
        var en = Headers(Template(temp, sector, "en.xlsx", "--lang", "en"));

        foreach (var indicator in catalog.Indicators)
        {
            var unit = string.IsNullOrEmpty(indicator.Unit) ? null : indicator.Unit;
            var (formsZh, formsEn) = indicator.Kind switch
            {
                IndicatorKind.Ordinal => ($"等级 {indicator.Scale[0]} … {indicator.Scale[^1]}", $"grade {indicator.Scale[0]} … {indicator.Scale[^1]}"),
                IndicatorKind.Categorical when indicator.Values.Count > 0 => ("从下拉列表选择", "choose from the list"),
                IndicatorKind.Categorical => ("文字", "words"),
                _ => ("如 12.3、<0.01、未检出", "e.g. 12.3, <0.01, ND"),
            };
            foreach (var key in ValueKeys(indicator))
            {
                var note = unit is null ? formsZh : $"{unit}；{formsZh}";
                zh[key].ShouldEndWith($"（{note}） [{key}]");
                zh[key].ShouldStartWith(indicator.Name.Zh);
                en[key].ShouldEndWith($" ({(unit is null ? formsEn : $"{unit}; {formsEn}")}) [{key}]");
            }

            if (indicator.Components.Count == 0)
            {
                var limit = zh[indicator.Id + ".limit"];
                limit.ShouldStartWith(indicator.Name.Zh);
                limit.ShouldContain(indicator.Kind switch
                {
                    IndicatorKind.Ordinal => "最低等级，如 ≥",
                    IndicatorKind.Categorical => "可接受的值，以 / 分隔",
                    _ => "≤75、≥32.5、4.0~7.5、38±1",
                });
                if (indicator.Kind == IndicatorKind.Quantitative && unit is not null)
                {
                    limit.ShouldContain($"（{unit}；");
                    zh[indicator.Id + ".unit"].ShouldContain($"默认 {unit}");
                }
            }
        }

        static Dictionary<string, string> Headers(string file) =>
            Workbooks.Rows(file)[0].ToDictionary(Workbooks.Key, h => h, StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Workbooks.Sectors), MemberType = typeof(Workbooks))]
    public void Should_Name_Every_Indicator_In_A_Header_And_Explain_Every_Column(string sector)
    {
        using var temp = new TempDirectory();
        using var host = Workbooks.Plugins();
        var catalog = Workbooks.Catalog(host, sector);
        var file = Template(temp, sector);

        var keys = Workbooks.Keys(file);
        var notes = Workbooks.Rows(file, IntakeWorkbook.SheetNames("zh-CN").Notes);

        keys.ShouldBeUnique();
        keys.ShouldBe(IntakeColumns.For([(sector, catalog)], "zh-CN").Select(c => c.Key));
        foreach (var indicator in catalog.Indicators)
        {
            ValueKeys(indicator).ShouldBeSubsetOf(keys);
            if (indicator.Components.Count == 0)
            {
                keys.ShouldContain(indicator.Id + ".limit");
            }
        }

        keys.ShouldContain("enterprise.creditCode");
        notes[0].Take(2).ShouldBe(["列 Column", "键 Key"]);
        notes.Skip(1).Take(keys.Count).Select(n => n[1]).ShouldBe(keys, "one line per column, in the order of the columns");
        notes.Skip(1).Take(keys.Count).ShouldAllBe(n => n[2].Length > 0 && n[3].Length > 0 && n[7].Length > 0 && n[8].Length > 0);
        foreach (var note in notes.Skip(1).Take(keys.Count))
        {
            // zh-CN name and explanation in Chinese; the English name without a Chinese character, its explanation in English
            note[2].ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", note[1]);
            note[7].ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", note[1]);
            note[3].ShouldNotMatch(@"\p{IsCJKUnifiedIdeographs}", note[1]);
            note[8].ShouldMatch(@"[a-z]{3,}", note[1]); // may quote the Chinese values to be typed, e.g. the counties
        }

        var general = notes.Skip(1 + keys.Count).Where(n => n.Count > 3 && n[2].Length > 0).ToList();
        general.Count.ShouldBeGreaterThanOrEqualTo(5);
        general.ShouldAllBe(n => Regex.IsMatch(n[2], @"\p{IsCJKUnifiedIdeographs}") && !Regex.IsMatch(n[3], @"\p{IsCJKUnifiedIdeographs}"));
    }

    [Theory]
    [MemberData(nameof(Workbooks.Sectors), MemberType = typeof(Workbooks))]
    public void Should_Show_No_Id_Outside_The_Key_Of_A_Chinese_Header(string sector)
    {
        using var temp = new TempDirectory();
        using var host = Workbooks.Plugins();
        var catalog = Workbooks.Catalog(host, sector);
        var file = Template(temp, sector);
        var columns = IntakeColumns.For([(sector, catalog)], "zh-CN");
        var ids = catalog.Indicators.SelectMany(i => new[] { i.Id }.Concat(i.Components.Select(c => c.Id)).Concat(i.Values.Select(v => v.Id)))
            .Concat(catalog.ProductClasses.Select(c => c.Id))
            .Concat(catalog.Sectors)
            .Concat(columns.Select(c => c.Key))
            .Concat(["declared", "selfTested", "accreditedLab", "independentlyVerified", "unit", "limit"])
            .Distinct(StringComparer.Ordinal).ToList();

        var headers = Workbooks.Rows(file)[0];

        headers.Count.ShouldBe(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            headers[i].ShouldBe(columns[i].Header("zh-CN"));
            headers[i].ShouldEndWith($" [{columns[i].Key}]");
            headers[i].ShouldStartWith(columns[i].Name.Zh);
            var outside = headers[i][..headers[i].LastIndexOf('[')].Replace(columns[i].Name.En, "", StringComparison.Ordinal);
            ids.Where(id => Regex.IsMatch(outside, $@"(?<![\w.:-]){Regex.Escape(id)}(?![\w.:-])")).ShouldBeEmpty(headers[i]);
        }
    }

    [Fact]
    public void Should_Offer_Drop_Down_Lists_And_Format_Every_Column_As_Text()
    {
        using var temp = new TempDirectory();
        using var host = Workbooks.Plugins();
        var catalog = Workbooks.Catalog(host, "textiles");
        var file = Template(temp, "textiles");
        var keys = Workbooks.Keys(file);
        string Column(string key) => Workbooks.Letters(keys.ToList().IndexOf(key));

        var lists = Workbooks.DropDowns(file, "zh-CN");
        var sheet = Workbooks.FirstSheet(file);
        var styles = Workbooks.Part(file, "xl/styles.xml");

        lists[Column("sector")].ShouldBe(["textiles"]);
        lists[Column("enterprise.county")].ShouldBe(WeinanCounties.All.Select(c => c.Name));
        lists[Column("enterprise.county")].Count.ShouldBe(11);
        lists[Column("product.class")].ShouldBe(catalog.ProductClasses.Select(c => c.Id));
        lists[Column("evidence")].ShouldBe(["企业声明", "企业自检", "认可实验室检测", "第三方验证"]);
        foreach (var indicator in catalog.Indicators.Where(i => i.Kind == IndicatorKind.Categorical))
        {
            lists[Column(indicator.Id)].ShouldBe(indicator.Values.Select(v => v.Id));
        }

        lists.Count.ShouldBe(4 + catalog.Indicators.Count(i => i.Kind == IndicatorKind.Categorical));
        var formats = styles.Descendants(XName.Get("cellXfs", Main)).Single().Elements().Select(x => x.Attribute("numFmtId")!.Value).ToList();
        var cols = sheet.Descendants(XName.Get("col", Main)).ToList();
        cols.Count.ShouldBe(keys.Count);
        cols.ShouldAllBe(c => formats[int.Parse(c.Attribute("style")!.Value)] == "49");
    }

    [Fact]
    public void Should_Write_The_Same_Bytes_Each_Time_And_Name_Sheets_In_English_With_Lang_En()
    {
        using var temp = new TempDirectory();
        var first = Template(temp, "chemicals", "a.xlsx");
        var second = Template(temp, "chemicals", "b.xlsx");
        var english = Template(temp, "chemicals", "en.xlsx", "--lang", "en");

        File.ReadAllBytes(first).ShouldBe(File.ReadAllBytes(second));
        Workbooks.Rows(english, "Notes").Count.ShouldBe(Workbooks.Rows(first, "说明").Count);
        Workbooks.Rows(english)[0].ShouldContain("色度（铂-钴色号） Colour (platinum-cobalt scale, Hazen) (Hazen; e.g. 12.3, <0.01, ND) [colour]");
        Workbooks.Rows(first)[0].ShouldContain("色度（铂-钴色号） Colour (platinum-cobalt scale, Hazen)（Hazen；如 12.3、<0.01、未检出） [colour]");
    }

    [Fact]
    public void Should_Refuse_A_Template_Without_A_Sector_Or_Not_An_Xlsx_File()
    {
        var noSector = Wbench.Run(TestPaths.CliOutput, "batch", "template", "--out", "t.xlsx", "--lang", "en");
        var csv = Wbench.Run(TestPaths.CliOutput, "batch", "template", "--sector", "food", "--out", "t.csv", "--lang", "en");
        var unknown = Wbench.Run(TestPaths.CliOutput, "batch", "template", "--sector", "toys", "--out", Path.Combine(Path.GetTempPath(), "never.xlsx"));

        noSector.ExitCode.ShouldBe(ExitCodes.InputError, noSector.All);
        noSector.Error.ShouldContain("error WB4204 [--sector]");
        csv.ExitCode.ShouldBe(ExitCodes.InputError, csv.All);
        csv.Error.ShouldContain("a .xlsx file");
        unknown.ExitCode.ShouldNotBe(ExitCodes.Ok);
        unknown.Error.ShouldContain("WB4101");
        File.Exists(Path.Combine(Path.GetTempPath(), "never.xlsx")).ShouldBeFalse();
    }

    /// <summary>A row as an enterprise types it: every field, a value in every value column and a limit in every limit column.</summary>
    private static Dictionary<string, string> TypedRow(string sector, Catalog catalog, string id, string creditCode)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["sector"] = sector,
            ["period"] = "2026-07",
            ["enterprise.name"] = "渭南测试企业有限公司",
            ["enterprise.creditCode"] = creditCode,
            ["enterprise.county"] = "富平县",
            ["product.name"] = "测试产品",
            ["product.class"] = catalog.ProductClasses[0].Id,
            ["standard.code"] = "Q/WNCS 0001-2026",
            ["evidence"] = "认可实验室检测",
        };
        foreach (var indicator in catalog.Indicators)
        {
            foreach (var key in ValueKeys(indicator))
            {
                row[key] = Value(indicator);
            }

            if (indicator.Components.Count == 0)
            {
                row[indicator.Id + ".limit"] = Limit(indicator);
            }
        }

        return row;
    }

    /// <summary>The template of a sector, written by the command.</summary>
    internal static string Template(TempDirectory temp, string sector, string name = "template.xlsx", params string[] extra)
    {
        var file = Path.Combine(temp.Path, name);
        var run = Wbench.Run(TestPaths.CliOutput, ["batch", "template", "--sector", sector, "--out", file, .. extra]);
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        return file;
    }

    private static IReadOnlyList<SourceRow> Read(string file, Hosting.PluginHost host)
    {
        var options = IntakeOptions.ForCatalogs(s => host.Catalogs.Select(s).Catalog);
        return [.. SubmissionSources.Read([file], options, new BatchCounters()).Select(r => r.Parse())];
    }

    private static IReadOnlyList<string> ValueKeys(Indicator indicator) =>
        indicator.Components.Count == 0 ? [indicator.Id] : [.. indicator.Components.Select(c => $"{indicator.Id}:{c.Id}")];

    /// <summary>A value the indicator takes, written with a trailing zero where it is a number.</summary>
    private static string Value(Indicator indicator) => indicator.Kind switch
    {
        IndicatorKind.Ordinal => indicator.Scale[indicator.Scale.Count / 2],
        IndicatorKind.Categorical => indicator.Values[0].Id,
        _ => "4.50",
    };

    private static string Limit(Indicator indicator) => indicator.Kind switch
    {
        IndicatorKind.Ordinal => "≥" + indicator.Scale[1],
        IndicatorKind.Categorical => string.Join("/", indicator.Values.Take(2).Select(v => v.Id)),
        _ => "≤75",
    };
}
