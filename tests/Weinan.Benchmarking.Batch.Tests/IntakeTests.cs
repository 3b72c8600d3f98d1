using MiniExcelLibs;
using Weinan.Benchmarking.Batch.Sinks;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Batch.Tests.Support;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>Reading submissions from the four kinds of input, rejecting what cannot be read, in input order.</summary>
public class IntakeTests
{
    private const string Header = "id,sector,period,enterprise.name,enterprise.creditCode,enterprise.county,product.name,product.class,evidence,standard.code,formaldehyde,formaldehyde.limit,ph,备注 [remarks]";

    [Fact]
    public void Should_Read_Every_Line_Of_A_Jsonl_File_And_Reject_A_Malformed_Line_By_Its_Line_Number()
    {
        // Given: the textile samples as lines, a blank line and a broken line
        using var temp = new TempDirectory();
        var lines = Directory.GetFiles(Catalogs.Samples("textiles"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f).ReplaceLineEndings(" ")).ToList();
        var file = temp.File("in.jsonl", string.Join("\n", [lines[0], "", "{\"id\": ", .. lines.Skip(1)]) + "\n");

        // When
        var (items, totals, _) = Catalogs.Run([file]);

        // Then
        totals.Read.ShouldBe(lines.Count + 1);
        totals.Assessed.ShouldBe(lines.Count);
        totals.Rejected.ShouldBe(1);
        totals.BlankRows.ShouldBe(1);
        totals.Reconciled.ShouldBeTrue();
        var bad = items.Single(i => i.Rejected);
        bad.Row.Row.ShouldBe(3);
        bad.Issues.ShouldContain(i => i.Code == "WB1001" && i.Line == 3 && i.File == file);
        items.Select(i => i.Row.Row).ShouldBe(items.Select(i => i.Row.Row).Order());
    }

    [Fact]
    public void Should_Read_A_Folder_In_Ordinal_Order_Of_Its_Paths()
    {
        // When
        var (items, totals, _) = Catalogs.Run([Catalogs.Samples("textiles")]);

        // Then
        totals.Read.ShouldBe(Directory.GetFiles(Catalogs.Samples("textiles"), "*.json").Length);
        items.Select(i => i.Row.File).ShouldBe(items.Select(i => i.Row.File).Order(StringComparer.Ordinal));
        items.ShouldAllBe(i => !i.Rejected);
    }

    [Fact]
    public void Should_Read_A_Csv_Row_Into_A_Submission_With_Its_Enterprise_Limit_And_Report_An_Unknown_Column_Once()
    {
        // Given
        using var temp = new TempDirectory();
        var file = temp.File("intake.csv", Header + "\n" +
            "t-1,textiles,2026-H2,渭南纺织,91610500MA6W0TXK61,临渭区,纯棉衬衫,skin-contact,accreditedLab,Q/WNFZ 0001-2025,82,≤50,6.5,ok\n" +
            "t-2,textiles,2026-H2,渭南纺织,91610500MA6W0TXK61,临渭区,纯棉衬衫,skin-contact,企业自检,,30,,6.0,\n");

        // When
        var (items, totals, counters) = Catalogs.Run([file]);

        // Then
        items.SelectMany(i => i.Issues).ShouldNotContain(i => i.Severity == Severity.Error);
        totals.Assessed.ShouldBe(2);
        var first = items[0].Row.Submission!;
        first.Id.ShouldBe("t-1");
        first.Period.ShouldBe("2026-H2");
        first.Enterprise.County.ShouldBe("临渭区");
        first.Results.Select(r => (r.IndicatorId, r.Value, r.Evidence)).ShouldBe([("formaldehyde", "82", EvidenceGrade.AccreditedLab), ("ph", "6.5", EvidenceGrade.AccreditedLab)]);
        first.EnterpriseStandard!.Limits.Single().Limit.ShouldBe(Limit.AtMost("50"));
        items[1].Row.Submission!.Results[0].Evidence.ShouldBe(EvidenceGrade.SelfTested);
        items[0].Result!.Indicators.Single(i => i.IndicatorId == "formaldehyde").Judgements.ShouldContain(j => j.Verdict == Verdict.Fail);
        counters.Notices.Where(n => n.Code == IssueCodes.BatchUnknownColumn).ShouldHaveSingleItem().Path.ShouldBe("remarks");
    }

    [Fact]
    public void Should_Reject_A_Row_With_A_Bad_Cell_Naming_Its_Row_And_Column_And_Go_On()
    {
        // Given: an unreadable limit in row 2, a value that is not a number in row 3, no sector in row 4
        using var temp = new TempDirectory();
        var file = temp.File("intake.csv", Header + "\n" +
            "t-1,textiles,2026-H2,甲,91610500MA6W0TXK61,临渭区,衬衫,skin-contact,declared,Q/A 1-2025,20,about 50,6.5,\n" +
            "t-2,textiles,2026-H2,乙,91610500MA6W0TXK61,临渭区,衬衫,skin-contact,declared,,abc,,6.5,\n" +
            "t-3,,2026-H2,丙,91610500MA6W0TXK61,临渭区,衬衫,skin-contact,declared,,20,,6.5,\n" +
            "t-4,textiles,2026-H2,丁,91610500MA6W0TXK61,临渭区,衬衫,skin-contact,declared,,20,,6.5,\n");

        // When
        var (items, totals, _) = Catalogs.Run([file]);

        // Then
        totals.ShouldBe(totals with { Read = 4, Assessed = 1, Rejected = 3 });
        items[0].Issues.ShouldContain(i => i.Code == IssueCodes.BatchCell && i.Line == 2 && i.Path == "formaldehyde.limit");
        items[1].Issues.ShouldContain(i => i.Severity == Severity.Error && i.Line == 3 && i.Path.StartsWith("formaldehyde", StringComparison.Ordinal) && i.Column == 11);
        items[2].Issues.ShouldContain(i => i.Code == IssueCodes.BatchNoSector && i.Line == 4);
        items[3].Rejected.ShouldBeFalse();
        RejectedRowsSink.Fields(items[1], items[1].Issues.First(i => i.Severity == Severity.Error), "en")[..4].ShouldBe([file, "3", "11", "formaldehyde.value"]);
    }

    [Fact]
    public void Should_Name_The_Column_Of_Every_Rejected_Field_Not_Only_Of_Measured_Values()
    {
        // Given: a reversed enterprise limit of pH (row 2), a bad credit code and an unknown product class (row 3), and an
        // enterprise limit without a standard code (row 4)
        using var temp = new TempDirectory();
        var file = temp.File("intake.csv",
            "id,sector,period,enterprise.name,enterprise.creditCode,enterprise.county,product.name,product.class,evidence,standard.code,formaldehyde,formaldehyde.limit,ph,ph.limit\n" +
            "t-1,textiles,2026-H2,甲,91610500MA6W0TXK61,临渭区,衬衫,skin-contact,declared,Q/A 1-2025,20,≤50,6.5,8.5~4.0\n" +
            "t-2,textiles,2026-H2,乙,91610500MA6W0TXK6X,临渭区,衬衫,装饰类,declared,,20,,6.5,\n" +
            "t-3,textiles,2026-H2,丙,91610500MA6W0TXK61,临渭区,衬衫,skin-contact,declared,,20,≤50,6.5,\n");

        // When
        var (items, totals, _) = Catalogs.Run([file]);

        // Then: each issue names the column that filled the part it is about
        totals.ShouldBe(totals with { Read = 3, Assessed = 0, Rejected = 3 });
        string[] Located(int item) => [.. items[item].Issues.Where(i => i.Severity == Severity.Error).Select(i => $"{i.Path}@{i.Column}")];
        Located(0).ShouldBe(["enterpriseStandard.limits[1].limit@14"]);
        Located(1).ShouldBe(["enterprise.creditCode@5", "product.productClass@8"], ignoreOrder: true);
        Located(2).ShouldBe(["enterpriseStandard.code@10"]);
    }

    [Theory]
    [InlineData("zh-CN", "文件,行,列,字段,代码,严重程度,原因")]
    [InlineData("en", "File,Row,Column,Field,Code,Severity,Reason")]
    public void Should_Head_The_Rejected_Rows_In_The_Output_Language(string language, string header)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "rejected.csv");

        using (var sink = new RejectedRowsSink(path, language))
        {
            sink.Complete(new BatchTotals(0, 0, 0, 0, TimeSpan.Zero));
        }

        File.ReadAllLines(path)[0].TrimStart('\uFEFF').ShouldBe(header);
    }

    [Fact]
    public void Should_Read_An_Xlsx_Workbook_As_It_Reads_The_Same_Rows_In_Csv()
    {
        // Given: the same two rows as a workbook (headers with names and keys in brackets) and as CSV
        using var temp = new TempDirectory();
        var keys = Header.Split(',');
        string[][] rows =
        [
            ["t-1", "textiles", "2026-H2", "渭南纺织", "91610500MA6W0TXK61", "临渭区", "纯棉衬衫", "skin-contact", "accreditedLab", "Q/WNFZ 0001-2025", "82", "≤50", "6.5", ""],
            ["t-2", "textiles", "2026-H2", "渭南纺织", "91610500MA6W0TXK61", "临渭区", "纯棉衬衫", "skin-contact", "declared", "", "<20", "", "7.5", ""],
        ];
        var xlsx = Path.Combine(temp.Path, "intake.xlsx");
        MiniExcel.SaveAs(xlsx, rows.Select(r => keys.Select((k, i) => (Key: "名称 Name [" + k.Replace("备注 [remarks]", "remarks", StringComparison.Ordinal) + "]", Value: (object)r[i]))
            .ToDictionary(p => p.Key, p => p.Value)).ToList());
        var csv = temp.File("intake.csv", Header + "\n" + string.Join("\n", rows.Select(r => string.Join(",", r))) + "\n");

        // When
        var fromXlsx = Catalogs.Run([xlsx]);
        var fromCsv = Catalogs.Run([csv]);

        // Then
        fromXlsx.Totals.Assessed.ShouldBe(2);
        fromXlsx.Items.Select(i => i.Row.Row).ShouldBe([2, 3]);
        fromXlsx.Items.Select(i => Sdk.Json.BenchmarkJson.Serialize(i.Row.Submission!))
            .ShouldBe(fromCsv.Items.Select(i => Sdk.Json.BenchmarkJson.Serialize(i.Row.Submission!)));
    }

    [Fact]
    public void Should_Skip_A_Title_Above_The_Header_And_Number_The_Rows_As_In_The_File()
    {
        // Given: the hand-made CSV sample under a title row and a blank row, as a bureau hands a table out
        using var temp = new TempDirectory();
        var utf8 = Path.Combine(Catalogs.RepositoryRoot, "samples", "batch", "intake.csv");
        var titled = temp.File("titled.csv", "渭南市 2026 年上半年对标达标填报表,,,\n,,,\n" + File.ReadAllText(utf8).TrimStart('\uFEFF'));

        // When
        var plain = Catalogs.Run([utf8]);
        var under = Catalogs.Run([titled]);

        // Then: the same submissions, each two rows further down, and one warning naming the header row
        under.Totals.ShouldBe(plain.Totals with { Elapsed = under.Totals.Elapsed });
        under.Items.Select(i => i.Row.Row).ShouldBe(plain.Items.Select(i => i.Row.Row + 2));
        under.Items.Select(i => i.Row.Submission is { } s ? Sdk.Json.BenchmarkJson.Serialize(s) : null)
            .ShouldBe(plain.Items.Select(i => i.Row.Submission is { } s ? Sdk.Json.BenchmarkJson.Serialize(s) : null));
        var notice = under.Counters.Notices.ShouldHaveSingleItem();
        (notice.Code, notice.Severity, notice.Line).ShouldBe((IssueCodes.BatchTitleRows, Severity.Warning, 3));
        notice.Message.Zh.ShouldBe("第 1～2 行没有可识别的列，作为标题跳过；表头在第 3 行。");
        plain.Counters.Notices.ShouldNotContain(n => n.Code == IssueCodes.BatchTitleRows);
    }

    [Fact]
    public void Should_Read_The_First_Row_As_The_Header_When_No_Row_Near_The_Top_Names_A_Column_Of_The_Format()
    {
        // Given: more rows above the header than a title has, and a file with no header of the format at all
        using var temp = new TempDirectory();
        var utf8 = Path.Combine(Catalogs.RepositoryRoot, "samples", "batch", "intake.csv");
        var deep = temp.File("deep.csv", string.Concat(Enumerable.Repeat("说明,,,\n", TabularSources.MaxTitleRows + 1)) + File.ReadAllText(utf8).TrimStart('\uFEFF'));
        var none = temp.File("none.csv", "名称,数值\n甲,1\n");

        // When
        var fromDeep = Catalogs.Run([deep]);
        var fromNone = Catalogs.Run([none]);

        // Then: as before, the first row is the header: its cells are unknown columns and no row is assessed
        fromDeep.Totals.Assessed.ShouldBe(0);
        fromDeep.Counters.Notices.ShouldNotContain(n => n.Code == IssueCodes.BatchTitleRows);
        fromNone.Totals.ShouldBe(fromNone.Totals with { Read = 1, Assessed = 0, Rejected = 1 });
        fromNone.Items.ShouldHaveSingleItem().Row.Row.ShouldBe(2);
        fromNone.Counters.Notices.ShouldNotContain(n => n.Code == IssueCodes.BatchTitleRows);
    }

    [Fact]
    public void Should_Read_Headers_Named_As_The_Template_Names_Them_As_It_Reads_Their_Keys()
    {
        // Given: the hand-made CSV sample, its headers written as a bureau's own table writes them: names in Chinese or
        // English, some with a unit in brackets, no keys
        using var temp = new TempDirectory();
        var utf8 = Path.Combine(Catalogs.RepositoryRoot, "samples", "batch", "intake.csv");
        var lines = File.ReadAllLines(utf8);
        var names = new Dictionary<string, string>
        {
            ["id"] = "申报编号",
            ["sector"] = "行业",
            ["period"] = "报告期",
            ["enterprise.name"] = "企业名称",
            ["enterprise.creditCode"] = "统一社会信用代码",
            ["enterprise.county"] = "县(市、区)",
            ["enterprise.cluster"] = "Industrial cluster or park",
            ["product.name"] = "产品名称",
            ["product.class"] = "产品类别",
            ["standard.code"] = "企业标准代号",
            ["evidence"] = "证据等级",
            ["formaldehyde"] = "甲醛含量（mg/kg）",
            ["formaldehyde.limit"] = "甲醛含量 企业标准限值",
            ["ph"] = "pH",
            ["ph.limit"] = "pH value enterprise limit",
            ["fastness-water"] = "耐水色牢度",
            ["odour"] = "异味",
        };
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var named = temp.File("named.csv", string.Join(',', header.Select(h => names.GetValueOrDefault(h, h))) + "\n" + string.Join("\n", lines.Skip(1)) + "\n");

        // When
        var keyed = Catalogs.Run([utf8]);
        var read = Catalogs.Run([named]);

        // Then: the same submissions and rejections, and nothing left unread
        read.Totals.ShouldBe(keyed.Totals with { Elapsed = read.Totals.Elapsed });
        read.Items.Select(i => i.Row.Submission is { } s ? Sdk.Json.BenchmarkJson.Serialize(s) : null)
            .ShouldBe(keyed.Items.Select(i => i.Row.Submission is { } s ? Sdk.Json.BenchmarkJson.Serialize(s) : null));
        read.Items.SelectMany(i => i.Issues).Select(i => i.Code).ShouldBe(keyed.Items.SelectMany(i => i.Issues).Select(i => i.Code));
        read.Counters.Notices.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Leave_Unread_With_A_Warning_A_Named_Column_That_Repeats_Another_Or_Could_Mean_Two()
    {
        // Given: 水分 beside its key, and 酸度, which both acidities of the methanol catalog are called, under a title
        using var temp = new TempDirectory();
        var file = temp.File("intake.csv", "甲醇产品填报表\nsector,enterprise.name,product.name,product.class,water,水分（%）,酸度\n" +
            "chemicals,渭南甲醇,精甲醇,superior,0.08,0.09,0.0012\n");

        // When
        var (items, _, counters) = Catalogs.Run([file]);

        // Then: the first column of a kind is read, and each column left out is named once, with what to do
        items.ShouldHaveSingleItem().Row.Submission!.Results.Select(r => (r.IndicatorId, r.Value)).ShouldBe([("water", "0.08")]);
        var notices = counters.Notices.Where(n => n.Code == IssueCodes.BatchUnknownColumn).ToList();
        notices.Select(n => (n.Path, n.Severity, n.Line)).ShouldBe([("水分（%）", Severity.Warning, 2), ("酸度", Severity.Warning, 2)]);
        notices[0].Message.Zh.ShouldBe("6 列“水分（%）”与 5 列是同一列（water），该列未读取。");
        notices[1].Message.Zh.ShouldBe("7 列“酸度”可指“石油（煤炭）化工”行业的多个列（acidity、acidity-acetic），该列未读取；请在表头末尾用方括号写明键，如 [acidity]。");
        notices[1].Message.En.ShouldStartWith("Column 7: '酸度' may name several columns of the ");
    }

    [Fact]
    public void Should_Read_A_Value_Or_Limit_Written_With_A_Percent_Sign_As_A_Number_In_Percent()
    {
        // Given: methanol rows with values and a limit written with a percent sign, as a workbook cell in a percent format
        // also reads (0.08% for a stored 0.0008): water content is in %, ethanol in mg/kg
        using var temp = new TempDirectory();
        var file = temp.File("intake.csv", "sector,enterprise.name,product.name,product.class,standard.code,water,water.limit,ethanol,ethanol.unit\n" +
            "chemicals,渭南甲醇,精甲醇,superior,Q/WNJC 0001-2025,0.08%,≤0.10%,0.0002%,\n" +
            "chemicals,渭南甲醇,精甲醇,superior,,0.08 ％,,0.0002%,mg/kg\n");

        // When
        var (items, _, _) = Catalogs.Run([file]);

        // Then: in %, the sign is dropped; in another unit the value is read in %; where the row says mg/kg, the sign
        // contradicts it and the value is rejected naming what was written
        var first = items[0].Row.Submission!;
        first.Results.Select(r => (r.IndicatorId, r.Value, r.Unit)).ShouldBe([("water", "0.08", null), ("ethanol", "0.0002", "%")]);
        first.EnterpriseStandard!.Limits.ShouldHaveSingleItem().Limit.ShouldBe(Limit.AtMost("0.10"));
        items[0].Result.ShouldNotBeNull();
        var ethanol = items[0].Result!.Indicators.Single(i => i.IndicatorId == "ethanol");
        (ethanol.Value, ethanol.ValueInUnit, ethanol.Unit).ShouldBe(("0.0002", "2", "mg/kg"));
        ethanol.Judgements.ShouldNotBeEmpty();
        ethanol.Judgements.ShouldAllBe(j => j.Verdict == Verdict.Pass);
        items[1].Row.Submission!.Results.Select(r => (r.Value, r.Unit)).ShouldBe([("0.08", null), ("0.0002%", "mg/kg")]);
        items[1].Issues.ShouldContain(i => i.Code == "WB2014" && i.Message.Zh.Contains("0.0002%"));
    }

    [Fact]
    public void Should_Read_A_Sector_Product_Class_And_Categorical_Value_Written_By_Their_Names()
    {
        // Given: one textile row written with ids, then with the names a bureau's own table writes, in Chinese and in English
        using var temp = new TempDirectory();
        var file = temp.File("intake.csv", "sector,enterprise.name,enterprise.creditCode,product.name,product.class,ph,odour,banned-azo-amines,standard.code,odour.limit\n" +
            "textiles,渭南纺织,91610500MA6W0TXK61,纯棉衬衫,skin-contact,6.5,none,not-detected,Q/WNFZ 0001-2025,none\n" +
            "纺织服装,渭南纺织,91610500MA6W0TXK61,纯棉衬衫,直接接触皮肤的产品,6.5,无异味,未检出,Q/WNFZ 0001-2025,无异味\n" +
            "Textiles and apparel,渭南纺织,91610500MA6W0TXK61,纯棉衬衫,Products in direct skin contact (class B / class II),6.5,No odour,not detected,Q/WNFZ 0001-2025,no odour\n" +
            "纺织,渭南纺织,91610500MA6W0TXK61,纯棉衬衫,skin-contact,6.5,none,not-detected,Q/WNFZ 0001-2025,none\n");

        // When
        var (items, totals, _) = Catalogs.Run([file]);

        // Then: the same submission three times, by ids; a name that is no sector's is rejected naming the sectors, and
        // for that alone (its limit cannot be read without the sector's catalog)
        totals.ShouldBe(totals with { Read = 4, Assessed = 3, Rejected = 1 });
        var read = items.Take(3).Select(i => Sdk.Json.BenchmarkJson.Serialize(i.Row.Submission! with { Id = "" })).ToList();
        read.Distinct().ShouldHaveSingleItem();
        items[0].Row.Submission!.Results.Select(r => r.Value).ShouldBe(["6.5", "none", "not-detected"]);
        items[0].Row.Submission!.Product.ProductClass.ShouldBe("skin-contact");
        var unknown = items[3].Issues.ShouldHaveSingleItem();
        unknown.Code.ShouldBe("WB4101");
        unknown.Message.Zh.ShouldContain("纺织");
    }

    [Fact]
    public void Should_Name_The_Sector_Whose_Indicator_A_Column_Is_Not_By_Its_Name()
    {
        // Given: a textile row filling the column of a building-materials indicator
        using var temp = new TempDirectory();
        var file = temp.File("intake.csv",
            "id,sector,period,enterprise.name,enterprise.creditCode,product.name,product.category,product.class,ph,compressive-strength-28d\n" +
            "t-1,textiles,2026-H2,渭南纺织,91610500MA6W0TXK61,纯棉衬衫,apparel,skin-contact,6.5,42\n");

        // When
        var (_, totals, counters) = Catalogs.Run([file]);

        // Then: the column is left out with a warning that names the sector in each language, not by its id
        totals.Assessed.ShouldBe(1);
        var notice = counters.Notices.Where(n => n.Code == IssueCodes.BatchUnknownColumn).ShouldHaveSingleItem();
        notice.Message.Zh.ShouldBe("10 列“compressive-strength-28d”不是“纺织服装”行业的指标，该列未读取。");
        notice.Message.En.ShouldBe("Column 10: 'compressive-strength-28d' is not an indicator of the Textiles and apparel sector; the column is not read.");
    }

    [Fact]
    public void Should_Read_A_Csv_Saved_In_GB18030_As_The_Same_Rows_In_UTF8_With_A_Warning()
    {
        // Given: the hand-made CSV sample as a spreadsheet program on a Chinese system saves it (GB 18030, no byte order mark)
        using var temp = new TempDirectory();
        var utf8 = Path.Combine(Catalogs.RepositoryRoot, "samples", "batch", "intake.csv");
        var text = File.ReadAllText(utf8);
        var gb18030 = Path.Combine(temp.Path, "intake-gbk.csv");
        File.WriteAllBytes(gb18030, System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text));
        System.Text.Unicode.Utf8.IsValid(File.ReadAllBytes(gb18030)).ShouldBeFalse();

        // When
        var fromUtf8 = Catalogs.Run([utf8]);
        var fromGb18030 = Catalogs.Run([gb18030]);

        // Then: the same submissions and issues row by row, and one warning naming the file
        fromGb18030.Totals.ShouldBe(fromUtf8.Totals with { Elapsed = fromGb18030.Totals.Elapsed });
        fromGb18030.Items.Select(i => i.Row.Submission is { } s ? Sdk.Json.BenchmarkJson.Serialize(s) : null)
            .ShouldBe(fromUtf8.Items.Select(i => i.Row.Submission is { } s ? Sdk.Json.BenchmarkJson.Serialize(s) : null));
        fromGb18030.Items.Select(i => string.Join("; ", i.Issues.Select(x => x.Code + " " + x.Message.En)))
            .ShouldBe(fromUtf8.Items.Select(i => string.Join("; ", i.Issues.Select(x => x.Code + " " + x.Message.En))));
        fromUtf8.Counters.Notices.ShouldNotContain(n => n.Code == IssueCodes.BatchCsvEncoding);
        var warning = fromGb18030.Counters.Notices.ShouldHaveSingleItem();
        (warning.Code, warning.Severity, warning.File).ShouldBe((IssueCodes.BatchCsvEncoding, Severity.Warning, gb18030));
        warning.Message.Zh.ShouldContain("已按 GB 18030（含 GBK）读取");
    }

    [Theory]
    [InlineData("bom")]
    [InlineData("cut")]
    [InlineData("ascii")]
    public void Should_Read_A_Csv_As_UTF8_When_It_Starts_With_A_Byte_Order_Mark_Or_Its_Start_Is_UTF8(string shape)
    {
        // Given: a byte order mark before GB 18030 bytes; a Chinese character cut by the end of the bytes probed; ASCII only
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, shape + ".csv");
        var gbk = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        byte[] bytes = shape switch
        {
            "bom" => [0xEF, 0xBB, 0xBF, .. gbk.GetBytes("渭南")],
            "cut" => [.. System.Text.Encoding.ASCII.GetBytes(new string('a', TabularSources.EncodingProbeBytes - 1)), .. System.Text.Encoding.UTF8.GetBytes("渭南\n")],
            _ => System.Text.Encoding.ASCII.GetBytes("id,sector\n"),
        };
        File.WriteAllBytes(file, bytes);

        // When / Then
        TabularSources.CsvEncoding(file).CodePage.ShouldBe(System.Text.Encoding.UTF8.CodePage);
    }

    [Theory]
    [InlineData(70_000, "utf-8", 65001)]
    [InlineData(70_000, "gb18030", 54936)]
    [InlineData(65_536, "gb18030", 54936)]
    [InlineData(131_071, "gb18030", 54936)]
    [InlineData(200_000, "none", 65001)]
    public void Should_Decide_A_Csvs_Encoding_From_Its_First_Bytes_That_Are_Not_ASCII(int ascii, string then, int codePage)
    {
        // Given: a long run of ASCII (rows of ids and numbers) before the first Chinese text, in UTF-8 or GB 18030, or none
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "late.csv");
        var gbk = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var text = new string('a', ascii - 1) + "\n";
        byte[] tail = then switch
        {
            "utf-8" => System.Text.Encoding.UTF8.GetBytes("渭南市临渭区,纺织服装\n"),
            "gb18030" => gbk.GetBytes("渭南市临渭区,纺织服装\n"),
            _ => [],
        };
        File.WriteAllBytes(file, [.. System.Text.Encoding.ASCII.GetBytes(text), .. tail]);

        // When / Then
        TabularSources.CsvEncoding(file).CodePage.ShouldBe(codePage);
    }

    [Theory]
    [InlineData("old.xls")]
    [InlineData("wps.et")]
    [InlineData("OFFICE.XLS")]
    public void Should_Say_How_To_Read_A_Workbook_Of_Another_Format(string name)
    {
        // Given: a workbook saved by an older Excel or by WPS, beside a good file
        using var temp = new TempDirectory();
        var file = temp.File(name, "not read");
        var good = Path.Combine(Catalogs.Samples("textiles"), "cotton-shirt.json");

        // When
        var (items, totals, _) = Catalogs.Run([file, good]);

        // Then: rejected with the way to a readable file, and the next input assessed
        totals.ShouldBe(totals with { Read = 2, Assessed = 1, Rejected = 1 });
        var issue = items[0].Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe(IssueCodes.BatchInputKind);
        issue.Message.Zh.ShouldBe($"不支持的输入：{file} 不是 .xlsx 工作簿；请在 Excel 或 WPS 表格中另存为“Excel 工作簿（*.xlsx）”后再读取。");
        issue.Message.En.ShouldContain("save it as 'Excel Workbook (*.xlsx)'");
    }

    [Fact]
    public void Should_Reject_A_File_That_Is_Not_What_Its_Name_Says_And_Go_On_With_The_Next()
    {
        // Given
        using var temp = new TempDirectory();
        var fake = temp.File("fake.xlsx", "not a workbook");
        var odd = temp.File("notes.txt", "hello");
        var good = Path.Combine(Catalogs.Samples("textiles"), "cotton-shirt.json");

        // When
        var (items, totals, _) = Catalogs.Run([fake, odd, Path.Combine(temp.Path, "missing.jsonl"), good]);

        // Then
        totals.ShouldBe(totals with { Read = 4, Assessed = 1, Rejected = 3 });
        items[0].Issues.ShouldContain(i => i.Code == IssueCodes.BatchInputUnreadable && i.File == fake);
        items[1].Issues.ShouldContain(i => i.Code == IssueCodes.BatchInputKind);
        items[2].Issues.ShouldContain(i => i.Code == IssueCodes.BatchInputUnreadable);
        items[3].Rejected.ShouldBeFalse();
    }

    [Fact]
    public void Should_Give_The_Same_Lines_In_The_Same_Order_Whatever_The_Parallelism()
    {
        // Given: every sample of two sectors, many times over
        using var temp = new TempDirectory();
        var lines = new[] { "textiles", "chemicals" }.SelectMany(s => Directory.GetFiles(Catalogs.Samples(s), "*.json"))
            .Select(f => File.ReadAllText(f).ReplaceLineEndings(" ")).ToList();
        var file = temp.File("in.jsonl", string.Join("\n", Enumerable.Range(0, 30).SelectMany(_ => lines)));

        // When
        var one = Catalogs.Run([file], parallelism: 1).Items;
        var four = Catalogs.Run([file], parallelism: 4).Items;

        // Then
        four.Count.ShouldBe(lines.Count * 30);
        four.Select(i => Convert.ToBase64String(i.Line!)).ShouldBe(one.Select(i => Convert.ToBase64String(i.Line!)));
        four.Select(i => i.Sequence).ShouldBe(Enumerable.Range(0, four.Count).Select(i => (long)i));
    }

    [Fact]
    public void Should_Count_Rows_That_Read_As_Assessed_And_Assess_None_In_A_Read_Only_Pass()
    {
        // Given: a good line and a broken one
        using var temp = new TempDirectory();
        var good = File.ReadAllText(Path.Combine(Catalogs.Samples("textiles"), "cotton-shirt.json")).ReplaceLineEndings(" ");
        var file = temp.File("in.jsonl", good + "\n{\"id\": \n");
        var counters = new BatchCounters();
        var runner = new BatchRunner(Catalogs.Resolve, Catalogs.Options, 2, readOnly: true);
        var items = new List<BatchItem>();

        // When
        var totals = runner.Run(SubmissionSources.Read([file], Catalogs.Intake(), counters), [new Collect(items)], counters);

        // Then
        totals.ShouldBe(totals with { Read = 2, Assessed = 1, Rejected = 1 });
        items.ShouldAllBe(i => i.Result == null && i.Line == null);
        items[1].Rejected.ShouldBeTrue();
    }

    private sealed class Collect(List<BatchItem> items) : IBatchSink
    {
        public void Write(BatchItem item) => items.Add(item);

        public void Complete(BatchTotals totals)
        {
        }
    }

    [Theory]
    [InlineData("≤75", "Upper", null, "75")]
    [InlineData("<= 75", "Upper", null, "75")]
    [InlineData("≥32.5", "Lower", "32.5", null)]
    [InlineData("4.0~7.5", "Range", "4.0", "7.5")]
    [InlineData("4.0-7.5", "Range", "4.0", "7.5")]
    public void Should_Read_A_Limit_As_Written_In_A_Cell(string text, string kind, string? min, string? max)
    {
        var limit = LimitText.Parse(text).ShouldNotBeNull();
        limit.Kind.ToString().ShouldBe(kind);
        limit.Min.ShouldBe(min);
        limit.Max.ShouldBe(max);
    }

    [Theory]
    [InlineData("about 50")]
    [InlineData("≤")]
    [InlineData("-")]
    [InlineData("1-")]
    public void Should_Not_Read_What_Is_Not_A_Limit(string text) => LimitText.Parse(text).ShouldBeNull();
}
