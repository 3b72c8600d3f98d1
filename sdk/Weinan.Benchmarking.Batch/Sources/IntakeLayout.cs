using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>
/// The columns of a tabular intake file (CSV or XLSX, one row per product; see <c>docs/batch.md</c>), read from its
/// header row, and the reading of each row into a submission. A header is a key (<c>enterprise.name</c>,
/// <c>formaldehyde</c>, <c>formaldehyde.unit</c>) or any text ending with the key in square brackets
/// (<c>甲醛 Formaldehyde (mg/kg) [formaldehyde]</c>), as the intake template writes it.
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

    /// <summary>The keys of the base columns, in the order the intake template writes them.</summary>
    public static IReadOnlyList<string> BaseColumnKeys { get; } = [.. BaseKeys.Keys];

    /// <summary>The suffixes of an indicator's columns besides its value.</summary>
    public static IReadOnlyList<string> Suffixes { get; } = ["unit", "evidence", "uncertainty", "k", "method", "reference", "basis", "limit", "declared"];

    private readonly string _file;
    private readonly string _stem;
    private readonly IntakeOptions _options;
    private readonly BatchCounters _counters;
    private readonly (int Index, Field Field)[] _base;
    private readonly IndicatorColumn[] _indicators;
    private readonly SourceColumn[] _columns;
    private readonly ConcurrentDictionary<(string Sector, string Key), bool> _unknownNoticed = new();

    private sealed record IndicatorColumn(int Index, string Indicator, string? Component, string? Suffix);

    private IntakeLayout(string file, IntakeOptions options, BatchCounters counters,
        (int, Field)[] baseColumns, IndicatorColumn[] indicators, SourceColumn[] columns)
    {
        _file = file;
        _stem = Path.GetFileNameWithoutExtension(file);
        _options = options;
        _counters = counters;
        _base = baseColumns;
        _indicators = indicators;
        _columns = columns;
    }

    /// <summary>Whether a row names at least one column of the intake format's own (<c>sector</c>, <c>enterprise.name</c>, …): a
    /// header row does, a title row above it does not.</summary>
    internal static bool NamesAnIntakeColumn(IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (BaseKeys.ContainsKey(Key(cells[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The layout of a header row, or the issues that make the file unreadable.</summary>
    /// <param name="file">The file.</param>
    /// <param name="headers">The header cells.</param>
    /// <param name="columnName">The name of a column by index (a letter for XLSX, a number for CSV).</param>
    /// <param name="options">The sectors' indicators.</param>
    /// <param name="counters">Where file-level notices go.</param>
    public static (IntakeLayout? Layout, IReadOnlyList<Issue> Issues) Read(string file, IReadOnlyList<string?> headers,
        Func<int, string> columnName, IntakeOptions options, BatchCounters counters)
    {
        var issues = new List<Issue>();
        var baseColumns = new List<(int, Field)>();
        var indicators = new List<IndicatorColumn>();
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
                issues.Add(HeaderIssue(file, columnName(i), key, new($"列 {columnName(i)} 的表头“{key}”与列 {columnName(first)} 重复。",
                    $"The header '{key}' of column {columnName(i)} repeats column {columnName(first)}.")));
                continue;
            }

            seen[key] = i;
            if (BaseKeys.TryGetValue(key, out var field))
            {
                baseColumns.Add((i, field));
            }
            else if (key.StartsWith("enterprise.", StringComparison.OrdinalIgnoreCase) || key.StartsWith("product.", StringComparison.OrdinalIgnoreCase) ||
                     key.StartsWith("standard.", StringComparison.OrdinalIgnoreCase))
            {
                counters.Notice(UnknownColumn(file, columnName(i), key));
            }
            else
            {
                var (indicator, component, suffix) = SplitIndicatorKey(key);
                indicators.Add(new IndicatorColumn(i, indicator, component, suffix));
            }
        }

        if (seen.Count == 0)
        {
            issues.Add(HeaderIssue(file, columnName(0), "", new("第 1 行没有表头。", "Row 1 holds no headers.")));
        }

        return issues.Count > 0
            ? (null, issues)
            : (new IntakeLayout(file, options, counters, [.. baseColumns], [.. indicators], columns), []);
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

        var known = _options.IndicatorsOf(sector);
        var defaultEvidence = EvidenceGrade.Declared;
        if (values.TryGetValue(Field.Evidence, out var evidenceText) && !TryEvidence(evidenceText, out defaultEvidence))
        {
            issues.Add(EvidenceIssue(row, _base.First(b => b.Field == Field.Evidence).Index, evidenceText));
        }

        var results = new List<MeasuredResult>();
        var resultColumns = new List<SourceColumn>();
        var limits = new List<EnterpriseLimit>();
        var declared = new List<DeclaredValue>();
        foreach (var group in _indicators.GroupBy(c => (c.Indicator, c.Component)))
        {
            if (known is not null && !known.Contains(group.Key.Indicator))
            {
                foreach (var column in group)
                {
                    if (Cell(column.Index) is not null && _unknownNoticed.TryAdd((sector, _columns[column.Index].Key), true))
                    {
                        _counters.Notice(UnknownColumn(_file, Column(column.Index), _columns[column.Index].Key, sector, _options.SectorName(sector)));
                    }
                }

                continue;
            }

            string? Part(string? suffix) => group.FirstOrDefault(c => c.Suffix == suffix) is { } c ? Cell(c.Index) : null;
            int IndexOf(string? suffix) => group.First(c => c.Suffix == suffix).Index;

            var unit = Part("unit");
            if (Part("limit") is { } limitText)
            {
                if (LimitText.Parse(limitText, _options.IndicatorOf(sector, group.Key.Indicator)) is { } limit)
                {
                    limits.Add(new EnterpriseLimit { IndicatorId = group.Key.Indicator, Limit = limit, Unit = unit });
                }
                else
                {
                    issues.Add(CellIssue(row, IndexOf("limit"), IssueCodes.BatchCell, new(
                        $"第 {row} 行 {Column(IndexOf("limit"))} 列的限值“{limitText}”无法识别（可写 ≤75、≥32.5、4.0~7.5、38±1；等级指标写最低等级，如 ≥3-4；分类指标写可接受的值，以 / 分隔）。",
                        $"Row {row}, column {Column(IndexOf("limit"))}: the limit '{limitText}' is not understood (write ≤75, ≥32.5, 4.0~7.5 or 38±1; a minimum grade such as ≥3-4 for a graded indicator; accepted values separated by / for a categorical one).")));
                }
            }

            if (Part("declared") is { } declaredValue)
            {
                declared.Add(new DeclaredValue { IndicatorId = group.Key.Indicator, Component = group.Key.Component, Value = declaredValue });
            }

            if (Part(null) is not { } value)
            {
                continue;
            }

            var evidence = defaultEvidence;
            if (Part("evidence") is { } ev && !TryEvidence(ev, out evidence))
            {
                issues.Add(EvidenceIssue(row, IndexOf("evidence"), ev));
            }

            results.Add(new MeasuredResult
            {
                IndicatorId = group.Key.Indicator,
                Component = group.Key.Component,
                Value = value,
                Unit = unit,
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
                ProductClass = values.GetValueOrDefault(Field.ProductClass),
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
        return new SourceRow(_file, row, failed ? null : submission, issues, resultColumns);
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

    private static Issue HeaderIssue(string file, string column, string key, LocalizedText message) => new()
    {
        Code = IssueCodes.BatchHeader,
        File = file,
        Line = 1,
        Path = key,
        Message = message,
    };

    private static Issue UnknownColumn(string file, string column, string key, string? sector = null, LocalizedText? sectorName = null) => new()
    {
        Code = IssueCodes.BatchUnknownColumn,
        Severity = Severity.Warning,
        File = file,
        Line = 1,
        Path = key,
        Message = sector is null
            ? new($"{column} 列的表头“{key}”不是可识别的列，该列未读取。", $"Column {column}: the header '{key}' is not a known column; the column is not read.")
            : new($"{column} 列“{key}”不是{(sectorName is null ? $"行业 {sector} " : $"“{sectorName.Zh}”行业")}的指标，该列未读取。",
                $"Column {column}: '{key}' is not an indicator of {(sectorName is null ? $"sector {sector}" : $"the {sectorName.En} sector")}; the column is not read."),
    };

    [GeneratedRegex("[;；,，、]")]
    private static partial Regex ListSeparator();
}
