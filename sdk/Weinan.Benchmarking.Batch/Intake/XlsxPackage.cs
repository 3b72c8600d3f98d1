using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Intake;

/// <summary>
/// Finishes a workbook MiniExcel wrote with what MiniExcel does not write: column widths and a text format on whole
/// columns (so that what is typed later stays text), a header style, and drop-down lists (data validation); the style
/// sheet is replaced by one holding just these formats. It also
/// makes the package reproducible: relationship ids are numbered in order and every entry gets the same timestamp,
/// where MiniExcel writes random ids and the current time. Sheets are rewritten as streams, so a sheet of a million
/// rows needs no more memory than one of ten.
/// </summary>
internal static class XlsxPackage
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The timestamp of every entry (the earliest a zip file can hold).</summary>
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Elements of a worksheet that come after the data validations (ECMA-376 CT_Worksheet order).</summary>
    private static readonly HashSet<string> AfterValidations = new(StringComparer.Ordinal)
    {
        "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties",
        "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects",
        "controls", "webPublishItems", "tableParts", "extLst",
    };

    /// <summary>A drop-down list on a column, its values in a range of another sheet.</summary>
    /// <param name="Column">The column letters.</param>
    /// <param name="Source">The range holding the values, e.g. <c>'Lists'!$A$2:$A$12</c>.</param>
    /// <param name="Strict">Whether another value is refused (else the spreadsheet warns and lets it be).</param>
    /// <param name="Error">The message shown for another value.</param>
    public sealed record ListValidation(string Column, string Source, bool Strict, LocalizedText Error);

    /// <summary>How a sheet is finished.</summary>
    /// <param name="Widths">The width of each column, in characters.</param>
    /// <param name="Text">Whether the columns are formatted as text (else their cells wrap).</param>
    /// <param name="Validations">Drop-down lists.</param>
    public sealed record SheetLayout(IReadOnlyList<double> Widths, bool Text, IReadOnlyList<ListValidation> Validations);

    /// <summary>Copies the workbook at <paramref name="source"/> to <paramref name="output"/>, finishing sheet <c>i + 1</c> by <paramref name="sheets"/>[i].</summary>
    public static void Finish(string source, Stream output, IReadOnlyList<SheetLayout> sheets) => Copy(source, output, sheets);

    /// <summary>
    /// Copies the workbook at <paramref name="source"/> to <paramref name="output"/> as MiniExcel wrote it (its sheets and
    /// styles unchanged), only made reproducible: relationship ids in order and one timestamp on every entry.
    /// </summary>
    public static void Reproducible(string source, Stream output) => Copy(source, output, null);

    private static void Copy(string source, Stream output, IReadOnlyList<SheetLayout>? sheets)
    {
        using var input = ZipFile.OpenRead(source);
        var workbookIds = Renumber(input, "xl/_rels/workbook.xml.rels");
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Timestamp;
            using var to = copy.Open();
            using var from = entry.Open();
            switch (entry.FullName)
            {
                case "xl/styles.xml" when sheets is not null:
                    to.Write(new UTF8Encoding(false).GetBytes(Styles.ReplaceLineEndings("\n")));
                    break;
                case "xl/_rels/workbook.xml.rels":
                    Save(RenumberRelationships(XDocument.Load(from), workbookIds), to);
                    break;
                case "_rels/.rels":
                    var doc = XDocument.Load(from);
                    Save(RenumberRelationships(doc, Ids(doc)), to);
                    break;
                case "xl/workbook.xml":
                    Save(RenumberReferences(XDocument.Load(from), workbookIds), to);
                    break;
                default:
                    if (sheets is not null && SheetNumber(entry.FullName) is { } n && n <= sheets.Count)
                    {
                        RewriteSheet(from, to, sheets[n - 1]);
                    }
                    else
                    {
                        from.CopyTo(to);
                    }

                    break;
            }
        }
    }

    private static int? SheetNumber(string name) =>
        name.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal) &&
        int.TryParse(name.AsSpan("xl/worksheets/sheet".Length, name.Length - "xl/worksheets/sheet".Length - ".xml".Length),
            System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    /// <summary>The cell formats of <see cref="Styles"/>: the header (bold, filled, wrapped), text, and wrapped text.</summary>
    private static class Formats
    {
        public const int Header = 1;
        public const int Text = 2;
        public const int Wrapped = 3;
    }

    /// <summary>
    /// The style sheet, in place of MiniExcel's: every cell of the finished sheets names one of <see cref="Formats"/>.
    /// Number format 49 is text (<c>@</c>); the text format also carries the quote prefix, the mark a spreadsheet keeps
    /// for text typed after an apostrophe, so that a cell starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> is shown
    /// and kept as text, never run as a formula, while its value stays as written.
    /// </summary>
    private const string Styles = """
        <?xml version="1.0" encoding="utf-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
          <fonts count="2">
            <font><sz val="11"/><name val="Calibri"/><family val="2"/></font>
            <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>
          </fonts>
          <fills count="3">
            <fill><patternFill patternType="none"/></fill>
            <fill><patternFill patternType="gray125"/></fill>
            <fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>
          </fills>
          <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
          <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
          <cellXfs count="4">
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
            <xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
            <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
          </cellXfs>
          <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
        </styleSheet>
        """;

    private static Dictionary<string, string> Renumber(ZipArchive input, string rels)
    {
        using var stream = input.GetEntry(rels)!.Open();
        return Ids(XDocument.Load(stream));
    }

    private static Dictionary<string, string> Ids(XDocument rels) => rels.Root!.Elements(XName.Get("Relationship", PackageRelationships))
        .Select((r, i) => (Old: (string)r.Attribute("Id")!, New: "rId" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))
        .ToDictionary(p => p.Old, p => p.New, StringComparer.Ordinal);

    private static XDocument RenumberRelationships(XDocument rels, Dictionary<string, string> ids)
    {
        foreach (var relationship in rels.Root!.Elements(XName.Get("Relationship", PackageRelationships)))
        {
            relationship.SetAttributeValue("Id", ids[(string)relationship.Attribute("Id")!]);
        }

        return rels;
    }

    private static XDocument RenumberReferences(XDocument part, Dictionary<string, string> ids)
    {
        foreach (var attribute in part.Descendants().Attributes(XName.Get("id", Relationships)))
        {
            attribute.Value = ids.GetValueOrDefault(attribute.Value, attribute.Value);
        }

        return part;
    }

    private static void Save(XDocument document, Stream to)
    {
        using var writer = XmlWriter.Create(to, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        document.Save(writer);
    }

    /// <summary>
    /// Copies a worksheet node by node: its own column definitions before the sheet data, the header style on row 1, the
    /// column format on every other cell, blank cells left out, and the data validations in their place.
    /// </summary>
    private static void RewriteSheet(Stream from, Stream to, SheetLayout layout)
    {
        using var reader = XmlReader.Create(from, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
        using var writer = XmlWriter.Create(to, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        var body = layout.Text ? Formats.Text : Formats.Wrapped;
        var validationsWritten = layout.Validations.Count == 0;
        var header = false;
        var more = reader.Read();
        while (more)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "cols":
                    reader.Skip();
                    more = !reader.EOF;
                    continue;
                case XmlNodeType.Element when reader.LocalName == "c":
                    // A cell with nothing in it (MiniExcel writes one for every blank) is left out.
                    var style = header ? Formats.Header : body;
                    if (reader.IsEmptyElement)
                    {
                        break;
                    }

                    var cell = ElementStart.Read(reader);
                    more = reader.Read();
                    if (reader.NodeType == XmlNodeType.EndElement)
                    {
                        more = reader.Read();
                        continue;
                    }

                    cell.WriteStyled(writer, style);
                    continue;
                case XmlNodeType.Element:
                    if (reader.LocalName == "sheetData")
                    {
                        WriteColumns(writer, reader.Prefix, layout, body);
                    }
                    else if (!validationsWritten && AfterValidations.Contains(reader.LocalName))
                    {
                        WriteValidations(writer, reader.Prefix, layout.Validations);
                        validationsWritten = true;
                    }
                    else if (reader.LocalName == "row")
                    {
                        header = reader.GetAttribute("r") == "1";
                    }

                    CopyElement(reader, writer);
                    break;
                case XmlNodeType.EndElement:
                    if (!validationsWritten && reader.LocalName == "worksheet")
                    {
                        WriteValidations(writer, reader.Prefix, layout.Validations);
                        validationsWritten = true;
                    }

                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Text:
                    writer.WriteString(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(reader.Value);
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    writer.WriteWhitespace(reader.Value);
                    break;
            }

            more = reader.Read();
        }
    }

    private static void CopyElement(XmlReader reader, XmlWriter writer)
    {
        var empty = reader.IsEmptyElement;
        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
        writer.WriteAttributes(reader, defattr: true);
        if (empty)
        {
            writer.WriteEndElement();
        }
    }

    /// <summary>The start of an element: its name and attributes, read to be written later.</summary>
    private sealed record ElementStart(string Prefix, string Name, string Namespace, List<(string Prefix, string Name, string Namespace, string Value)> Attributes)
    {
        public static ElementStart Read(XmlReader reader)
        {
            var start = new ElementStart(reader.Prefix, reader.LocalName, reader.NamespaceURI, new(4));
            if (reader.MoveToFirstAttribute())
            {
                do
                {
                    start.Attributes.Add((reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value));
                }
                while (reader.MoveToNextAttribute());

                reader.MoveToElement();
            }

            return start;
        }

        /// <summary>Writes the start with the style attribute <c>s</c> set to <paramref name="style"/>.</summary>
        public void WriteStyled(XmlWriter writer, int style)
        {
            writer.WriteStartElement(Prefix, Name, Namespace);
            foreach (var (prefix, name, ns, value) in Attributes)
            {
                if (name != "s" || ns.Length > 0)
                {
                    writer.WriteAttributeString(prefix, name, ns, value);
                }
            }

            writer.WriteAttributeString("s", style.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void WriteColumns(XmlWriter writer, string prefix, SheetLayout layout, int style)
    {
        if (layout.Widths.Count == 0)
        {
            return;
        }

        writer.WriteStartElement(prefix, "cols", Main);
        for (var i = 0; i < layout.Widths.Count; i++)
        {
            var n = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteStartElement(prefix, "col", Main);
            writer.WriteAttributeString("min", n);
            writer.WriteAttributeString("max", n);
            writer.WriteAttributeString("width", layout.Widths[i].ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteAttributeString("style", style.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteAttributeString("customWidth", "1");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteValidations(XmlWriter writer, string prefix, IReadOnlyList<ListValidation> validations)
    {
        if (validations.Count == 0)
        {
            return;
        }

        writer.WriteStartElement(prefix, "dataValidations", Main);
        writer.WriteAttributeString("count", validations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var v in validations)
        {
            writer.WriteStartElement(prefix, "dataValidation", Main);
            writer.WriteAttributeString("type", "list");
            writer.WriteAttributeString("errorStyle", v.Strict ? "stop" : "warning");
            writer.WriteAttributeString("allowBlank", "1");
            writer.WriteAttributeString("showErrorMessage", "1");
            writer.WriteAttributeString("errorTitle", "wbench");
            writer.WriteAttributeString("error", $"{v.Error.Zh} {v.Error.En}");
            writer.WriteAttributeString("sqref", $"{v.Column}2:{v.Column}1048576");
            writer.WriteElementString(prefix, "formula1", Main, v.Source);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
