using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MiniExcelLibs;
using Weinan.Benchmarking.Batch.Intake;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Tests.Support;

/// <summary>Reads intake workbooks and fills their first sheet the way a person would: by typing into the template.</summary>
internal static partial class Workbooks
{
    private static readonly XNamespace X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The plugins beside the CLI, for the catalogs of the shipped sectors.</summary>
    public static PluginHost Plugins() => PluginHost.Load(TestPaths.CliOutput, [], null);

    /// <summary>The catalog of a shipped sector.</summary>
    public static Catalog Catalog(PluginHost host, string sector) => host.Catalogs.Select(sector).Catalog.ShouldNotBeNull();

    /// <summary>The shipped sectors.</summary>
    public static TheoryData<string> Sectors() => ["textiles", "food", "chemicals", "metallurgy", "building-materials"];

    /// <summary>The rows of a sheet, as cell text by column (blank cells are empty strings).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(string path, string? sheet = null) =>
        [.. MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>()
            .Select(row => (IReadOnlyList<string>)[.. row.Values.Select(v => v?.ToString() ?? "")])];

    /// <summary>The key a header cell names: the text in its last square brackets.</summary>
    public static string Key(string header) => KeyPattern().Match(header) is { Success: true } m ? m.Groups[1].Value : header.Trim();

    /// <summary>The keys of the first sheet's header row.</summary>
    public static IReadOnlyList<string> Keys(string path) => [.. Rows(path)[0].Select(Key)];

    /// <summary>The sheet part of the first sheet.</summary>
    public static XDocument FirstSheet(string path) => Part(path, "xl/worksheets/sheet1.xml");

    /// <summary>A part of the package.</summary>
    public static XDocument Part(string path, string part)
    {
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry(part).ShouldNotBeNull().Open();
        return XDocument.Load(stream);
    }

    /// <summary>The drop-down lists of the first sheet: the column letters each applies to, and its values.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DropDowns(string path, string language)
    {
        var lists = Rows(path, IntakeWorkbook.SheetNames(language).Lists);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var validation in FirstSheet(path).Descendants(X + "dataValidation"))
        {
            validation.Attribute("type")!.Value.ShouldBe("list");
            var column = ColumnOf(validation.Attribute("sqref")!.Value);
            var range = RangePattern().Match(validation.Element(X + "formula1")!.Value);
            range.Success.ShouldBeTrue(validation.ToString());
            var index = Index(range.Groups["column"].Value);
            var (from, to) = (int.Parse(range.Groups["from"].Value) - 1, int.Parse(range.Groups["to"].Value) - 1);
            result[column] = [.. Enumerable.Range(from, to - from + 1).Select(r => lists[r][index])];
        }

        return result;
    }

    /// <summary>
    /// Types rows into the first sheet below the last one, each cell into the column whose header names its key, as text
    /// in the column's own format; the rest of the package is left as it is.
    /// </summary>
    public static void Fill(string path, IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml").ShouldNotBeNull();
        XDocument sheet;
        using (var stream = entry.Open())
        {
            sheet = XDocument.Load(stream);
        }

        var data = sheet.Root!.Element(X + "sheetData")!;
        var columns = data.Elements(X + "row").First().Elements(X + "c")
            .ToDictionary(c => Key(c.Value), c => ColumnOf(c.Attribute("r")!.Value), StringComparer.Ordinal);
        var styles = sheet.Root.Element(X + "cols")?.Elements(X + "col")
            .ToDictionary(c => int.Parse(c.Attribute("min")!.Value) - 1, c => c.Attribute("style")?.Value) ?? [];
        var number = data.Elements(X + "row").Count();
        foreach (var row in rows)
        {
            number++;
            var cells = row.Where(p => p.Value.Length > 0)
                .Select(p => (Column: columns.TryGetValue(p.Key, out var c) ? c : throw new ArgumentException($"The template has no column {p.Key}."), p.Value))
                .OrderBy(p => Index(p.Column))
                .Select(p => new XElement(X + "c", new XAttribute("r", $"{p.Column}{number}"), new XAttribute("t", "inlineStr"),
                    styles.GetValueOrDefault(Index(p.Column)) is { } s ? new XAttribute("s", s) : null,
                    new XElement(X + "is", new XElement(X + "t", p.Value))));
            data.Add(new XElement(X + "row", new XAttribute("r", number), cells));
        }

        entry.Delete();
        var filled = zip.CreateEntry("xl/worksheets/sheet1.xml");
        filled.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var output = filled.Open();
        sheet.Save(output, SaveOptions.DisableFormatting);
    }

    /// <summary>The column letters of a zero-based index.</summary>
    public static string Letters(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letters((index / 26) - 1) + (char)('A' + (index % 26));

    private static string ColumnOf(string reference) => new([.. reference.TakeWhile(char.IsAsciiLetterUpper)]);

    private static int Index(string letters) => letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;

    [GeneratedRegex(@"\[([^\[\]]+)\]\s*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^'[^']+'!\$(?<column>[A-Z]+)\$(?<from>\d+):\$[A-Z]+\$(?<to>\d+)$")]
    private static partial Regex RangePattern();
}
