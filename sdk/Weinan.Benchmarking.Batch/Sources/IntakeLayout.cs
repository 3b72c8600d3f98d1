using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>
/// The columns of a tabular intake file (CSV or XLSX, one row per product; see <c>docs/batch.md</c>), read from its
/// header row, and the reading of each row into a submission. A header is a key (<c>enterprise.name</c>,
/// <c>formaldehyde</c>, <c>formaldehyde.unit</c>), any text ending with the key in square brackets
/// (<c>甲醛 Formaldehyde (mg/kg) [formaldehyde]</c>), as the intake template writes it, or one of the names the template
/// gives the column (<c>企业名称</c>, <c>甲醛含量（mg/kg）</c>; <see cref="NameIndex"/>). An indicator column is matched
/// to the indicators of each row's sector once per sector.
/// </summary>
internal sealed partial class IntakeLayout
{
    private enum Field
    {
        Id, Sector, Period, EnterpriseName, CreditCode, County, Cluster, ProductId, ProductName, Category, ProductClass,
        DeclaredStandards, StandardCode, StandardTitle, Evidence, Reference,
    }

    private static readonly Dictionary<string, Field> BaseKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = Field.Id,
        ["sector"] = Field.Sector,
        ["period"] = Field.Period,
        ["enterprise.name"] = Field.EnterpriseName,
        ["enterprise.creditCode"] = Field.CreditCode,
        ["enterprise.county"] = Field.County,
        ["enterprise.cluster"] = Field.Cluster,
        ["product.id"] = Field.ProductId,
        ["product.name"] = Field.ProductName,
        ["product.category"] = Field.Category,
        ["product.class"] = Field.ProductClass,
        ["product.declaredStandards"] = Field.DeclaredStandards,
        ["standard.code"] = Field.StandardCode,
        ["standard.title"] = Field.StandardTitle,
        ["evidence"] = Field.Evidence,
        ["reference"] = Field.Reference,
    };

    /// <summary>The path by which an issue names the part of a submission a base column fills.</summary>
    private static readonly Dictionary<Field, string> SubmissionPaths = new()
    {
        [Field.Id] = "id",
        [Field.Sector] = "sector",
        [Field.Period] = "period",
        [Field.EnterpriseName] = "enterprise.name",
        [Field.CreditCode] = "enterprise.creditCode",
        [Field.County] = "enterprise.county",
        [Field.Cluster] = "enterprise.cluster",
        [Field.ProductId] = "product.id",
        [Field.ProductName] = "product.name",
        [Field.Category] = "product.category",
        [Field.ProductClass] = "product.productClass",
        [Field.DeclaredStandards] = "product.declaredStandards",
        [Field.StandardCode] = "enterpriseStandard.code",
        [Field.StandardTitle] = "enterpriseStandard.title",
    };

    /// <summary>The keys of the base columns, in the order the intake template writes them.</summary>
    public static IReadOnlyList<string> BaseColumnKeys { get; } = [.. BaseKeys.Keys];

    /// <summary>The suffixes of an indicator's columns besides its value.</summary>
    public static IReadOnlyList<string> Suffixes { get; } = ["unit", "evidence", "uncertainty", "k", "method", "reference", "basis", "limit", "declared"];

    private readonly string _file;
    private readonly int _headerRow;
    private readonly string _stem;
    private readonly IntakeOptions _options;
    private readonly BatchCounters _counters;
    private readonly (int Index, Field Field)[] _base;
    private readonly int[] _indicators;
    private readonly SourceColumn[] _columns;
    private readonly SourceColumn[] _fields;
    private readonly ConcurrentDictionary<string, SectorColumns> _sectors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Sector, int Index), bool> _unreadNoticed = new();

    private sealed record IndicatorColumn(int Index, string Indicator, string? Component, string? Suffix);

    /// <summary>The indicator columns as a sector reads them: grouped by indicator (and component), those it cannot read
    /// with why, and whether a plugin serves the sector at all.</summary>
    private sealed record SectorColumns(IndicatorColumn[][] Groups, (int Index, Issue Issue)[] Unread, bool Known);

    private IntakeLayout(string file, int headerRow, IntakeOptions options, BatchCounters counters,
        (int, Field)[] baseColumns, int[] indicators, SourceColumn[] columns)
    {
        _file = file;
        _headerRow = headerRow;
        _stem = Path.GetFileNameWithoutExtension(file);
        _options = options;
        _counters = counters;
        _base = baseColumns;
        _indicators = indicators;
        _columns = columns;
        _fields = [.. baseColumns.Where(b => SubmissionPaths.ContainsKey(b.Item2)).Select(b => new SourceColumn(columns[b.Item1].Name, SubmissionPaths[b.Item2]))];
    }

    /// <summary>Whether a row names at least one column of the intake format's own (<c>sector</c>, <c>enterprise.name</c>, …): a
    /// header row does, a title row above it does not.</summary>
    internal static bool NamesAnIntakeColumn(IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (BaseField(cells[i]) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The submission field a header names, by its key or by one of the template's names for it.</summary>
    private static Field? BaseField(string? header)
    {
        var key = Key(header);
        if (BaseKeys.TryGetValue(key, out var field))
        {
            return field;
        }

        return key.Length > 0 && !HasKey(header) && NameIndex.Fields.Match(key, out _) is { } named && BaseKeys.TryGetValue(named, out field) ? field : null;
    }

    private static bool HasKey(string? header) => (header ?? "").TrimEnd().EndsWith(']');

    /// <summary>The layout of a header row, or the issues that make the file unreadable.</summary>
    /// <param name="file">The file.</param>
    /// <param name="headers">The header cells.</param>
    /// <param name="columnName">The name of a column by index (a letter for XLSX, a number for CSV).</param>
    /// <param name="options">The sectors' indicators.</param>
    /// <param name="counters">Where file-level notices go.</param>
    /// <param name="headerRow">The header's row in the file (below any title rows).</param>
    public static (IntakeLayout? Layout, IReadOnlyList<Issue> Issues) Read(string file, IReadOnlyList<string?> headers,
        Func<int, string> columnName, IntakeOptions options, BatchCounters counters, int headerRow = 1)
    {
        var issues = new List<Issue>();
        var baseColumns = new List<(int, Field)>();
        var indicators = new List<int>();
        var columns = new SourceColumn[headers.Count];
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            var key = Key(headers[i]);
            columns[i] = new SourceColumn(columnName(i), key);
            if (key.Length == 0)
            {
                continue;
            }

            if (seen.TryGetValue(key, out var first))
            {
                issues.Add(HeaderIssue(file, headerRow, key, new($"列 {columnName(i)} 的表头“{key}”与列 {columnName(first)} 重复。",
                    $"The header '{key}' of column {columnName(i)} repeats column {columnName(first)}.")));
                continue;
            }

            seen[key] = i;
            if (BaseField(headers[i]) is { } field)
            {
                if (baseColumns.FindIndex(b => b.Item2 == field) is var same and >= 0)
                {
                    var other = columnName(baseColumns[same].Item1);
                    issues.Add(HeaderIssue(file, headerRow, key, new($"列 {columnName(i)} 的表头“{key}”与列 {other} 是同一项。",
                        $"The header '{key}' of column {columnName(i)} names the same field as column {other}.")));
                    continue;
                }

                baseColumns.Add((i, field));
            }
            else if (key.StartsWith("enterprise.", StringComparison.OrdinalIgnoreCase) || key.StartsWith("product.", StringComparison.OrdinalIgnoreCase) ||
                     key.StartsWith("standard.", StringComparison.OrdinalIgnoreCase))
            {
                counters.Notice(UnknownColumn(file, headerRow, columnName(i), key));
            }
            else
            {
                indicators.Add(i);
            }
        }

        if (seen.Count == 0)
        {
            issues.Add(HeaderIssue(file, headerRow, "", new($"第 {headerRow} 行没有表头。", $"Row {headerRow} holds no headers.")));
        }

        return issues.Count > 0
            ? (null, issues)
            : (new IntakeLayout(file, headerRow, options, counters, [.. baseColumns], [.. indicators], columns), []);
    }

    /// <summary>The number of columns.</summary>
    public int Width => _columns.Length;

    /// <summary>The key of a header: the text in its last square brackets, else the whole text, trimmed.</summary>
    internal static string Key(string? header)
    {
        var text = (header ?? "").Trim();
        var close = text.LastIndexOf(']');
        var open = close > 0 ? text.LastIndexOf('[', close) : -1;
        return open >= 0 ? text[(open + 1)..close].Trim() : text;
    }

    private static (string Indicator, string? Component, string? Suffix) SplitIndicatorKey(string key)
    {
        string? suffix = null;
        var dot = key.LastIndexOf('.');
        if (dot > 0 && Suffixes.Contains(key[(dot + 1)..], StringComparer.OrdinalIgnoreCase))
        {
            suffix = key[(dot + 1)..].ToLowerInvariant();
            key = key[..dot];
        }

        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? (key[..colon], key[(colon + 1)..], suffix) : (key, null, suffix);
    }

    /// <summary>Reads a data row into a submission; cells are already text (null or empty when blank).</summary>
    public SourceRow ToRow(int row, IReadOnlyList<string?> cells, string? defaultSector)
    {
        var issues = new List<Issue>();
        for (var i = _columns.Length; i < cells.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                issues.Add(CellIssue(row, i, IssueCodes.BatchExtraCells, new($"第 {row} 行在表头之外还有数据（{Column(i)} 列）。",
                    $"Row {row} has data beyond the headers (column {Column(i)}).")));
                break;
            }
        }

        string? Cell(int index) => index < cells.Count && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index]!.Trim() : null;

        var values = new Dictionary<Field, string>();
        foreach (var (index, field) in _base)
        {
            if (Cell(index) is { } value)
            {
                values[field] = value;
            }
        }

        var sector = values.GetValueOrDefault(Field.Sector) ?? defaultSector;
        if (sector is not null)
        {
            sector = _options.SectorOf(sector);
        }

        if (sector is null)
        {
            issues.Add(new Issue
            {
                Code = IssueCodes.BatchNoSector,
                File = _file,
                Line = row,
                Path = "sector",
                Message = new($"第 {row} 行没有填写行业（sector 列），也没有用 --sector 指定默认行业。",
                    $"Row {row} names no sector (column sector) and no default was given with --sector."),
            });
            return new SourceRow(_file, row, null, issues);
        }

        var sectorColumns = _sectors.GetOrAdd(sector, Resolve);
        foreach (var (index, issue) in sectorColumns.Unread)
        {
            if (Cell(index) is not null && _unreadNoticed.TryAdd((sector, index), true))
            {
                _counters.Notice(issue);
            }
        }

        var defaultEvidence = EvidenceGrade.Declared;
        if (values.TryGetValue(Field.Evidence, out var evidenceText) && !TryEvidence(evidenceText, out defaultEvidence))
        {
            issues.Add(EvidenceIssue(row, _base.First(b => b.Field == Field.Evidence).Index, evidenceText));
        }

        var results = new List<MeasuredResult>();
        var resultColumns = new List<SourceColumn>();
        var limits = new List<EnterpriseLimit>();
        var declared = new List<DeclaredValue>();
        List<SourceColumn>? fields = null;
        foreach (var group in sectorColumns.Groups)
        {
            var (indicatorId, component) = (group[0].Indicator, group[0].Component);
            string? Part(string? suffix) => group.FirstOrDefault(c => c.Suffix == suffix) is { } c ? Cell(c.Index) : null;
            int IndexOf(string? suffix) => group.First(c => c.Suffix == suffix).Index;

            var unit = Part("unit");
            var indicator = _options.IndicatorOf(sector, indicatorId);
            if (Part("limit") is { } limitText)
            {
                var (limitRead, limitUnit) = Percent(limitText, unit, indicator, limit: true);
                if (LimitText.Parse(limitRead, indicator) is { } limit)
                {
                    (fields ??= [.. _fields]).Add(new SourceColumn(_columns[IndexOf("limit")].Name, $"enterpriseStandard.limits[{limits.Count}]"));
                    limits.Add(new EnterpriseLimit { IndicatorId = indicatorId, Limit = limit, Unit = limitUnit });
                }
                else if (sectorColumns.Known)
                {
                    // Only then: a sector no plugin serves rejects the row, naming the sector (WB4101), and a limit that
                    // cannot be read without its indicator's kind is no further fault of the row's.
                    issues.Add(CellIssue(row, IndexOf("limit"), IssueCodes.BatchCell, new(
                        $"第 {row} 行 {Column(IndexOf("limit"))} 列的限值“{limitText}”无法识别（可写 ≤75、≥32.5、4.0~7.5、38±1；等级指标写最低等级，如 ≥3-4；分类指标写可接受的值，以 / 分隔）。",
                        $"Row {row}, column {Column(IndexOf("limit"))}: the limit '{limitText}' is not understood (write ≤75, ≥32.5, 4.0~7.5 or 38±1; a minimum grade such as ≥3-4 for a graded indicator; accepted values separated by / for a categorical one).")));
                }
            }

            if (Part("declared") is { } declaredValue)
            {
                (fields ??= [.. _fields]).Add(new SourceColumn(_columns[IndexOf("declared")].Name, $"product.declaredValues[{declared.Count}]"));
                declared.Add(new DeclaredValue { IndicatorId = indicatorId, Component = component, Value = declaredValue });
            }

            if (Part(null) is not { } written)
            {
                continue;
            }

            var (value, valueUnit) = indicator?.Kind == IndicatorKind.Categorical
                ? (_options.ValueOf(sector, indicatorId, written), unit)
                : Percent(written, unit, indicator, limit: false);

            var evidence = defaultEvidence;
            if (Part("evidence") is { } ev && !TryEvidence(ev, out evidence))
            {
                issues.Add(EvidenceIssue(row, IndexOf("evidence"), ev));
            }

            results.Add(new MeasuredResult
            {
                IndicatorId = indicatorId,
                Component = component,
                Value = value,
                Unit = valueUnit,
                Evidence = evidence,
                Uncertainty = Part("uncertainty"),
                CoverageFactor = Part("k"),
                TestMethod = Part("method"),
                Reference = Part("reference") ?? values.GetValueOrDefault(Field.Reference),
                Basis = Part("basis"),
            });
            resultColumns.Add(_columns[IndexOf(null)]);
        }

        var standardCode = values.GetValueOrDefault(Field.StandardCode);
        var submission = new Submission
        {
            Id = values.GetValueOrDefault(Field.Id) ?? $"{_stem}-{row}",
            Sector = sector,
            Period = values.GetValueOrDefault(Field.Period),
            Enterprise = new Enterprise
            {
                Name = values.GetValueOrDefault(Field.EnterpriseName) ?? "",
                CreditCode = values.GetValueOrDefault(Field.CreditCode),
                County = values.GetValueOrDefault(Field.County),
                Cluster = values.GetValueOrDefault(Field.Cluster),
            },
            Product = new Product
            {
                Id = values.GetValueOrDefault(Field.ProductId),
                Name = values.GetValueOrDefault(Field.ProductName) ?? "",
                Category = values.GetValueOrDefault(Field.Category),
                ProductClass = values.TryGetValue(Field.ProductClass, out var productClass) ? _options.ProductClassOf(sector, productClass) : null,
                DeclaredStandards = values.TryGetValue(Field.DeclaredStandards, out var ds) ? ListSeparator().Split(ds).Select(s => s.Trim()).Where(s => s.Length > 0).ToList() : [],
                DeclaredValues = declared,
            },
            Results = results,
            EnterpriseStandard = standardCode is null && limits.Count == 0 ? null : new EnterpriseStandard
            {
                Code = standardCode ?? "",
                Title = values.GetValueOrDefault(Field.StandardTitle),
                Limits = limits,
            },
        };
        var failed = issues.Any(i => i.Severity == Severity.Error);
        return new SourceRow(_file, row, failed ? null : submission, issues, resultColumns, fields ?? (IReadOnlyList<SourceColumn>)_fields);
    }

    /// <summary>
    /// A value or a limit of a quantitative indicator written with a percent sign (<c>0.08%</c>, <c>≤0.5%</c>, or a
    /// workbook cell in a percent format, which reads so) is a number in %: the sign is dropped and the unit is % (left
    /// unset when % is the indicator's own unit). Unchanged when the row gives another unit, which the sign contradicts,
    /// or when no number is left.
    /// </summary>
    private static (string Text, string? Unit) Percent(string text, string? unit, Indicator? indicator, bool limit)
    {
        if (indicator is not { Kind: IndicatorKind.Quantitative } || (unit is not null && !Units.Same(unit, "%")))
        {
            return (text, unit);
        }

        var t = text.Trim();
        string number;
        if (limit)
        {
            if (t.IndexOfAny(PercentSigns) < 0)
            {
                return (text, unit);
            }

            number = t.Replace("%", "", StringComparison.Ordinal).Replace("％", "", StringComparison.Ordinal).Trim();
        }
        else
        {
            if (t.Length == 0 || Array.IndexOf(PercentSigns, t[^1]) < 0)
            {
                return (text, unit);
            }

            number = t[..^1].TrimEnd();
        }

        return number.Any(char.IsAsciiDigit) ? (number, unit ?? (Units.Same(indicator.Unit, "%") ? null : "%")) : (text, unit);
    }

    private static readonly char[] PercentSigns = ['%', '％'];

    private SectorColumns Resolve(string sector)
    {
        var known = _options.IndicatorsOf(sector);
        var names = known is null ? null : _options.HeaderNamesOf(sector);
        var sectorName = _options.SectorName(sector);
        var read = new List<IndicatorColumn>();
        var unread = new List<(int, Issue)>();
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var index in _indicators)
        {
            var header = _columns[index].Key;
            IReadOnlyList<string> ambiguous = [];
            var key = known is null || known.Contains(SplitIndicatorKey(header).Indicator) ? header : names?.Match(header, out ambiguous);
            if (key is null)
            {
                var of = SectorPhrase(sector, sectorName);
                unread.Add((index, ambiguous.Count > 0
                    ? ColumnNotRead(_file, _headerRow, header, new($"{Column(index)} 列“{header}”可指{of.Zh}的多个列（{string.Join("、", ambiguous)}），该列未读取；请在表头末尾用方括号写明键，如 [{ambiguous[0]}]。",
                        $"Column {Column(index)}: '{header}' may name several columns of {of.En} ({string.Join(", ", ambiguous)}); the column is not read. End the header with the key in square brackets, such as [{ambiguous[0]}]."))
                    : UnknownColumn(_file, _headerRow, Column(index), header, sector, sectorName)));
                continue;
            }

            if (taken.TryGetValue(key, out var first))
            {
                unread.Add((index, ColumnNotRead(_file, _headerRow, header, new($"{Column(index)} 列“{header}”与 {Column(first)} 列是同一列（{key}），该列未读取。",
                    $"Column {Column(index)}: '{header}' is the same column as column {Column(first)} ({key}); the column is not read."))));
                continue;
            }

            taken[key] = index;
            var (indicator, component, suffix) = SplitIndicatorKey(key);
            read.Add(new IndicatorColumn(index, indicator, component, suffix));
        }

        return new SectorColumns([.. read.GroupBy(c => (c.Indicator, c.Component)).Select(g => g.ToArray())], [.. unread], known is not null);
    }

    private string Column(int index) => index < _columns.Length ? _columns[index].Name : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal Issue CellIssue(int row, int index, string code, LocalizedText message) => new()
    {
        Code = code,
        File = _file,
        Line = row,
        Path = index < _columns.Length ? _columns[index].Key : Column(index),
        Message = message,
    };

    private Issue EvidenceIssue(int row, int index, string text) => CellIssue(row, index, IssueCodes.BatchCell, new(
        $"第 {row} 行 {Column(index)} 列的证据等级“{text}”无法识别（可写 企业声明、企业自检、认可实验室检测、独立验证，或 declared、selfTested、accreditedLab、independentlyVerified）。",
        $"Row {row}, column {Column(index)}: the evidence grade '{text}' is not understood (declared, selfTested, accreditedLab, independentlyVerified, or their Chinese names)."));

    /// <summary>Reads an evidence grade from its id, hyphenated id, or either of its names in the shared vocabulary.</summary>
    internal static bool TryEvidence(string text, out EvidenceGrade evidence)
    {
        var t = text.Trim();
        foreach (var grade in Enum.GetValues<EvidenceGrade>())
        {
            var name = Vocabulary.Evidence(grade);
            if (string.Equals(t, grade.ToString(), StringComparison.OrdinalIgnoreCase) ||
                string.Equals(t.Replace("-", "", StringComparison.Ordinal), grade.ToString(), StringComparison.OrdinalIgnoreCase) ||
                t == name.Zh || string.Equals(t, name.En, StringComparison.OrdinalIgnoreCase))
            {
                evidence = grade;
                return true;
            }
        }

        evidence = EvidenceGrade.Declared;
        return false;
    }

    private static Issue HeaderIssue(string file, int row, string key, LocalizedText message) => new()
    {
        Code = IssueCodes.BatchHeader,
        File = file,
        Line = row,
        Path = key,
        Message = message,
    };

    private static Issue UnknownColumn(string file, int row, string column, string key, string? sector = null, LocalizedText? sectorName = null) =>
        ColumnNotRead(file, row, key, sector is null
            ? new($"{column} 列的表头“{key}”不是可识别的列，该列未读取。", $"Column {column}: the header '{key}' is not a known column; the column is not read.")
            : new($"{column} 列“{key}”不是{SectorPhrase(sector, sectorName).Zh}的指标，该列未读取。",
                $"Column {column}: '{key}' is not an indicator of {SectorPhrase(sector, sectorName).En}; the column is not read."));

    /// <summary>WB6011: a column of the header row that is not read, and why.</summary>
    private static Issue ColumnNotRead(string file, int row, string header, LocalizedText message) => new()
    {
        Code = IssueCodes.BatchUnknownColumn,
        Severity = Severity.Warning,
        File = file,
        Line = row,
        Path = header,
        Message = message,
    };

    /// <summary>A sector as a message names it: by its name (“纺织服装”行业, the Textiles and apparel sector), else by its id.</summary>
    private static LocalizedText SectorPhrase(string sector, LocalizedText? name) => name is null
        ? new($"行业 {sector} ", $"sector {sector}")
        : new($"“{name.Zh}”行业", $"the {name.En} sector");

    [GeneratedRegex("[;；,，、]")]
    private static partial Regex ListSeparator();
}
