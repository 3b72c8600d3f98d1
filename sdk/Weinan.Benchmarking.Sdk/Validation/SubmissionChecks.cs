using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;
using static Weinan.Benchmarking.Abstractions.IssueCodes;
using static Weinan.Benchmarking.Sdk.Validation.SharedRules;
using static Weinan.Benchmarking.Sdk.Validation.ValidationFailures;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>
/// Validates a submission: its own checks, and those against a catalog when there is one (<see cref="Index"/>).
/// </summary>
/// <remarks>
/// The checks are plain code run in a fixed order, each reporting under the path of the property it checks
/// (<see cref="At"/>), rather than FluentValidation rules: a rule compiles its property expression when the validator
/// is built (about twenty of them, each interpreted and wrapped in a delegate made with <c>System.Reflection.Emit</c>,
/// some 20 ms at every start), and FluentValidation's contexts and options (their first use loads three assemblies) cost
/// a cold start and every batch row more than the checks. The issues, their order and their paths are those the rules
/// gave.
/// </remarks>
internal sealed class SubmissionChecks : ICheckContext
{
    private readonly List<Issue> _issues = [];
    private readonly string? _file;
    private string? _at;

    private SubmissionChecks(Submission submission, CatalogIndex? index, string? file)
    {
        Submission = submission;
        Index = index;
        _file = file;
    }

    /// <summary>The submission checked.</summary>
    public Submission Submission { get; }

    /// <inheritdoc />
    public CatalogIndex? Index { get; }

    /// <summary>The issues of <paramref name="submission"/>, checked against <paramref name="index"/> when given, in the order found.</summary>
    /// <param name="submission">The submission.</param>
    /// <param name="index">The catalog of its sector, if known.</param>
    /// <param name="file">File the submission was read from, copied into the issues.</param>
    public static IReadOnlyList<Issue> Run(Submission submission, CatalogIndex? index, string? file)
    {
        var checks = new SubmissionChecks(submission, index, file);
        checks.Run();
        return checks._issues;
    }

    /// <summary>Sets the property path (<c>EnterpriseStandard.Limits[0].Unit</c>) the next issues are reported under.</summary>
    public void At(string? propertyPath) => _at = propertyPath;

    /// <inheritdoc />
    public void Report(string code, string? subPath, string zh, string en, Severity severity = Severity.Error) =>
        _issues.Add(ToIssue(code, severity, Combine(_at, subPath), new LocalizedText(zh, en), _file));

    private void Run()
    {
        var s = Submission;
        At("SchemaVersion");
        CheckSchemaVersion(s.SchemaVersion, this, SubmissionSchemaVersion, "申报", "submission");
        At("Id");
        Required(s.Id, this, SubmissionId, "申报 id", "The submission id");
        CheckSector(s.Sector, this);
        CheckPeriod(s.Period, this);
        At("Enterprise");
        if (s.Enterprise is null)
        {
            Report(EnterpriseName, "name", "缺少企业信息 enterprise（至少需要企业名称）。", "The enterprise is missing (its name at least is required).");
        }
        else
        {
            EnterpriseChecks.Check(s.Enterprise, this);
        }

        CheckProduct(s.Product, this);
        CheckResults(s.Results, this);
        if (s.EnterpriseStandard is not null)
        {
            EnterpriseStandardChecks.Check(s.EnterpriseStandard, this);
        }

        At("Product");
        DeclaredValues.Check(s.Product?.DeclaredValues, this);
        CheckDeclaredStandards(s.Product, this);
    }

    private static void CheckSector(string? sector, SubmissionChecks ctx)
    {
        ctx.At("Sector");
        if (string.IsNullOrWhiteSpace(sector))
        {
            ctx.Report(SectorMissing, null, "缺少行业 sector。", "The sector is missing.");
        }
        else if (ctx.Index is { } index && (index.Catalog.Sectors ?? []) is { Count: > 0 } sectors &&
                 !sectors.Contains(sector, StringComparer.OrdinalIgnoreCase))
        {
            ctx.Report(SectorNotInCatalog, null, $"行业\"{Show(sector)}\"不在目录\"{index.Catalog.Id}\"覆盖的行业（{string.Join(", ", sectors)}）中。",
                $"Sector \"{Show(sector)}\" is not covered by catalog \"{index.Catalog.Id}\" ({string.Join(", ", sectors)}).");
        }
    }

    private static void CheckPeriod(string? period, SubmissionChecks ctx)
    {
        ctx.At("Period");
        if (period is not null && !Periods.IsValid(period))
        {
            ctx.Report(PeriodFormat, null, $"报告期\"{Show(period)}\"的格式无效（应为 2026、2026-H1、2026-Q3 或 2026-07）。",
                $"Invalid period \"{Show(period)}\" (write 2026, 2026-H1, 2026-Q3 or 2026-07).");
        }
    }

    private static void CheckProduct(Product? product, SubmissionChecks ctx)
    {
        ctx.At("Product");
        if (string.IsNullOrWhiteSpace(product?.Name))
        {
            ctx.Report(ProductName, "name", "缺少产品名称。", "The product name is missing.", Severity.Warning);
        }

        if (product?.ProductClass is { } productClass && ctx.Index is { ProductClasses.Count: > 0 } index &&
            !index.ProductClasses.Contains(productClass))
        {
            var known = index.KnownProductClasses;
            ctx.Report(ProductClassUnknown, "productClass", $"产品类别\"{Show(productClass)}\"未知（目录定义的类别：{known.Zh}）。",
                $"Unknown product class \"{Show(productClass)}\" (the catalog defines: {known.En}).");
        }

        // A category that no requirement names drops every requirement limited to categories without a word: said here.
        if (product?.Category is { } category && !string.IsNullOrWhiteSpace(category) && ctx.Index is { Categories.Count: > 0 } categorised &&
            !categorised.Categories.Contains(category))
        {
            ctx.Report(ProductCategoryUnknown, "category",
                $"产品分类“{Show(category)}”不是目录中任何要求适用的分类（目录中的分类：{categorised.KnownCategories.Zh}）；限定分类的要求不适用于本产品。",
                $"Product category (product.category) \"{Show(category)}\" is none of the categories the catalog's requirements apply to ({categorised.KnownCategories.En}); requirements limited to categories do not apply to this product.",
                Severity.Warning);
        }
    }

    private static void CheckResults(IReadOnlyList<MeasuredResult>? results, SubmissionChecks ctx)
    {
        ctx.At("Results");
        if ((results is null || results.Count == 0) && ctx.Submission.EnterpriseStandard is null)
        {
            ctx.Report(NothingToAssess, null, "没有测量结果，也没有企业标准：没有可评价的内容。", "No results and no enterprise standard: there is nothing to assess.", Severity.Warning);
        }

        // One indicator may carry several results when they were measured by different test methods (or per component).
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = ctx.Index;
        for (var i = 0; i < (results?.Count ?? 0); i++)
        {
            if (results![i] is null)
            {
                ctx.Report(ResultNull, $"[{i}]", $"results[{i}] 为空（null）。", $"results[{i}] is empty (null).");
                continue;
            }

            var r = results[i];
            var id = r.IndicatorId;
            var method = string.IsNullOrWhiteSpace(r.TestMethod) ? index?.Indicator(id)?.Method : r.TestMethod;
            var key = $"{id}\u0001{r.Component}\u0001{(method is null ? "" : Assessment.TestMethods.Key(method))}";
            if (!string.IsNullOrWhiteSpace(id) && !seen.TryAdd(key, i))
            {
                ctx.Report(ResultDuplicate, $"[{i}].indicatorId", $"指标\"{Show(id)}\"的结果重复（同一组分、同一检测方法，首次出现在 results[{seen[key]}]）。",
                    $"Duplicate result for indicator \"{Show(id)}\" (same component and test method; first at results[{seen[key]}]).");
            }
        }

        // Each result in a loop of plain checks: a submission has up to dozens of results.
        for (var i = 0; i < (results?.Count ?? 0); i++)
        {
            if (results![i] is { } result)
            {
                MeasuredResultChecks.Check(result, i, index, ctx);
            }
        }
    }

    private static void CheckDeclaredStandards(Product? product, SubmissionChecks ctx)
    {
        var declared = product?.DeclaredStandards ?? [];
        if (ctx.Index is not { } index)
        {
            return;
        }

        var families = index.StandardFamilies;
        for (var i = 0; i < declared.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(declared[i]) || !families.Contains(Assessment.EditionSelector.Family(declared[i])))
            {
                ctx.Report(DeclaredStandardUnknown, $"declaredStandards[{i}]", $"声明执行的标准\"{Show(declared[i])}\"不在目录中，无法据以判定。",
                    $"The declared standard \"{Show(declared[i])}\" is not in the catalog and cannot be judged against.", Severity.Warning);
            }
        }
    }
}

/// <summary>The checks of the enterprise, reported under <c>enterprise.…</c>.</summary>
internal static class EnterpriseChecks
{
    /// <param name="enterprise">The enterprise.</param>
    /// <param name="ctx">The submission's context.</param>
    public static void Check(Enterprise enterprise, SubmissionChecks ctx)
    {
        ctx.At("Enterprise.Name");
        Required(enterprise.Name, ctx, EnterpriseName, "企业名称", "The enterprise name");
        ctx.At("Enterprise.CreditCode");
        CheckCreditCode(enterprise.CreditCode, ctx);
    }

    private static void CheckCreditCode(string? code, SubmissionChecks ctx)
    {
        if (string.IsNullOrEmpty(code))
        {
            return;
        }

        if (code.Length != CreditCode.Length)
        {
            ctx.Report(CreditCodeFormat, null, $"统一社会信用代码\"{Show(code)}\"应为 18 位，实际 {code.Length} 位。",
                $"Credit code \"{Show(code)}\" must have 18 characters, not {code.Length}.");
        }
        else if (!CreditCode.HasValidCharacters(code))
        {
            var bad = string.Join(" ", code.Where(c => !CreditCode.Alphabet.Contains(c, StringComparison.Ordinal)).Distinct().Select(c => $"'{c}'"));
            ctx.Report(CreditCodeFormat, null, $"统一社会信用代码\"{code}\"含有不允许的字符 {bad}（只允许数字和除 I、O、Z、S、V 外的大写字母）。",
                $"Credit code \"{code}\" contains characters not allowed: {bad} (digits and upper-case letters except I, O, Z, S, V only).");
        }
        else if (!CreditCode.HasDigitDivision(code))
        {
            ctx.Report(CreditCodeFormat, null, $"统一社会信用代码\"{code}\"第 3–8 位（行政区划码）必须是数字。",
                $"Credit code \"{code}\": positions 3–8 (administrative division) must be digits.");
        }
        else if (CreditCode.ExpectedCheckCharacter(code) is { } expected && expected != code[^1])
        {
            ctx.Report(CreditCodeCheck, null, $"统一社会信用代码\"{code}\"校验码错误：第 18 位应为 '{expected}'，实际为 '{code[^1]}'。",
                $"Credit code \"{code}\" fails its check: character 18 should be '{expected}', not '{code[^1]}'.");
        }
    }
}

/// <summary>The checks of one measured result, reported at <c>results[i].…</c> of the submission.</summary>
internal static class MeasuredResultChecks
{
    /// <param name="result">The result.</param>
    /// <param name="i">Its position in the submission's results.</param>
    /// <param name="index">The catalog, when the submission is validated against one.</param>
    /// <param name="ctx">The submission's context, reporting under <c>Results</c>.</param>
    public static void Check(MeasuredResult result, int i, CatalogIndex? index, SubmissionChecks ctx)
    {
        var id = result.IndicatorId;
        var indicator = index?.Indicator(id);
        if (string.IsNullOrWhiteSpace(id))
        {
            ctx.Report(ResultIndicatorMissing, Path(i, "indicatorId"), "结果缺少指标 indicatorId。", "The result has no indicatorId.");
        }
        else if (index is not null && indicator is null)
        {
            ctx.Report(ResultUnknownIndicator, Path(i, "indicatorId"), $"目录\"{index.Catalog.Id}\"中没有指标\"{Show(id)}\"。", $"Catalog \"{index.Catalog.Id}\" has no indicator \"{Show(id)}\".");
        }

        CheckValue(result, indicator, i, ctx);
        // A result without a component, of an indicator without components, has nothing to check.
        if (indicator is not null && (!string.IsNullOrWhiteSpace(result.Component) || (indicator.Components ?? []).Count > 0))
        {
            DeclaredValues.CheckComponent(result.Component, indicator, ResultComponent, ctx, Path(i, "component"));
        }

        CheckUnit(result.Unit, indicator, index, i, ctx);
        NonNegative(result.Uncertainty, i, "uncertainty", ctx, Uncertainty, "扩展不确定度 U", "Expanded uncertainty U", allowZero: true);
        NonNegative(result.CoverageFactor, i, "coverageFactor", ctx, CoverageFactor, "包含因子 k", "Coverage factor k", allowZero: false);
        NonNegative(result.DetectionLimit, i, "detectionLimit", ctx, DetectionLimit, "检出限", "Detection limit", allowZero: false);
    }

    /// <summary>A field's path below the submission's results (<c>[3].value</c>), made only when an issue is reported.</summary>
    private static string Path(int i, string field) => $"[{i}].{field}";

    private static void CheckValue(MeasuredResult result, Indicator? indicator, int i, SubmissionChecks ctx)
    {
        var value = result.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            ctx.Report(ValueMissing, Path(i, "value"), $"指标\"{Show(result.IndicatorId)}\"的结果缺少值 value。", $"The result for indicator \"{Show(result.IndicatorId)}\" has no value.");
            return;
        }

        switch (indicator?.Kind)
        {
            case IndicatorKind.Quantitative:
                CheckQuantitative(value, indicator, i, ctx);
                break;
            case IndicatorKind.Categorical when (indicator.Values ?? []) is { Count: > 0 } values && !IsOneOf(values, value.Trim()):
                ctx.Report(ValueNotAllowed, Path(i, "value"), $"值\"{Show(value)}\"不是指标\"{ZhName(indicator)}\"的可用值（{string.Join("；", values.Where(v => v is not null).Select(v => string.IsNullOrEmpty(v.Name?.Zh) ? v.Id : $"{v.Id}：{v.Name.Zh}"))}）。",
                    $"Value \"{Show(value)}\" is not one of the values of indicator \"{EnName(indicator)}\" ({string.Join(", ", values.Where(v => v is not null).Select(v => v.Id))}).");
                break;
            case IndicatorKind.Ordinal when !(indicator.Scale ?? []).Contains(value.Trim(), StringComparer.Ordinal):
                ctx.Report(ValueNotOnScale, Path(i, "value"), $"等级\"{Show(value)}\"不在指标\"{ZhName(indicator)}\"的等级表（{string.Join(", ", indicator.Scale ?? [])}）中。",
                    $"Grade \"{Show(value)}\" is not on the scale of indicator \"{EnName(indicator)}\" ({string.Join(", ", indicator.Scale ?? [])}).");
                break;
        }
    }

    // A loop, not Any with a lambda: the lambda's closure would be made for every result checked.
    private static bool IsOneOf(IReadOnlyList<IndicatorValue> values, string value)
    {
        foreach (var v in values)
        {
            if (v is not null && string.Equals(v.Id, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckUnit(string? unit, Indicator? indicator, CatalogIndex? index, int i, SubmissionChecks ctx)
    {
        if (index is null)
        {
            return;
        }

        if (!index.KnownUnit(unit))
        {
            ctx.Report(UnitUnknown, Path(i, "unit"), DeclaredValues.UnknownUnitZh(unit), DeclaredValues.UnknownUnitEn(unit));
        }
        else if (indicator is { Kind: IndicatorKind.Quantitative } && !index.UnitFits(unit, null, indicator))
        {
            ctx.Report(ValueUnit, Path(i, "unit"), $"单位\"{Show(unit)}\"既不是指标\"{ZhName(indicator)}\"的单位\"{indicator.Unit}\"，也无法换算。",
                $"Unit \"{Show(unit)}\" is neither the unit \"{indicator.Unit}\" of indicator \"{EnName(indicator)}\" nor convertible to it.");
        }
    }

    private static void CheckQuantitative(string value, Indicator indicator, int i, SubmissionChecks ctx)
    {
        var text = value.Trim();
        if (DetectionText.IsNotDetected(text))
        {
            return;
        }

        var belowDetection = DetectionText.IsLessThan(text, out var rest);
        var number = belowDetection ? rest : text;
        if (!WrittenNumber.TryParse(number, out var parsed) || (belowDetection && parsed.Suffix != SignSuffix.None))
        {
            ctx.Report(ValueNotDecimal, Path(i, "value"),
                $"指标\"{ZhName(indicator)}\"的值\"{Show(value)}\"不是书写的十进制数（可写 \"0.50\"、\"16.50(+)\"、\"<0.01\" 或 \"ND\"）。",
                $"Value \"{Show(value)}\" of indicator \"{EnName(indicator)}\" is not a written decimal (write \"0.50\", \"16.50(+)\", \"<0.01\" or \"ND\").");
            return;
        }

        if (parsed.Value < 0m && !indicator.AllowNegative)
        {
            ctx.Report(ValueNegative, Path(i, "value"), $"指标\"{ZhName(indicator)}\"不可能为负值，但值为 {Show(value)}。", $"Indicator \"{indicator.Id}\" cannot be negative, but the value is {Show(value)}.");
        }
    }

    private static void NonNegative(string? text, int i, string field, SubmissionChecks ctx, string code, string zh, string en, bool allowZero)
    {
        if (text is null)
        {
            return;
        }

        if (!TryPlainDecimal(text, out var value))
        {
            ctx.Report(code, Path(i, field), $"{zh}\"{Show(text)}\"不是书写的十进制数。", $"{en} \"{Show(text)}\" is not a written decimal.");
        }
        else if (value < 0m || (!allowZero && value == 0m))
        {
            ctx.Report(code, Path(i, field), allowZero ? $"{zh} {text} 不能为负。" : $"{zh} {text} 必须大于 0。",
                allowZero ? $"{en} {text} cannot be negative." : $"{en} {text} must be greater than 0.");
        }
    }
}

/// <summary>The checks of the enterprise standard and its limits, reported under <c>enterpriseStandard.…</c>.</summary>
internal static class EnterpriseStandardChecks
{
    /// <param name="standard">The enterprise standard.</param>
    /// <param name="ctx">The submission's context.</param>
    public static void Check(EnterpriseStandard standard, SubmissionChecks ctx)
    {
        ctx.At("EnterpriseStandard.Code");
        Required(standard.Code, ctx, EnterpriseStandardCode, "企业标准代号", "The enterprise standard code");
        var limits = standard.Limits;
        ctx.At("EnterpriseStandard.Limits");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (limits?.Count ?? 0); i++)
        {
            if (limits![i] is null)
            {
                ctx.Report(EnterpriseLimitNull, $"[{i}]", $"limits[{i}] 为空（null）。", $"limits[{i}] is empty (null).");
                continue;
            }

            var id = limits[i].IndicatorId;
            if (!string.IsNullOrWhiteSpace(id) && !seen.TryAdd(id, i))
            {
                ctx.Report(EnterpriseLimitDuplicate, $"[{i}].indicatorId", $"企业标准中指标\"{Show(id)}\"的限值重复（首次出现在 limits[{seen[id]}]）。",
                    $"Duplicate enterprise limit for indicator \"{Show(id)}\" (first at limits[{seen[id]}]).");
            }
        }

        var index = ctx.Index;
        for (var i = 0; i < (limits?.Count ?? 0); i++)
        {
            if (limits![i] is { } limit)
            {
                CheckLimit(limit, $"EnterpriseStandard.Limits[{i}]", index, ctx);
            }
        }
    }

    private static void CheckLimit(EnterpriseLimit limit, string at, CatalogIndex? index, SubmissionChecks ctx)
    {
        var id = limit.IndicatorId;
        ctx.At(at + ".IndicatorId");
        if (string.IsNullOrWhiteSpace(id))
        {
            ctx.Report(EnterpriseLimitIndicator, null, "企业标准限值缺少指标 indicatorId。", "The enterprise limit has no indicatorId.");
        }
        else if (index is not null && index.Indicator(id) is null)
        {
            ctx.Report(EnterpriseLimitIndicator, null, $"企业标准限值引用了未知指标\"{Show(id)}\"。", $"The enterprise limit names unknown indicator \"{Show(id)}\".");
        }

        ctx.At(at + ".Limit");
        SharedRules.CheckLimit(limit.Limit, index?.Indicator(id), LimitCodes.EnterpriseLimit, ctx);
        var unit = limit.Unit;
        ctx.At(at + ".Unit");
        if (index is not null && index.Indicator(id) is { Kind: IndicatorKind.Quantitative } indicator && !index.UnitFits(unit, limit.Limit?.Basis, indicator))
        {
            ctx.Report(EnterpriseLimitUnit, null, $"单位\"{Show(unit)}\"既不是指标\"{ZhName(indicator)}\"的单位\"{indicator.Unit}\"，也无法换算。",
                $"Unit \"{Show(unit)}\" is neither the unit \"{indicator.Unit}\" of indicator \"{EnName(indicator)}\" nor convertible to it.");
        }
    }
}
