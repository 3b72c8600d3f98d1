using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Weinan.Benchmarking.Batch.Generation;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Batch.Tests.Support;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>The workbook reader of the intake: every kind of cell, the workbooks the product writes, damaged packages.</summary>
public sealed class XlsxSheetTests
{
    [Fact]
    public void Should_Read_Every_Kind_Of_Cell_Of_The_First_Sheet_As_Text()
    {
        // Given: a package whose first sheet (in the workbook's order) is sheet2.xml, with shared, rich, inline and formula
        // strings, numbers, dates by built-in and custom formats, a boolean, an error, rows left out and cells without references
        using var temp = new TempDirectory();
        var file = Package(temp.Path, "cells.xlsx");

        // When
        var rows = XlsxSheet.Rows(file).Select(r => r.Cells).ToList();

        // Then
        rows.Count.ShouldBe(6);
        rows[0].ShouldBe(["渭南", "甲醛 含量", "inline", "渭南甲醛 含量"]);
        rows[1].ShouldBe(["4.5", "2026-01-01", "2026-01-01 12:00:00", "0.1", "true", "#DIV/0!", "2026-03-01"]);
        rows[2].ShouldBeEmpty();
        rows[3].ShouldBeEmpty();
        rows[4].ShouldBe(["a", null, "line\rbreak", null, "0.001"]);
        rows[5].ShouldBeEmpty();
    }

    [Fact]
    public void Should_Read_The_Same_Cells_When_The_Shared_Strings_Go_To_A_Temporary_File()
    {
        using var temp = new TempDirectory();
        var file = Package(temp.Path, "cells.xlsx");

        XlsxSheet.Rows(file, memoryBytes: 8).Select(r => r.Cells).ToList().ShouldBe(XlsxSheet.Rows(file).Select(r => r.Cells).ToList());
    }

    [Theory]
    [InlineData(1 << 20)]
    [InlineData(64)]
    public void Should_Give_Back_Every_Shared_String_As_Added(int memoryBytes)
    {
        // Given: texts of every width, an empty one, and one longer than the table reads at once from its file
        string[] texts = ["渭南", "", "mg/kg", new string('甲', 700), "line\rbreak", "x"];
        using var table = new SharedStringTable(memoryBytes);
        for (var n = 0; n < 50; n++)
        {
            foreach (var text in texts)
            {
                table.Add(text + n);
            }
        }

        // When / Then: in any order, twice (the second time from the cache when the text is in the file)
        table.Spilled.ShouldBe(memoryBytes < 1024);
        table.Count.ShouldBe(300);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = table.Count - 1; i >= 0; i -= 7)
            {
                table[i].ShouldBe(texts[i % texts.Length] + (i / texts.Length));
            }
        }

        Should.Throw<ArgumentOutOfRangeException>(() => table[table.Count]);
    }

    [Fact]
    public void Should_Read_A_Strict_Workbook_And_Its_Dates_Counted_From_1904()
    {
        // Given: the same sheet named in the strict namespaces, in a workbook whose dates count from 1904
        using var temp = new TempDirectory();
        var parts = Parts();
        parts["xl/workbook.xml"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">
              <workbookPr date1904="1"/><sheets><sheet name="数据" sheetId="2" r:id="rId2"/></sheets>
            </workbook>
            """;

        // When
        var rows = XlsxSheet.Rows(Write(Path.Combine(temp.Path, "strict.xlsx"), parts)).Select(r => r.Cells).ToList();

        // Then: serial 46023 is 2026-01-01 counted from 1900, 1,462 days later counted from 1904
        rows[0][0].ShouldBe("渭南");
        rows[1][..3].ShouldBe(["4.5", "2030-01-02", "2030-01-02 12:00:00"]);
    }

    [Theory]
    [InlineData("46023", false, "2026-01-01")]
    [InlineData("61", false, "1900-03-01")]
    [InlineData("59", false, "1900-02-28")]
    [InlineData("1", false, "1900-01-01")]
    [InlineData("1.25", false, "1900-01-01 06:00:00")]
    [InlineData("60", false, "1900-02-29")]
    [InlineData("60.5", false, "1900-02-29 12:00:00")]
    [InlineData("0", true, "1904-01-01")]
    [InlineData("59", true, "1904-02-29")]
    [InlineData("59", null, "59")]
    public void Should_Read_A_Serial_Day_As_The_Date_A_Spreadsheet_Shows(string serial, bool? date1904, string text)
    {
        // The 1900 system's serials before March 1900 count the 29 February 1900 that never was; the 1904 system's do not.
        XlsxSheet.Number(serial, date: date1904 is not null, date1904: date1904 ?? false).ShouldBe(text);
    }

    [Theory]
    [InlineData("8.0000000000000004E-4", "0.08%")]
    [InlineData("0.5", "50%")]
    [InlineData("1", "100%")]
    [InlineData("-0.0125", "-1.25%")]
    [InlineData("0", "0%")]
    public void Should_Read_A_Number_In_A_Percent_Format_As_The_Sheet_Shows_It(string stored, string text)
    {
        // A spreadsheet keeps 0.08 % as 0.0008: read as that number, the value would be a hundredth of what was typed
        XlsxSheet.Number(stored, date: false, date1904: false, percent: true).ShouldBe(text);
        XlsxSheet.Number(stored, date: false, date1904: false).ShouldNotEndWith("%");
    }

    [Fact]
    public void Should_Read_Cells_In_Built_In_And_Custom_Percent_Formats_As_Shown()
    {
        // Given: 0.0008 in the built-in 0.00% format, 0.5 in a custom one, and 0.5 in a plain number format
        using var temp = new TempDirectory();
        var parts = Parts();
        parts["xl/styles.xml"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
              <numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts>
              <cellXfs count="3"><xf numFmtId="10"/><xf numFmtId="170"/><xf numFmtId="2"/></cellXfs>
            </styleSheet>
            """;
        parts["xl/worksheets/sheet2.xml"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
              <row r="1"><c r="A1" s="0"><v>8.0000000000000004E-4</v></c><c r="B1" s="1"><v>0.5</v></c><c r="C1" s="2"><v>0.5</v></c></row>
            </sheetData></worksheet>
            """;

        // When
        var rows = XlsxSheet.Rows(Write(Path.Combine(temp.Path, "percent.xlsx"), parts)).Select(r => r.Cells).ToList();

        // Then
        rows.ShouldHaveSingleItem().ShouldBe(["0.08%", "50%", "0.5"]);
    }

    [Theory]
    [InlineData("0.00%", "Percent")]
    [InlineData("0%;[Red]-0%", "Percent")]
    [InlineData("0.00\"%\"", "Number")]
    [InlineData("0.00\\%", "Number")]
    [InlineData("[$%-804]0.00", "Number")]
    [InlineData("yyyy-mm-dd", "Date")]
    [InlineData("0.00\" mg/d\"", "Number")]
    public void Should_Tell_A_Percent_Format_From_A_Date_And_A_Number(string code, string format) =>
        XlsxSheet.FormatOf(code).ToString().ShouldBe(format);

    [Fact]
    public void Should_Read_What_MiniExcel_Reads_From_The_Workbooks_The_Product_Writes()
    {
        // Given: the hand-made sample, and a generated intake workbook with bad rows among the good
        using var temp = new TempDirectory();
        var generated = Path.Combine(temp.Path, "generated.xlsx");
        var sectors = new[] { "textiles", "chemicals" }.Select(Catalogs.SectorSamples).ToList();
        using (var stream = File.Create(generated))
        {
            SampleFiles.Write(stream, SampleFormat.Xlsx, new SampleGenerator(sectors, new GeneratorOptions(300, 20261130, 0.2m, ["2026-H1"])), "zh-CN");
        }

        foreach (var workbook in new[] { Path.Combine(Catalogs.RepositoryRoot, "samples", "batch", "intake.xlsx"), generated })
        {
            // When
            var ours = XlsxSheet.Rows(workbook).Select(r => Trimmed(r.Cells)).ToList();
            var theirs = MiniExcel.Query(workbook, useHeaderRow: false).Cast<IDictionary<string, object?>>()
                .Select(r => Trimmed([.. r.Values.Select(TabularSources.CellText)])).ToList();

            // Then
            ours.Count.ShouldBeGreaterThan(10);
            ours.Count.ShouldBe(theirs.Count);
            for (var i = 0; i < ours.Count; i++)
            {
                ours[i].ShouldBe(theirs[i], $"{Path.GetFileName(workbook)} row {i + 1}");
            }
        }
    }

    [Theory]
    [InlineData("</row><row r=\"1048577\"><c r=\"A1\"><v>1</v></c>", typeof(InvalidDataException))]
    [InlineData("<c r=\"A1\"><v>1</v>", typeof(System.Xml.XmlException))]
    public void Should_Refuse_A_Damaged_Sheet(string cells, Type thrown)
    {
        // Given: a row beyond the last a sheet has, a cell cut short
        using var temp = new TempDirectory();
        var file = Package(temp.Path, "damaged.xlsx", firstRow: cells);

        // When
        var refused = Should.Throw<Exception>(() => XlsxSheet.Rows(file).ToList());

        // Then
        refused.ShouldBeOfType(thrown);
        TabularSources.IsUnreadableWorkbook(refused).ShouldBeTrue();
    }

    [Fact]
    public void Should_Report_A_Damaged_Workbook_As_Unreadable_And_Go_On_With_The_Next_Input()
    {
        // Given
        using var temp = new TempDirectory();
        var damaged = Package(temp.Path, "damaged.xlsx", firstRow: "<c r=\"A1\"><v>1</v>");
        var good = Path.Combine(Catalogs.Samples("textiles"), "cotton-shirt.json");

        // When
        var (items, totals, _) = Catalogs.Run([damaged, good]);

        // Then
        totals.Assessed.ShouldBe(1);
        items[0].Issues.ShouldContain(i => i.Code == IssueCodes.BatchInputUnreadable && i.File == damaged);
        items[1].Result.ShouldNotBeNull();
    }

    [Fact]
    public void Should_Reject_Only_The_Row_Of_A_Cell_That_Names_A_Shared_String_The_Workbook_Lacks()
    {
        // Given: the sample intake workbook, the enterprise name of its row 3 turned into shared string 999 (it has a few)
        using var temp = new TempDirectory();
        var original = Path.Combine(Catalogs.RepositoryRoot, "samples", "batch", "intake.xlsx");
        var damaged = Path.Combine(temp.Path, "intake.xlsx");
        File.Copy(original, damaged);
        using (var zip = ZipFile.Open(damaged, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var cell = System.Text.RegularExpressions.Regex.Match(xml, "<x:c r=\"D3\".*?</x:c>");
            cell.Success.ShouldBeTrue();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml.Replace(cell.Value, "<x:c r=\"D3\" t=\"s\"><x:v>999</x:v></x:c>", StringComparison.Ordinal));
        }

        // When
        var (before, beforeTotals, _) = Catalogs.Run([original]);
        var (after, afterTotals, _) = Catalogs.Run([damaged]);

        // Then: that row is rejected, naming its row and column; every other row is read and judged as before
        before.Single(i => i.Row.Row == 3).Result.ShouldNotBeNull();
        afterTotals.Read.ShouldBe(beforeTotals.Read);
        (afterTotals.Assessed + afterTotals.Rejected).ShouldBe(afterTotals.Read);
        var rejected = after.Single(i => i.Row.Row == 3);
        rejected.Result.ShouldBeNull();
        var issue = rejected.Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe(IssueCodes.BatchCell);
        issue.Line.ShouldBe(3);
        issue.Message.Zh.ShouldBe("第 3 行 D 列的单元格无法读取：引用的共享字符串“999”在工作簿中不存在。");
        issue.Message.En.ShouldBe("The cell in row 3, column D cannot be read: it names shared string '999', which the workbook does not have.");
        after.Where(i => i.Row.Row != 3).Select(i => (i.Row.Row, i.Result?.Level.Rung))
            .ShouldBe(before.Where(i => i.Row.Row != 3).Select(i => (i.Row.Row, i.Result?.Level.Rung)));
    }

    [Fact]
    public void Should_Refuse_A_Package_Without_A_Worksheet()
    {
        using var temp = new TempDirectory();
        var file = Package(temp.Path, "no-sheet.xlsx", relationships: Relationships.Replace("rId2", "rId9", StringComparison.Ordinal));

        Should.Throw<InvalidDataException>(() => XlsxSheet.Rows(file).ToList());
    }

    [Fact]
    public void Should_Read_Or_Refuse_Any_Damage_To_Its_Parts_Never_Failing_Otherwise()
    {
        // Given: a valid package, then its parts damaged at random (seeded: the same cases every run)
        using var temp = new TempDirectory();
        var random = new Random(20261130);
        var read = 0;
        var refused = 0;
        for (var n = 0; n < 300; n++)
        {
            var parts = Parts();
            var name = parts.Keys.ElementAt(random.Next(parts.Count));
            parts[name] = Damage(parts[name], random);
            var file = Write(Path.Combine(temp.Path, $"fuzz-{n}.xlsx"), parts);

            // When
            try
            {
                _ = XlsxSheet.Rows(file).ToList();
                read++;
            }
            catch (Exception ex)
            {
                // Then: what it throws is what the intake reports as a workbook it cannot read
                TabularSources.IsUnreadableWorkbook(ex).ShouldBeTrue($"{name}: {ex}");
                refused++;
            }
        }

        read.ShouldBeGreaterThan(0);
        refused.ShouldBeGreaterThan(0);
    }

    private static string?[] Trimmed(string?[] cells)
    {
        var length = cells.Length;
        while (length > 0 && string.IsNullOrEmpty(cells[length - 1]))
        {
            length--;
        }

        return cells[..length];
    }

    private static string Damage(string xml, Random random)
    {
        var text = new StringBuilder(xml);
        for (var k = random.Next(1, 4); k > 0 && text.Length > 0; k--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0:
                    text.Remove(at, Math.Min(random.Next(1, 12), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, "<>\"&'=/9_x41_AZ"[random.Next(15)]);
                    break;
                default:
                    text[at] = (char)random.Next(32, 127);
                    break;
            }
        }

        return text.ToString();
    }

    private const string Relationships = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
          <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
          <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
          <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="./styles.xml"/>
        </Relationships>
        """;

    private static Dictionary<string, string> Parts(string? firstRow = null, string? relationships = null) => new()
    {
        ["_rels/.rels"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>
            """,
        ["xl/workbook.xml"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <sheets><sheet name="数据" sheetId="2" r:id="rId2"/><sheet name="说明" sheetId="1" r:id="rId1"/></sheets>
            </workbook>
            """,
        ["xl/_rels/workbook.xml.rels"] = relationships ?? Relationships,
        ["xl/sharedStrings.xml"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
              <si><t>渭南</t></si>
              <si><r><t>甲醛</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 含量</t></r><rPh sb="0" eb="2"><t>ジア</t></rPh><phoneticPr fontId="1"/></si>
              <si><t>line_x000D_break</t></si>
            </sst>
            """,
        ["xl/styles.xml"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
              <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="165" formatCode="0.00&quot; mg/d&quot;"/></numFmts>
              <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
              <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="57"/></cellXfs>
            </styleSheet>
            """,
        ["xl/worksheets/sheet1.xml"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>notes</t></is></c></row></sheetData></worksheet>
            """,
        ["xl/worksheets/sheet2.xml"] = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:G6"/><sheetData>
              <row r="1">{firstRow ?? ""}<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>inline</t></is></c><c r="D1" t="str"><f>A1&amp;B1</f><v>渭南甲醛 含量</v></c></row>
              <row r="2" spans="1:7"><c r="A2"><v>4.50</v></c><c r="B2" s="1"><v>46023</v></c><c r="C2" s="2"><v>46023.5</v></c><c r="D2" s="3"><v>0.1</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#DIV/0!</v></c><c r="G2" t="d"><v>2026-03-01T00:00:00</v></c></row>
              <row r="5"><c t="inlineStr"><is><t>a</t></is></c><c/><c t="s"><v>2</v></c><c r="E5"><v>1E-3</v></c></row>
              <row r="6"/>
            </sheetData></worksheet>
            """,
    };

    private static string Package(string folder, string name, string? firstRow = null, string? relationships = null) =>
        Write(Path.Combine(folder, name), Parts(firstRow, relationships));

    private static string Write(string path, Dictionary<string, string> parts)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, text) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return path;
    }
}
