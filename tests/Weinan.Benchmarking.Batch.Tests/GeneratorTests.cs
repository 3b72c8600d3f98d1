using System.Xml.Linq;
using Weinan.Benchmarking.Batch.Generation;
using Weinan.Benchmarking.Batch.Intake;
using Weinan.Benchmarking.Batch.Tests.Support;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>
/// The sample generator: the same bytes for a seed, the count asked for, the share of bad rows asked for — each one
/// rejected when batched, and no other — valid credit codes that pass their check and spoiled ones that fail it, and
/// the same submissions in JSONL, CSV and XLSX.
/// </summary>
public class GeneratorTests
{
    private static readonly string[] Sectors = ["textiles", "chemicals"];

    [Theory]
    [InlineData(SampleFormat.Jsonl)]
    [InlineData(SampleFormat.Csv)]
    [InlineData(SampleFormat.Xlsx)]
    public void Should_Write_The_Same_Bytes_For_A_Seed_And_Other_Bytes_For_Another(SampleFormat format)
    {
        var first = Write(Generator(300, seed: 42), format);
        var again = Write(Generator(300, seed: 42), format);
        var other = Write(Generator(300, seed: 43), format);

        again.ShouldBe(first);
        other.ShouldNotBe(first);
    }

    [Fact]
    public void Should_Draw_The_Same_Rows_In_The_Same_Order_Whatever_The_Parallelism()
    {
        var generator = Generator(400, seed: 8, badShare: 0.1m);

        var one = generator.Rows(r => BenchmarkJson.Serialize(r.Submission), parallelism: 1).ToList();
        var four = generator.Rows(r => BenchmarkJson.Serialize(r.Submission), parallelism: 4).ToList();

        four.ShouldBe(one);
        generator.Rows().Select(r => BenchmarkJson.Serialize(r.Submission)).ShouldBe(one);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(999, 2)]
    [InlineData(1000, 3)]
    public void Should_Write_The_Count_Asked_For_Every_Product_Once_In_Each_Period(int count, int periods)
    {
        var generator = Generator(count, seed: 7, periods: [.. new[] { "2025-H2", "2026-H1", "2026-H2" }.Take(periods)]);

        var rows = generator.Rows().ToList();

        rows.Count.ShouldBe(count);
        rows.Select(r => r.Number).ShouldBe(Enumerable.Range(0, count).Select(i => (long)i));
        rows.Select(r => r.Submission.Id).ShouldBeUnique();
        foreach (var product in rows.GroupBy(r => r.Submission.Product.Id))
        {
            product.Select(r => r.Submission.Period).ShouldBeUnique();
            product.Select(r => r.Submission.Enterprise.County).Distinct().Count().ShouldBe(1);
            product.Select(r => r.Submission.Product.Name).Distinct().Count().ShouldBe(1);
        }
    }

    [Fact]
    public void Should_Make_About_The_Share_Asked_For_Unassessable_And_No_Other_Row()
    {
        // Given: 1,000 rows of which about a tenth are spoiled on purpose
        using var temp = new TempDirectory();
        var generator = Generator(1000, seed: 5, badShare: 0.1m);
        var rows = generator.Rows().ToList();
        var file = Path.Combine(temp.Path, "batch.jsonl");
        File.WriteAllBytes(file, Write(generator, SampleFormat.Jsonl));

        // When
        var (items, totals, _) = Catalogs.Run([file]);

        // Then
        var bad = rows.Count(r => r.Defect is not null);
        bad.ShouldBeInRange(70, 130);
        totals.ShouldBe(totals with { Read = 1000, Assessed = 1000 - bad, Rejected = bad });
        items.Select(i => i.Rejected).ShouldBe(rows.Select(r => r.Defect is not null));
        rows.Where(r => r.Defect is not null).Select(r => r.Defect!.Value).Distinct().Count().ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public void Should_Give_Valid_Credit_Codes_That_Pass_Their_Check_And_Spoiled_Ones_That_Fail_It()
    {
        var rows = Generator(3000, seed: 9, badShare: 0.2m).Rows().ToList();

        var valid = rows.Where(r => r.Defect is not (RowDefect.CreditCodeCheck or RowDefect.CreditCodeLength)).Select(r => r.Submission.Enterprise.CreditCode).ToList();
        var spoiled = rows.Where(r => r.Defect is RowDefect.CreditCodeCheck or RowDefect.CreditCodeLength).ToList();

        valid.ShouldAllBe(code => CreditCode.IsValid(code));
        spoiled.Count.ShouldBeGreaterThan(20);
        spoiled.ShouldAllBe(r => !CreditCode.IsValid(r.Submission.Enterprise.CreditCode));
        foreach (var row in rows.Where(r => r.Defect is null))
        {
            var county = WeinanCounties.All.Single(c => c.Name == row.Submission.Enterprise.County);
            row.Submission.Enterprise.CreditCode![2..8].ShouldBe(county.Division);
        }

        rows.Where(r => r.Defect is null).GroupBy(r => r.Submission.Enterprise.CreditCode)
            .ShouldAllBe(g => g.Select(r => r.Submission.Enterprise.Name).Distinct().Count() == 1);
    }

    [Fact]
    public void Should_Spread_Rows_Over_Weinan_And_Its_Clusters_With_About_Eight_Results_Each()
    {
        var rows = Generator(2000, seed: 3).Rows().Select(r => r.Submission).ToList();

        rows.Select(s => s.Enterprise.County).Distinct().ShouldBe(WeinanCounties.All.Select(c => c.Name), ignoreOrder: true);
        rows.Count(s => s.Enterprise.Cluster is not null).ShouldBeInRange(1400, 1800);
        rows.Select(s => s.Sector).Distinct().ShouldBe(Sectors, ignoreOrder: true);
        rows.Average(s => s.Results.Count).ShouldBeInRange(6.5, 10.5);
        rows.Count(s => s.EnterpriseStandard is not null).ShouldBeInRange(300, 900);
    }

    [Fact]
    public void Should_Draw_Values_As_Written_Decimals_Around_The_Samples()
    {
        var rows = Generator(500, seed: 1).Rows().Select(r => r.Submission).ToList();
        var densities = rows.SelectMany(s => s.Results).Where(r => r.IndicatorId == "density").Select(r => r.Value).ToList();
        var grades = rows.SelectMany(s => s.Results).Where(r => r.IndicatorId == "fastness-water").Select(r => r.Value).ToList();

        densities.Count.ShouldBeGreaterThan(20);
        densities.ShouldAllBe(v => v.Length == 6 && decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture) > 0.78m &&
                                   decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture) < 0.80m);
        densities.Distinct().Count().ShouldBeGreaterThan(3);
        grades.ShouldAllBe(g => new[] { "1", "1-2", "2", "2-3", "3", "3-4", "4", "4-5", "5" }.Contains(g));
    }

    [Fact]
    public void Should_Give_The_Same_Submissions_In_Jsonl_Csv_And_Xlsx()
    {
        using var temp = new TempDirectory();
        var generator = Generator(200, seed: 21, badShare: 0.1m);
        var files = new[] { SampleFormat.Jsonl, SampleFormat.Csv, SampleFormat.Xlsx }.Select(format =>
        {
            var file = Path.Combine(temp.Path, "batch." + format.ToString().ToLowerInvariant());
            File.WriteAllBytes(file, Write(generator, format));
            return file;
        }).ToList();

        var read = files.Select(f => Catalogs.Run([f]).Items.Select(i => (i.Rejected, Submission: i.Row.Submission is null ? "" : BenchmarkJson.Serialize(i.Row.Submission))).ToList()).ToList();

        read[0].Count.ShouldBe(200);
        read[1].ShouldBe(read[0]);
        read[2].ShouldBe(read[0]);
    }

    [Fact]
    public void Should_Neutralise_Cells_That_Would_Run_As_Formulas_And_Read_Them_Back_As_Written()
    {
        // Given: samples whose product names start like formulas
        using var temp = new TempDirectory();
        string[] hostile = ["=HYPERLINK(\"http://example.invalid\",\"x\")", "+1+2", "-3+cmd|' /C calc'!A0", "@SUM(1,2)"];
        var samples = Catalogs.SectorSamples("textiles").Samples.Select((s, i) => s with { Product = s.Product with { Name = hostile[i % hostile.Length] } }).ToList();
        var generator = new SampleGenerator([new SectorSamples("textiles", Catalogs.Resolve("textiles").Catalog!.Catalog, samples)],
            new GeneratorOptions(60, 4, 0m, ["2026-H1"]));
        var files = new[] { SampleFormat.Jsonl, SampleFormat.Csv, SampleFormat.Xlsx }.Select(format =>
        {
            var file = Path.Combine(temp.Path, "batch." + format.ToString().ToLowerInvariant());
            File.WriteAllBytes(file, Write(generator, format));
            return file;
        }).ToList();

        // When
        var read = files.Select(f => Catalogs.Run([f]).Items.Select(i => i.Row.Submission.ShouldNotBeNull()).ToList()).ToList();

        // Then: no CSV field starts a formula, the workbook holds no formula and shows its text cells as text, and every
        // file reads back the same submissions, names as written
        using (var reader = CsvHelper.CsvReader.Create(new StreamReader(files[1]), new CsvHelper.CsvReaderOptions { HasHeader = false }, leaveOpen: false))
        {
            var fields = new List<string>();
            while (reader.Read())
            {
                fields.AddRange(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? ""));
            }

            fields.ShouldNotContain(f => f.Length > 0 && "=+-@".Contains(f[0]));
            fields.ShouldContain("'" + hostile[0]);
        }

        var sheet = Part(files[2], "xl/worksheets/sheet1.xml");
        var styles = Part(files[2], "xl/styles.xml");
        XNamespace x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        sheet.Descendants(x + "f").ShouldBeEmpty();
        var formats = styles.Descendants(x + "cellXfs").Single().Elements().ToList();
        var cells = sheet.Descendants(x + "c").Where(c => hostile.Contains(c.Value)).ToList();
        cells.Count.ShouldBeGreaterThanOrEqualTo(60);
        cells.ShouldAllBe(c => (string?)c.Attribute("t") == "str" && (string?)formats[(int)c.Attribute("s")!].Attribute("quotePrefix") == "1");
        read[0].Count.ShouldBe(60);
        read[0].Select(s => s.Product.Name).Distinct().ShouldBeSubsetOf(hostile);
        read[0].Select(s => s.Product.Name).Distinct().Count().ShouldBeGreaterThan(1);
        read[1].Select(BenchmarkJson.Serialize).ShouldBe(read[0].Select(BenchmarkJson.Serialize));
        read[2].Select(BenchmarkJson.Serialize).ShouldBe(read[0].Select(BenchmarkJson.Serialize));
    }

    private static SampleGenerator Generator(long count, ulong seed, decimal badShare = 0.05m, IReadOnlyList<string>? periods = null) =>
        new([.. Sectors.Select(Catalogs.SectorSamples)],
            new GeneratorOptions(count, seed, badShare, periods ?? ["2026-H1", "2026-H2"]));

    private static XDocument Part(string file, string part)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(file);
        using var stream = zip.GetEntry(part)!.Open();
        return XDocument.Load(stream);
    }

    private static byte[] Write(SampleGenerator generator, SampleFormat format)
    {
        using var stream = new MemoryStream();
        SampleFiles.Write(stream, format, generator, "zh-CN");
        return stream.ToArray();
    }
}
