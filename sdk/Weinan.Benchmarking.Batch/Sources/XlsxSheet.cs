using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>
/// Streams the first worksheet of an XLSX workbook (in the workbook's order of sheets) as rows of cell texts: row 1
/// first, every row up to the last one with cells (a row the sheet leaves out is an empty row), each row's cells by
/// column (A = 0), null where a cell is absent or has no value. A cell's text is what <see cref="TabularSources.CellText"/>
/// makes of its value: shared and inline strings as written (rich-text runs joined, phonetic runs left out, <c>_xHHHH_</c>
/// escapes decoded), numbers as the shortest decimal that reads back as the stored number, numbers in a date format and
/// ISO dates as dates, numbers in a percent format as shown (<c>0.08%</c> for a stored 0.0008), booleans as <c>true</c>/<c>false</c>, a formula's cached value as it is.
/// </summary>
/// <remarks>
/// One pass over the sheet's XML, each row made once: a general-purpose reader that builds a dynamic object per row,
/// looking each of its columns up by name, spends its time on rows of a few hundred columns, as the intake template's are
/// (docs/performance.md, Batch). Throws <see cref="InvalidDataException"/> (or <see cref="XmlException"/>) on a file that
/// is not a workbook or is damaged; the caller reports it. A cell that names a shared string the workbook does not have
/// is given with its row (<see cref="SheetRow.Unreadable"/>), and the rows after it are read.
/// </remarks>
internal static class XlsxSheet
{
    /// <summary>Days between the 1900 and the 1904 date systems (1904-01-01 is day 1,462 of the 1900 system).</summary>
    private const double Days1900To1904 = 1462;

    /// <summary>The rows a worksheet has at most (ECMA-376; Excel's limit).</summary>
    private const int MaxRows = 1_048_576;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>The rows of the first worksheet of <paramref name="file"/>, read as they are enumerated; the shared strings
    /// kept in memory up to <paramref name="memoryBytes"/> of text (<see cref="SharedStringTable"/>).</summary>
    public static IEnumerable<SheetRow> Rows(string file, int memoryBytes = SharedStringTable.DefaultMemoryBytes)
    {
        using var zip = ZipFile.OpenRead(file);
        var (sheet, sharedStrings, styles, date1904) = Parts(zip);
        using var strings = new SharedStringTable(memoryBytes);
        if (sharedStrings is not null)
        {
            ReadSharedStrings(zip, sharedStrings, strings);
        }

        var formats = styles is null ? [] : NumberFormats(zip, styles);
        using var xml = XmlReader.Create(Open(zip, sheet), Settings);
        var expected = 1;
        var cells = new List<string?>();
        var unreadable = new List<UnreadableCell>();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }

            var number = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r >= expected ? r : expected;
            if (number > MaxRows)
            {
                throw new InvalidDataException($"The sheet has a row numbered {number}; a worksheet has {MaxRows} rows at most.");
            }

            for (; expected < number; expected++)
            {
                yield return SheetRow.Empty;
            }

            ReadRow(xml, cells, unreadable, strings, formats, date1904);
            expected = number + 1;
            yield return new SheetRow([.. cells], unreadable.Count == 0 ? [] : [.. unreadable]);
        }
    }

    /// <summary>The cells of the row the reader is on, into <paramref name="cells"/>; leaves the reader on the row's end.</summary>
    private static void ReadRow(XmlReader xml, List<string?> cells, List<UnreadableCell> unreadable, SharedStringTable strings,
        IReadOnlyList<NumberFormat> formats, bool date1904)
    {
        cells.Clear();
        unreadable.Clear();
        if (xml.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Depth;
        var next = 0;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
            {
                continue;
            }

            var column = ColumnOf(xml.GetAttribute("r")) ?? next;
            var value = ReadCell(xml, strings, formats, date1904, out var problem);
            if (problem is not null)
            {
                unreadable.Add(new UnreadableCell(column, problem));
            }

            while (cells.Count <= column)
            {
                cells.Add(null);
            }

            cells[column] = value;
            next = column + 1;
        }
    }

    /// <summary>The text of the cell the reader is on; leaves the reader on the cell's end.</summary>
    /// <remarks>A cell whose value cannot be read, although the sheet around it can, is null with the
    /// <paramref name="problem"/>: its row is rejected and the rows after it are read.</remarks>
    private static string? ReadCell(XmlReader xml, SharedStringTable strings, IReadOnlyList<NumberFormat> formats, bool date1904,
        out Abstractions.LocalizedText? problem)
    {
        problem = null;
        var type = xml.GetAttribute("t");
        var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (xml.IsEmptyElement)
        {
            return null;
        }

        string? value = null;
        string? inline = null;
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
            {
                value = xml.ReadElementContentAsString();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "is")
            {
                inline = RichText(xml);
            }
            else if (!xml.Read())
            {
                break;
            }
        }

        return type switch
        {
            "s" when value is null => null,
            "s" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count => strings[index],
            "s" => MissingString(value, out problem),
            "inlineStr" => inline ?? Decode(value),
            "str" or "e" => Decode(value),
            "b" => value switch { "1" => "true", "0" => "false", _ => value },
            "d" => value is not null && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                ? TabularSources.CellText(date)
                : value,
            _ => Number(value, style < formats.Count && formats[style] == NumberFormat.Date, date1904, style < formats.Count && formats[style] == NumberFormat.Percent),
        };
    }

    /// <summary>
    /// A number cell's text: as a date in a date format (a serial day number, counted from 1900 or, in a workbook that says
    /// so, from 1904), else the shortest decimal that reads back as it.
    /// </summary>
    /// <remarks>
    /// The 1900 system counts a 29 February 1900 that never was (serial 60, kept from Lotus 1-2-3 by every spreadsheet
    /// since): its serials 1 to 59 (1900-01-01 to 1900-02-28) are a day later than the same numbers as OLE dates, and 60
    /// is written as the spreadsheet shows it, a date no field reads.
    /// </remarks>
    internal static string? Number(string? value, bool date, bool date1904, bool percent = false)
    {
        if (value is null || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        if (percent)
        {
            // As the sheet shows it: a spreadsheet keeps 0.08 % as 0.0008, and read as that number the value would be a
            // hundredth of what was typed. The sign keeps it from passing for a value in any unit.
            var shortest = TabularSources.CellText(number)!;
            return decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && Math.Abs(m) < 1e26m
                ? (m * 100m).ToString("0.############################", CultureInfo.InvariantCulture) + "%"
                : shortest + "×100%";
        }

        var serial = date1904 ? number + Days1900To1904 : number;
        if (date && serial is >= 0.0 and < 2958466.0)
        {
            if (!date1904 && serial is >= 60.0 and < 61.0)
            {
                var time = DateTime.FromOADate(serial).TimeOfDay;
                return time == TimeSpan.Zero ? "1900-02-29" : "1900-02-29 " + time.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
            }

            return TabularSources.CellText(DateTime.FromOADate(!date1904 && serial is >= 1.0 and < 60.0 ? serial + 1 : serial));
        }

        return TabularSources.CellText(number);
    }

    /// <summary>The zero-based column of a cell reference (<c>B12</c> → 1); null when it has none.</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            // XFD (16,384 columns) is the last column a workbook has.
            if (++letters > 3)
            {
                return null;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return letters == 0 || column > 16384 ? null : column - 1;
    }

    /// <summary>The text of a shared or inline string (its runs joined, phonetic runs left out); leaves the reader after its end.</summary>
    private static string RichText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }

        var depth = xml.Depth;
        string? single = null;
        StringBuilder? joined = null;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                var text = xml.ReadElementContentAsString();
                if (single is null)
                {
                    single = text;
                }
                else
                {
                    (joined ??= new StringBuilder(single)).Append(text);
                }
            }
            else if (!xml.Read())
            {
                break;
            }
        }

        xml.Read();
        return Decode(joined?.ToString() ?? single ?? "")!;
    }

    /// <summary>Text with the workbook's <c>_xHHHH_</c> escapes decoded (<c>_x000D_</c> is a carriage return).</summary>
    internal static string? Decode(string? text)
    {
        if (text is null || !text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var decoded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' &&
                int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                decoded.Append((char)code);
                i += 6;
                continue;
            }

            decoded.Append(text[i]);
        }

        return decoded.ToString();
    }

    /// <summary>The shared strings, in order, into <paramref name="strings"/>.</summary>
    private static void ReadSharedStrings(ZipArchive zip, string path, SharedStringTable strings)
    {
        using var xml = XmlReader.Create(Open(zip, path), Settings);
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(RichText(xml));
            }
            else
            {
                xml.Read();
            }
        }
    }

    /// <summary>What a number format shows a number as.</summary>
    internal enum NumberFormat
    {
        Number,
        Date,
        Percent,
    }

    /// <summary>Per cell format (<c>cellXfs</c>, by index), whether its number format shows a date or time, a percentage or a number.</summary>
    private static List<NumberFormat> NumberFormats(ZipArchive zip, string path)
    {
        var custom = new Dictionary<int, NumberFormat>();
        var styles = new List<NumberFormat>();
        using var xml = XmlReader.Create(Open(zip, path), Settings);
        var inCellFormats = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                inCellFormats = false;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "numFmt" when int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    custom[id] = FormatOf(xml.GetAttribute("formatCode") ?? "");
                    break;
                case "cellXfs":
                    inCellFormats = !xml.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    var format = int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
                    styles.Add(custom.TryGetValue(format, out var kind) ? kind
                        : IsBuiltInDate(format) ? NumberFormat.Date
                        : format is 9 or 10 ? NumberFormat.Percent
                        : NumberFormat.Number);
                    break;
            }
        }

        return styles;
    }

    /// <summary>The built-in number formats that are dates or times (ECMA-376 §18.8.30, with the East Asian ones).</summary>
    private static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>Whether a format code shows a date or time (<see cref="IsDateFormat"/>), a percentage (a % outside quoted
    /// text, brackets and escapes) or a number.</summary>
    internal static NumberFormat FormatOf(string code) =>
        IsDateFormat(code) ? NumberFormat.Date : Outside(code, static c => c == '%') ? NumberFormat.Percent : NumberFormat.Number;

    /// <summary>Whether a format code shows a date or time: a y, m, d, h or s outside quoted text, brackets and escapes.</summary>
    internal static bool IsDateFormat(string code) => Outside(code, static c => c is 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S');

    /// <summary>Whether a format code has a character <paramref name="wanted"/> outside quoted text, brackets and escapes.</summary>
    private static bool Outside(string code, Func<char, bool> wanted)
    {
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var close and >= 0 ? close : code.Length;
                    break;
                case '[':
                    i = code.IndexOf(']', i + 1) is var end and >= 0 ? end : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                default:
                    if (wanted(code[i]))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>The first worksheet, the shared strings and the styles: from the package's and the workbook's relationships.</summary>
    private static (string Sheet, string? SharedStrings, string? Styles, bool Date1904) Parts(ZipArchive zip)
    {
        var workbook = Relationships(zip, "_rels/.rels", "").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target
            ?? "xl/workbook.xml";
        var folder = workbook[..(workbook.LastIndexOf('/') + 1)];
        var relationships = Relationships(zip, $"{folder}_rels/{workbook[folder.Length..]}.rels", folder);

        string? first = null;
        var date1904 = false;
        using (var xml = XmlReader.Create(Open(zip, workbook), Settings))
        {
            while (first is null && xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "workbookPr")
                {
                    date1904 = xml.GetAttribute("date1904") is "1" or "true";
                }
                else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
                {
                    first = RelationshipId(xml) ?? throw new InvalidDataException("The workbook's first sheet names no part.");
                }
            }
        }

        var sheet = relationships.FirstOrDefault(r => r.Id == first).Target
            ?? throw new InvalidDataException("The workbook has no worksheet.");
        return (sheet,
            relationships.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target,
            relationships.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Target,
            date1904);
    }

    /// <summary>The relationship a sheet names (its <c>r:id</c>, in the transitional or the strict namespace).</summary>
    private static string? RelationshipId(XmlReader xml)
    {
        while (xml.MoveToNextAttribute())
        {
            if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0 && xml.NamespaceURI != "http://www.w3.org/2000/xmlns/")
            {
                var id = xml.Value;
                xml.MoveToElement();
                return id;
            }
        }

        xml.MoveToElement();
        return null;
    }

    /// <summary>The relationships of a part, their targets resolved against <paramref name="folder"/>; none when the part is absent.</summary>
    private static List<(string Id, string Type, string Target)> Relationships(ZipArchive zip, string path, string folder)
    {
        var found = new List<(string, string, string)>();
        if (Entry(zip, path) is null)
        {
            return found;
        }

        using var xml = XmlReader.Create(Open(zip, path), Settings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" &&
                xml.GetAttribute("TargetMode") != "External" && xml.GetAttribute("Target") is { Length: > 0 } target)
            {
                found.Add((xml.GetAttribute("Id") ?? "", xml.GetAttribute("Type") ?? "", Resolve(folder, target)));
            }
        }

        return found;
    }

    /// <summary>A relationship's target as a path in the package: absolute (<c>/xl/…</c>) or relative to the folder, with <c>..</c> resolved.</summary>
    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>();
        foreach (var part in (target.StartsWith('/') ? target : folder + target).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static Stream Open(ZipArchive zip, string path) =>
        (Entry(zip, path) ?? throw new InvalidDataException($"The workbook has no part '{path}'.")).Open();

    /// <summary>A part by its path; its name's case as the package writes it need not match.</summary>
    private static ZipArchiveEntry? Entry(ZipArchive zip, string path) =>
        zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), path, StringComparison.OrdinalIgnoreCase));

    private static string? MissingString(string value, out Abstractions.LocalizedText problem)
    {
        problem = new($"引用的共享字符串“{value}”在工作簿中不存在", $"it names shared string '{value}', which the workbook does not have");
        return null;
    }
}

/// <summary>A row of a sheet: its cells' texts by column, and the cells whose value could not be read.</summary>
internal sealed record SheetRow(string?[] Cells, IReadOnlyList<UnreadableCell> Unreadable)
{
    /// <summary>A row the sheet leaves out.</summary>
    public static SheetRow Empty { get; } = new([], []);
}

/// <summary>A cell whose value could not be read (column from 0), and why.</summary>
internal sealed record UnreadableCell(int Column, Abstractions.LocalizedText Reason);
