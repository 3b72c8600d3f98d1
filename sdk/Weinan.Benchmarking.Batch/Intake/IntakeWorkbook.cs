using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch.Sources;

namespace Weinan.Benchmarking.Batch.Intake;

/// <summary>
/// Writes the intake workbook (see <c>docs/batch.md</c>, "The intake template"): the first sheet is what the batch
/// reads — the header in row 1 (<c>中文名 English name（unit；forms）[key]</c>), one product per row from row 2, every
/// column formatted as text so that <c>4.50</c> stays <c>4.50</c>, drop-down lists for the columns that take a list; the
/// second sheet explains every column in zh-CN and English; a third, hidden sheet holds the drop-down lists. MiniExcel writes the sheets (rows
/// streamed); the column formats, header style and data validation, which MiniExcel does not write, are added to the
/// package afterwards (<see cref="XlsxPackage"/>). The same columns, language and rows give the same bytes.
/// </summary>
public static class IntakeWorkbook
{
    /// <summary>The names of the three sheets in a language.</summary>
    public static (string Intake, string Notes, string Lists) SheetNames(string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? ("Intake", "Notes", "Lists") : ("填报", "说明", "可选值");

    /// <summary>Writes the workbook.</summary>
    /// <param name="output">Where the workbook goes.</param>
    /// <param name="columns">The columns (see <see cref="IntakeColumns"/>).</param>
    /// <param name="language">zh-CN or en: sheet names and the unit and forms in the headers.</param>
    /// <param name="rows">Data rows, cell text by column key (blank cells may be left out); streamed.</param>
    public static void Write(Stream output, IReadOnlyList<IntakeColumn> columns, string language, IEnumerable<IReadOnlyDictionary<string, string>>? rows = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        var names = SheetNames(language);
        var lists = columns.Where(c => c.Choices.Count > 0).ToList();
        var keys = columns.Select(c => c.Key).ToList();
        var index = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        var sheets = new Dictionary<string, object>
        {
            [names.Intake] = Intake(columns, language, rows ?? [], index),
            [names.Notes] = Notes(columns),
            [names.Lists] = Lists(lists),
        };
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = false,
            EnableAutoWidth = false,
            TableStyles = TableStyles.None,
            DynamicSheets = [new DynamicExcelSheet(names.Lists) { Name = names.Lists, State = SheetState.Hidden }],
        };

        var temp = Path.GetTempFileName();
        try
        {
            MiniExcel.SaveAs(temp, sheets, printHeader: false, excelType: ExcelType.XLSX, configuration: configuration, overwriteFile: true);
            var validations = lists.Select((column, i) => new XlsxPackage.ListValidation(
                TabularSources.Letters(index[column.Key]),
                $"'{names.Lists}'!${TabularSources.Letters(i)}$2:${TabularSources.Letters(i)}${column.Choices.Count + 1}",
                column.StrictChoices,
                new($"“{column.Name.Zh}”请从下拉列表中选择。", $"Choose '{column.Name.En}' from the list."))).ToList();
            XlsxPackage.Finish(temp, output,
            [
                new XlsxPackage.SheetLayout([.. columns.Select(c => Width(c.Header(language)))], Text: true, validations),
                new XlsxPackage.SheetLayout([10, 30, 24, 30, 12, 24, 30, 60, 60], Text: false, []),
                new XlsxPackage.SheetLayout([.. lists.Select(_ => 24d)], Text: true, []),
            ]);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The header row, then each data row, as MiniExcel rows keyed by column index.</summary>
    private static IEnumerable<IDictionary<string, object?>> Intake(IReadOnlyList<IntakeColumn> columns, string language,
        IEnumerable<IReadOnlyDictionary<string, string>> rows, Dictionary<string, int> index)
    {
        var keys = RowKeys.Of("c", columns.Count);
        yield return new Row(keys, [.. columns.Select(c => c.Header(language))]);
        foreach (var row in rows)
        {
            var cells = new string?[columns.Count];
            foreach (var (key, value) in row)
            {
                cells[index.TryGetValue(key, out var i) ? i : throw new ArgumentException($"No column has the key '{key}'.", nameof(rows))] = value;
            }

            yield return new Row(keys, cells);
        }
    }

    private static IEnumerable<IDictionary<string, object?>> Notes(IReadOnlyList<IntakeColumn> columns)
    {
        var keys = RowKeys.Of("n", 9);
        yield return new Row(keys, ["列 Column", "键 Key", "名称", "Name", "单位 Unit", "填写方式", "Forms", "可填写的内容", "What to write"]);
        for (var i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            yield return new Row(keys, [TabularSources.Letters(i), c.Key, c.Name.Zh, c.Name.En, c.Unit, c.Forms.Zh, c.Forms.En, c.Allowed.Zh, c.Allowed.En]);
        }

        yield return new Row(keys, new string?[keys.Count]);
        foreach (var note in GeneralNotes)
        {
            yield return new Row(keys, ["", "", note.Zh, note.En, "", "", "", "", ""]);
        }
    }

    /// <summary>How the workbook is read, in both languages, after the column lines of the explanation sheet.</summary>
    internal static IReadOnlyList<LocalizedText> GeneralNotes { get; } =
    [
        new("批量评价只读取第一张表：第 1 行为表头，从第 2 行起每行一个产品。表头上方可以插入至多五行标题（不含任何列键），读取时跳过。",
            "The batch reads the first sheet only: the headers in row 1, one product per row from row 2. Up to five title rows (holding no column key) may be inserted above the headers; they are skipped."),
        new("每个表头末尾方括号中的键决定该列的含义；不用的列可以删除，列的顺序可以调整。没有键的表头按本说明表中的名称识别（如 甲醛含量、甲醛含量 企业标准限值）。",
            "The key in square brackets at the end of each header decides what the column holds; unused columns may be deleted and columns reordered. A header without a key is read by its name on this sheet (such as Formaldehyde content, Formaldehyde content enterprise limit)."),
        new("各列已设为文本格式：数值按检测报告原样填写，4.50 保留末尾的 0；报告期 2026-07 不会变成日期。", "Every column is formatted as text: write values as the test report does (4.50 keeps its trailing zero); a period such as 2026-07 does not become a date."),
        new("空白单元格表示没有该项。", "A blank cell means no value."),
        new("限值写法：≤75、<75、≥32.5、>32.5、4.0~7.5、38±1；等级指标写最低等级，如 ≥3-4；分类指标写可接受的值，以 / 分隔。", "Limits: ≤75, <75, ≥32.5, >32.5, 4.0~7.5, 38±1; for a graded indicator the minimum grade, e.g. ≥3-4; for a categorical one the accepted values separated by /."),
        new("报告期写法：2026、2026-H1、2026-Q3、2026-07。", "Periods: 2026, 2026-H1, 2026-Q3, 2026-07."),
        new("需要时可增加列：<指标键>.evidence（该项结果的证据等级）、.reference（报告编号）、.method（检测方法）、.uncertainty（扩展不确定度 U）、.k（包含因子）、.basis（计算基准）。",
            "Columns that may be added: <indicator key>.evidence (evidence grade of that result), .reference (report number), .method (test method), .uncertainty (expanded uncertainty U), .k (coverage factor), .basis (reporting basis)."),
        new("评价：wbench batch 本文件.xlsx --out 输出文件夹", "Assess: wbench batch this-file.xlsx --out output-folder"),
    ];

    private static IEnumerable<IDictionary<string, object?>> Lists(IReadOnlyList<IntakeColumn> lists)
    {
        var keys = RowKeys.Of("l", Math.Max(1, lists.Count));
        yield return new Row(keys, lists.Count == 0 ? [""] : [.. lists.Select(c => $"{c.Name.Zh} {c.Name.En} [{c.Key}]")]);
        var depth = lists.Count == 0 ? 0 : lists.Max(c => c.Choices.Count);
        for (var r = 0; r < depth; r++)
        {
            yield return new Row(keys, [.. lists.Select(c => r < c.Choices.Count ? c.Choices[r] : null)]);
        }
    }

    /// <summary>A column width (in characters) fitting a wrapped header on about three lines.</summary>
    private static double Width(string header)
    {
        var display = header.Sum(c => c > '\u2E7F' ? 2 : 1);
        return Math.Clamp(Math.Ceiling(display / 3.0) + 2, 12, 40);
    }

    /// <summary>The keys of every row of a sheet, shared, with their positions.</summary>
    private sealed class RowKeys
    {
        private RowKeys(string[] names)
        {
            Names = names;
            Positions = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        }

        public string[] Names { get; }

        public Dictionary<string, int> Positions { get; }

        public int Count => Names.Length;

        public static RowKeys Of(string prefix, int count) =>
            new([.. Enumerable.Range(0, count).Select(i => prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    /// <summary>A row for MiniExcel: shared keys and one array of cells, not a dictionary per row.</summary>
    private sealed class Row(RowKeys keys, string?[] cells) : IDictionary<string, object?>
    {
        public object? this[string key]
        {
            get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);
            set => throw new NotSupportedException();
        }

        public ICollection<string> Keys => keys.Names;

        public ICollection<object?> Values => [.. cells];

        public int Count => keys.Count;

        public bool IsReadOnly => true;

        public bool ContainsKey(string key) => keys.Positions.ContainsKey(key);

        public bool TryGetValue(string key, out object? value)
        {
            var found = keys.Positions.TryGetValue(key, out var i);
            value = found ? cells[i] : null;
            return found;
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (var i = 0; i < cells.Length; i++)
            {
                yield return new(keys.Names[i], cells[i]);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public void Add(string key, object? value) => throw new NotSupportedException();

        public void Add(KeyValuePair<string, object?> item) => throw new NotSupportedException();

        public void Clear() => throw new NotSupportedException();

        public bool Contains(KeyValuePair<string, object?> item) => TryGetValue(item.Key, out var v) && Equals(v, item.Value);

        public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
        {
            foreach (var pair in this)
            {
                array[arrayIndex++] = pair;
            }
        }

        public bool Remove(string key) => throw new NotSupportedException();

        public bool Remove(KeyValuePair<string, object?> item) => throw new NotSupportedException();
    }
}
