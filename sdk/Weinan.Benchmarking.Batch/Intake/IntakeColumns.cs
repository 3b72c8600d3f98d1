using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Intake;

/// <summary>
/// The columns of an intake workbook for one or more sectors (see <c>docs/batch.md</c>, "The intake template"): the
/// submission's fields, then for every indicator of each sector's catalog, in catalog order, its value (one per
/// component for an indicator measured per component), the value declared on the label where the catalog judges label
/// claims, its unit (for a quantitative indicator that has one) and the enterprise standard's limit. An indicator id two
/// sectors share is one column, explained for each sector.
/// </summary>
public static class IntakeColumns
{
    private static readonly LocalizedText Choose = new("从下拉列表选择", "choose from the list");
    private static readonly LocalizedText Optional = new("可留空", "optional");

    /// <summary>The columns for the sectors' catalogs, in order.</summary>
    /// <param name="sectors">Each sector id with its catalog.</param>
    /// <param name="language">The language of the evidence drop-down list (zh-CN or en).</param>
    public static IReadOnlyList<IntakeColumn> For(IReadOnlyList<(string Sector, Catalog Catalog)> sectors, string language)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        var columns = new List<IntakeColumn>(Fields(sectors, language));
        var merged = new Dictionary<string, List<(Catalog Catalog, IntakeColumn Column)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (_, catalog) in sectors)
        {
            foreach (var column in catalog.Indicators.SelectMany(i => IndicatorColumns(catalog, i)))
            {
                if (!merged.TryGetValue(column.Key, out var list))
                {
                    merged[column.Key] = list = [];
                    order.Add(column.Key);
                }

                list.Add((catalog, column));
            }
        }

        columns.AddRange(order.Select(key => Merge(merged[key])));
        return columns;
    }

    private static IEnumerable<IntakeColumn> Fields(IReadOnlyList<(string Sector, Catalog Catalog)> sectors, string language)
    {
        var catalogs = sectors.Select(s => s.Catalog).ToList();
        var classes = catalogs.SelectMany(c => c.ProductClasses).DistinctBy(c => c.Id, StringComparer.Ordinal).ToList();
        var categories = catalogs.SelectMany(c => c.Requirements).SelectMany(r => r.AppliesTo.Categories).Distinct(StringComparer.Ordinal).ToList();
        var standards = catalogs.SelectMany(c => c.Standards).Select(s => s.Code).Distinct(StringComparer.Ordinal).ToList();
        var grades = Enum.GetValues<EvidenceGrade>().Select(Vocabulary.Evidence).ToList();
        var periods = new LocalizedText("2026、2026-H1、2026-Q3、2026-07", "2026, 2026-H1, 2026-Q3, 2026-07");
        return
        [
            Field("id", new("申报编号", "Submission id"), Optional,
                new("每行唯一；留空时为“文件名-行号”", "unique per row; blank: <file name>-<row>")),
            Field("sector", new("行业", "Sector"), Choose,
                Join(sectors.Select(s => Named(s.Sector, s.Catalog.Name))), [.. sectors.Select(s => s.Sector)]),
            Field("period", new("报告期", "Reporting period"), periods,
                new("年 2026、半年 2026-H1（或 H2）、季度 2026-Q3、月 2026-07", "year 2026, half year 2026-H1 (or H2), quarter 2026-Q3, month 2026-07")),
            Field("enterprise.name", new("企业名称", "Enterprise name"), new("必填", "required"),
                new("营业执照上的名称", "the name on the business licence")),
            Field("enterprise.creditCode", new("统一社会信用代码", "Unified social credit code"), new("18 位", "18 characters"),
                new("18 位，含校验码（GB 32100-2015）；数字和除 I、O、Z、S、V 外的大写字母", "18 characters with the check character (GB 32100-2015): digits and upper-case letters except I, O, Z, S, V")),
            Field("enterprise.county", new("县（市、区）", "County or district"), Choose,
                new(string.Join("、", WeinanCounties.All.Select(c => c.Name)), "one of Weinan's 11 counties and districts: " + string.Join(", ", WeinanCounties.All.Select(c => c.Name))),
                [.. WeinanCounties.All.Select(c => c.Name)], strictChoices: false),
            Field("enterprise.cluster", new("产业集群或园区", "Industrial cluster or park"), Optional,
                new("企业所在的产业集群或园区的名称", "the name of the enterprise's industrial cluster or park")),
            Field("product.id", new("产品编号", "Product code"), Optional,
                new("企业自编的产品代码；与信用代码、报告期一起标识产品的历史", "the enterprise's own product code; with the credit code and period it keys the product's history")),
            Field("product.name", new("产品名称", "Product name"), new("必填", "required"), new("产品的名称和规格", "the product's name and size")),
            Field("product.category", new("产品品种", "Product category"), Optional,
                categories.Count == 0
                    ? new("自由填写", "free text")
                    : new("部分要求按品种适用：" + string.Join("、", categories), "some requirements apply by category: " + string.Join(", ", categories))),
            Field("product.class", new("产品类别", "Product class"), Choose,
                Join(classes.Select(c => Named(c.Id, c.Name))), [.. classes.Select(c => c.Id)]),
            Field("product.declaredStandards", new("执行标准", "Declared standards"), new("以 ; 或 、 分隔", "separated by ; or ,"),
                new("产品声明执行的目录中的标准：" + string.Join("、", standards), "catalog standards the product declares: " + string.Join(", ", standards))),
            Field("standard.code", new("企业标准代号", "Enterprise standard code"), new("如 Q/WNFZ 0001-2025", "e.g. Q/WNFZ 0001-2025"),
                new("企业自己的标准（Q/…）；其限值写在各指标的“企业标准限值”列", "the enterprise's own standard (Q/…); its limits go in each indicator's enterprise limit column")),
            Field("standard.title", new("企业标准名称", "Enterprise standard title"), Optional, new("企业标准的名称", "the title of the enterprise standard")),
            Field("evidence", new("证据等级", "Evidence grade"), Choose,
                new(string.Join("、", grades.Select(g => g.Zh)) + "；留空为企业声明", string.Join(", ", grades.Select(g => g.En)) + "; blank: declared"),
                [.. grades.Select(g => g.For(language))]),
            Field("reference", new("检测报告编号", "Test report number"), Optional,
                new("该行各项结果所依据的检测报告编号", "the number of the test report the row's results come from")),
        ];
    }

    private static IntakeColumn Field(string key, LocalizedText name, LocalizedText forms, LocalizedText allowed, IReadOnlyList<string>? choices = null,
        bool strictChoices = true) => new(key, IntakeColumnRole.Field, name, null, forms, allowed, choices ?? [], strictChoices);

    private static IEnumerable<IntakeColumn> IndicatorColumns(Catalog catalog, Indicator indicator)
    {
        var unit = string.IsNullOrEmpty(indicator.Unit) ? null : indicator.Unit;
        var declared = catalog.Requirements.Any(r => r.IndicatorId == indicator.Id && r.Limit.Kind == LimitKind.Declared);
        var (forms, allowed, choices) = ValueForms(indicator);
        var components = indicator.Components ?? [];
        if (components.Count > 0)
        {
            foreach (var component in components)
            {
                var name = new LocalizedText($"{indicator.Name.Zh}·{component.Name.Zh}", $"{indicator.Name.En} · {component.Name.En}");
                yield return new IntakeColumn($"{indicator.Id}:{component.Id}", IntakeColumnRole.Value, name, unit, forms, allowed, choices);
                if (declared)
                {
                    yield return Declared($"{indicator.Id}:{component.Id}", name, unit);
                }
            }

            yield break;
        }

        yield return new IntakeColumn(indicator.Id, IntakeColumnRole.Value, indicator.Name, unit, forms, allowed, choices);
        if (declared)
        {
            yield return Declared(indicator.Id, indicator.Name, unit);
        }

        if (indicator.Kind == IndicatorKind.Quantitative && unit is not null)
        {
            yield return new IntakeColumn(indicator.Id + ".unit", IntakeColumnRole.Unit, Suffixed(indicator.Name, "单位", "unit"), null,
                new($"默认 {unit}", $"default {unit}"),
                new($"留空即 {unit}；也可填可换算的单位（如 mg/kg 与 %）", $"blank: {unit}; or a unit convertible to it (such as mg/kg and %)"), []);
        }

        yield return Limit(indicator, unit);
    }

    private static (LocalizedText Forms, LocalizedText Allowed, IReadOnlyList<string> Choices) ValueForms(Indicator indicator)
    {
        var direction = Vocabulary.Direction(indicator.Direction);
        var method = string.IsNullOrEmpty(indicator.Method) ? new LocalizedText("", "") : new LocalizedText($"；检测方法 {indicator.Method}", $"; test method {indicator.Method}");
        switch (indicator.Kind)
        {
            case IndicatorKind.Ordinal:
                var scale = indicator.Scale ?? [];
                var range = scale.Count == 0 ? "" : $"{scale[0]} … {scale[^1]}";
                return (new($"等级 {range}", $"grade {range}"),
                    new($"等级，由差到好：{string.Join("、", scale)}{method.Zh}", $"a grade, worst to best: {string.Join(", ", scale)}{method.En}"), []);
            case IndicatorKind.Categorical when (indicator.Values ?? []) is { Count: > 0 } values:
                return (Choose, Join(values.Select(v => Named(v.Id, v.Name))), [.. values.Select(v => v.Id)]);
            case IndicatorKind.Categorical:
                return (new("文字", "words"), new("按检测报告书写的文字", "words as the test report writes them"), []);
            default:
                return (new("如 12.3、<0.01、未检出", "e.g. 12.3, <0.01, ND"),
                    new($"按检测报告书写的十进制数（保留末尾的 0，如 4.50）；低于检出限写 <检出限（如 <0.01）或 未检出；{direction.Zh}{method.Zh}",
                        $"a decimal as the test report writes it (trailing zeros kept, e.g. 4.50); below the detection limit write <limit (e.g. <0.01) or ND; {direction.En}{method.En}"), []);
        }
    }

    private static IntakeColumn Declared(string key, LocalizedText name, string? unit) =>
        new(key + ".declared", IntakeColumnRole.Declared, Suffixed(name, "标示值", "declared"), unit, new("标签上的值", "as on the label"),
            new("产品标签上标示的值（如纤维含量、蛋白质、净含量），按标示值的允差判定", "the value the product's label declares (fibre content, protein, net content), judged within its permitted deviation"), []);

    private static IntakeColumn Limit(Indicator indicator, string? unit)
    {
        var name = Suffixed(indicator.Name, "企业标准限值", "enterprise limit");
        var key = indicator.Id + ".limit";
        switch (indicator.Kind)
        {
            case IndicatorKind.Ordinal:
                var scale = indicator.Scale ?? [];
                var example = scale.Count == 0 ? "" : scale[scale.Count / 2];
                return new(key, IntakeColumnRole.Limit, name, null, new($"最低等级，如 ≥{example}", $"minimum grade, e.g. ≥{example}"),
                    new($"企业标准要求的最低等级：≥ 加等级（{string.Join("、", scale)}）", $"the lowest grade the enterprise standard accepts: ≥ and a grade ({string.Join(", ", scale)})"), []);
            case IndicatorKind.Categorical:
                var values = indicator.Values ?? [];
                return new(key, IntakeColumnRole.Limit, name, null, new("可接受的值，以 / 分隔", "accepted values separated by /"),
                    values.Count == 0
                        ? new("企业标准可接受的值，以 / 分隔", "the values the enterprise standard accepts, separated by /")
                        : new("企业标准可接受的值（编号或名称），以 / 分隔：" + Join(values.Select(v => Named(v.Id, v.Name))).Zh,
                            "the values the enterprise standard accepts (id or name), separated by /: " + Join(values.Select(v => Named(v.Id, v.Name))).En), []);
            default:
                return new(key, IntakeColumnRole.Limit, name, unit, new("≤75、≥32.5、4.0~7.5、38±1", "≤75, ≥32.5, 4.0~7.5, 38±1"),
                    new("企业标准的限值：≤75（不大于）、<75（小于）、≥32.5（不小于）、>32.5（大于）、4.0~7.5（范围）、38±1（标称值±允差）；数字按标准书写",
                        "the enterprise standard's limit: ≤75 (at most), <75 (below), ≥32.5 (at least), >32.5 (above), 4.0~7.5 (range), 38±1 (nominal ± tolerance); numbers as the standard writes them"), []);
        }
    }

    /// <summary>
    /// A column for a detail of the results in a value column — <c>method</c>, <c>basis</c>, <c>evidence</c>,
    /// <c>reference</c>, <c>uncertainty</c> or <c>k</c> — which the template leaves out and a file may add.
    /// </summary>
    public static IntakeColumn Detail(IntakeColumn value, string suffix)
    {
        ArgumentNullException.ThrowIfNull(value);
        var (name, allowed) = suffix switch
        {
            "method" => (new LocalizedText("检测方法", "test method"), new LocalizedText("检测所依据的方法标准代号；留空为指标的默认方法", "the code of the test method; blank: the indicator's method")),
            "basis" => (new("计算基准", "reporting basis"), new("结果的计算基准（如 11.2 °Brix）；留空为指标的默认基准", "the basis of the result (e.g. 11.2 °Brix); blank: the indicator's")),
            "evidence" => (new("证据等级", "evidence grade"), new("该项结果的证据等级；留空为该行的证据等级", "the evidence grade of this result; blank: the row's")),
            "reference" => (new("报告编号", "report number"), new("该项结果的检测报告编号；留空为该行的报告编号", "the report number of this result; blank: the row's")),
            "uncertainty" => (new("扩展不确定度 U", "expanded uncertainty U"), new("与值同单位的扩展不确定度", "the expanded uncertainty, in the value's unit")),
            "k" => (new("包含因子 k", "coverage factor k"), new("扩展不确定度的包含因子", "the coverage factor of the expanded uncertainty")),
            _ => throw new ArgumentOutOfRangeException(nameof(suffix), suffix, "Not a detail of a result."),
        };
        return new IntakeColumn($"{value.Key}.{suffix}", IntakeColumnRole.Detail, Suffixed(value.Name, name.Zh, name.En), null, Optional, allowed, []);
    }

    private static LocalizedText Suffixed(LocalizedText name, string zh, string en) => new($"{name.Zh} {zh}", $"{name.En} {en}");

    private static LocalizedText Named(string id, LocalizedText name) => new($"{id}：{name.Zh}", $"{id}: {name.En}");

    private static LocalizedText Join(IEnumerable<LocalizedText> parts)
    {
        var list = parts.ToList();
        return new(string.Join("；", list.Select(p => p.Zh)), string.Join("; ", list.Select(p => p.En)));
    }

    /// <summary>One column for a key several sectors share: the first sector's names, each sector's units and values.</summary>
    private static IntakeColumn Merge(List<(Catalog Catalog, IntakeColumn Column)> columns)
    {
        var first = columns[0].Column;
        if (columns.Count == 1)
        {
            return first;
        }

        var units = columns.Select(c => c.Column.Unit).Where(u => !string.IsNullOrEmpty(u)).Distinct(StringComparer.Ordinal).ToList();
        return first with
        {
            Unit = units.Count == 0 ? null : string.Join(" / ", units),
            Allowed = Join(columns.Select(c => new LocalizedText($"{c.Catalog.Name.Zh}：{c.Column.Allowed.Zh}", $"{c.Catalog.Name.En}: {c.Column.Allowed.En}"))),
            Choices = [.. columns.SelectMany(c => c.Column.Choices).Distinct(StringComparer.Ordinal)],
        };
    }
}
