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
        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = "row-1",
            ["sector"] = sector,
            ["period"] = "2026-07",
            ["enterprise.name"] = "渭南测试企业有限公司",
            ["enterprise.creditCode"] = "91610502MA6Y3K7W64",
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
