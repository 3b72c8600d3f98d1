using FluentValidation;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;
using static Weinan.Benchmarking.Abstractions.IssueCodes;
using static Weinan.Benchmarking.Sdk.Validation.SharedRules;
using static Weinan.Benchmarking.Sdk.Validation.ValidationFailures;
using Severity = Weinan.Benchmarking.Abstractions.Severity;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>Validates a catalog; expects a <see cref="CatalogIndex"/> of the same catalog in the root context data.</summary>
internal sealed class CatalogValidator : AbstractValidator<Catalog>
{
    public static CatalogValidator Instance { get; } = new();

    public CatalogValidator()
    {
        RuleFor(c => c.SchemaVersion).Custom((v, ctx) => CheckSchemaVersion(v, ctx.Checks(), CatalogSchemaVersion, "目录", "catalog"));
        RuleFor(c => c.Id).Custom((v, ctx) => Required(v, ctx.Checks(), CatalogId, "目录 id", "The catalog id"));
        RuleFor(c => c.Version).Custom((v, ctx) => Required(v, ctx.Checks(), CatalogVersion, "目录版本 version", "The catalog version", Severity.Warning));
        RuleFor(c => c.Sectors).Custom((items, ctx) =>
        {
            for (var i = 0; i < (items?.Count ?? 0); i++)
            {
                if (string.IsNullOrWhiteSpace(items![i]))
                {
                    ctx.Report(CatalogItemNull, $"[{i}]", $"sectors 第 {i + 1} 项为空。", $"Item {i + 1} of sectors is empty.");
                }
            }
        });

        RuleFor(c => c.Standards).Custom((items, ctx) => Unique(items, s => s.Code, "code", ctx, StandardCodeMissing, StandardDuplicate, "标准代号", "standard code"));
        RuleForEach(c => c.Standards).SetValidator(new StandardValidator());

        RuleFor(c => c.Indicators).Custom((items, ctx) => Unique(items, i => i.Id, "id", ctx, IndicatorIdMissing, IndicatorDuplicate, "指标 id", "indicator id"));
        RuleForEach(c => c.Indicators).SetValidator(new IndicatorValidator());

        RuleFor(c => c.Requirements).Custom((items, ctx) => Unique(items, r => r.Id, "id", ctx, RequirementIdMissing, RequirementDuplicate, "要求 id", "requirement id"));
        RuleForEach(c => c.Requirements).SetValidator(new RequirementValidator());

        RuleFor(c => c.ProductClasses).Custom((items, ctx) => Unique(items, p => p.Id, "id", ctx, ProductClassIdMissing, ProductClassDuplicate, "产品类别 id", "product class id",
            StringComparer.OrdinalIgnoreCase));
        RuleForEach(c => c.ProductClasses).SetValidator(new ProductClassValidator());

        RuleFor(c => c.Conversions).Custom((items, ctx) =>
        {
            for (var i = 0; i < (items?.Count ?? 0); i++)
            {
                ReportNull(items![i], i, ctx);
            }
        });
        RuleForEach(c => c.Conversions).SetValidator(new ConversionValidator());

        RuleFor(c => c.Ladder!).SetValidator(new LadderValidator()).When(c => c.Ladder is not null);

        RuleFor(c => c.TestMethods).Custom((items, ctx) => Unique(items, m => m.Code, "code", ctx, TestMethodShape, TestMethodShape, "检测方法代号", "test method code"));
        RuleForEach(c => c.TestMethods).SetValidator(new TestMethodValidator());
        RuleFor(c => c.Units).Custom((items, ctx) => Unique(items, u => u.Symbol, "symbol", ctx, UnitDefinitionShape, UnitDefinitionShape, "单位符号", "unit symbol"));
    }

    /// <summary>Reports a unit neither built in nor declared by the catalog.</summary>
    internal static void KnownUnit<T>(string? unit, ValidationContext<T> ctx, string? path = "unit")
    {
        if (CatalogIndex.Of(ctx) is { } index && !index.KnownUnit(unit))
        {
            ctx.Report(CatalogUnitUnknown, path, $"单位\"{Show(unit)}\"未知：既不是内置单位，也未在目录 units 中声明（单位区分大小写）；它只与写法完全相同的单位相同，不会换算。",
                $"Unknown unit \"{Show(unit)}\": neither built in nor declared in the catalog's units (units are case-sensitive); it equals only itself and is never converted.",
                Severity.Warning);
        }
    }

    /// <summary>Reports missing keys and every repeat of a key (pointing at the first occurrence).</summary>
    internal static void Unique<T, TItem>(IReadOnlyList<TItem>? items, Func<TItem, string?> key, string keyName, ValidationContext<T> context,
        string missingCode, string duplicateCode, string zhName, string enName, StringComparer? comparer = null)
        where TItem : class
    {
        var seen = new Dictionary<string, int>(comparer ?? StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            if (ReportNull(item, i, context))
            {
                continue;
            }

            var value = key(item);
            if (string.IsNullOrWhiteSpace(value))
            {
                context.Report(missingCode, $"[{i}].{keyName}", $"第 {i + 1} 项缺少{zhName}。", $"Item {i + 1} has no {enName}.");
            }
            else if (!seen.TryAdd(value, i))
            {
                context.Report(duplicateCode, $"[{i}].{keyName}", $"{zhName}\"{Show(value)}\"重复（首次出现在第 {seen[value] + 1} 项）。",
                    $"Duplicate {enName} \"{Show(value)}\" (first at item {seen[value] + 1}).");
            }
        }
    }

    /// <summary>Reports a <c>null</c> item of a list at <c>[i]</c>; true when it was null.</summary>
    private static bool ReportNull<T, TItem>(TItem? item, int i, ValidationContext<T> context)
        where TItem : class
    {
        if (item is not null)
        {
            return false;
        }

        context.Report(CatalogItemNull, $"[{i}]", $"第 {i + 1} 项为空（null）。", $"Item {i + 1} is empty (null).");
        return true;
    }
}

internal sealed class StandardValidator : AbstractValidator<Standard>
{
    public StandardValidator()
    {
        RuleFor(s => s.Withdrawn).Custom((withdrawn, ctx) =>
        {
            var effective = ctx.InstanceToValidate.Effective;
            if (withdrawn is { } w && effective is { } e && w < e)
            {
                ctx.Report(StandardDates, null, $"废止日期 {w:yyyy-MM-dd} 早于实施日期 {e:yyyy-MM-dd}。", $"Withdrawal date {w:yyyy-MM-dd} is before the effective date {e:yyyy-MM-dd}.");
            }
        });
        RuleFor(s => s.Source).Custom(SourceCitations.CheckBesideNote);
    }
}

internal sealed class IndicatorValidator : AbstractValidator<Indicator>
{
    public IndicatorValidator()
    {
        RuleFor(i => i.Scale).Custom((scale, ctx) =>
        {
            var indicator = ctx.InstanceToValidate;
            scale ??= [];
            if (indicator.Kind == IndicatorKind.Ordinal && scale.Count == 0)
            {
                ctx.Report(IndicatorScale, null, $"等级指标\"{ZhName(indicator)}\"须有等级表 scale（由差到好）。", $"Ordinal indicator \"{indicator.Id}\" needs a scale (worst to best).");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < scale.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(scale[i]) || !seen.Add(scale[i]))
                {
                    ctx.Report(IndicatorScale, $"[{i}]", $"等级表第 {i + 1} 项\"{Show(scale[i])}\"为空或重复。", $"Scale entry {i + 1} \"{Show(scale[i])}\" is empty or repeated.");
                }
            }
        });

        RuleFor(i => i.Unit).Custom((unit, ctx) => CatalogValidator.KnownUnit(unit, ctx, null));
        RuleFor(i => i.Components).Custom((items, ctx) =>
            CatalogValidator.Unique(items, c => c.Id, "id", ctx, IndicatorComponents, IndicatorComponents, "组分 id", "component id"));
        RuleFor(i => i.Values).Custom((items, ctx) =>
            CatalogValidator.Unique(items, v => v.Id, "id", ctx, IndicatorValues, IndicatorValues, "取值 id", "value id"));

        RuleFor(i => i.DerivedFrom).Custom((ids, ctx) =>
        {
            var index = CatalogIndex.Of(ctx);
            ids ??= [];
            for (var i = 0; i < ids.Count; i++)
            {
                if (index is not null && index.Indicator(ids[i]) is null)
                {
                    ctx.Report(IndicatorDerivedFrom, $"[{i}]", $"derivedFrom 引用了未知指标\"{Show(ids[i])}\"。", $"derivedFrom names unknown indicator \"{Show(ids[i])}\".");
                }
            }
        });
    }
}

internal sealed class RequirementValidator : AbstractValidator<Requirement>
{
    public RequirementValidator()
    {
        RuleFor(r => r.IndicatorId).Custom((id, ctx) =>
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                ctx.Report(RequirementIndicator, null, "要求缺少指标 indicatorId。", "The requirement has no indicatorId.");
            }
            else if (CatalogIndex.Of(ctx) is { } index && index.Indicator(id) is null)
            {
                ctx.Report(RequirementIndicator, null, $"要求引用了未知指标\"{Show(id)}\"。", $"The requirement names unknown indicator \"{Show(id)}\".");
            }
        });

        RuleFor(r => r.StandardCode).Custom((code, ctx) =>
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                ctx.Report(RequirementStandard, null, "要求缺少标准代号 standardCode。", "The requirement has no standardCode.");
            }
            else if (CatalogIndex.Of(ctx) is { } index && !index.StandardCodes.Contains(code))
            {
                ctx.Report(RequirementStandard, null, $"要求引用了目录中没有的标准\"{Show(code)}\"。", $"The requirement names standard \"{Show(code)}\", which the catalog does not list.");
            }
        });

        RuleFor(r => r.Limit).Custom((limit, ctx) =>
            CheckLimit(limit, CatalogIndex.Of(ctx)?.Indicator(ctx.InstanceToValidate.IndicatorId), LimitCodes.RequirementLimit, ctx.Checks()));

        RuleFor(r => r.Unit).Custom((unit, ctx) =>
        {
            var requirement = ctx.InstanceToValidate;
            if (CatalogIndex.Of(ctx) is not { } index || index.Indicator(requirement.IndicatorId) is not { Kind: IndicatorKind.Quantitative } indicator)
            {
                return;
            }

            if (!index.KnownUnit(unit))
            {
                CatalogValidator.KnownUnit(unit, ctx, null);
            }
            else if (string.IsNullOrWhiteSpace(unit) && !string.IsNullOrWhiteSpace(indicator.Unit))
            {
                ctx.Report(RequirementUnit, null, $"要求缺少单位（指标\"{ZhName(indicator)}\"的单位为 {indicator.Unit}）。",
                    $"The requirement has no unit (indicator \"{indicator.Id}\" is in {indicator.Unit}).");
            }
            else if (!index.UnitFits(unit, requirement.Limit?.Basis, indicator))
            {
                ctx.Report(RequirementUnit, null, $"单位\"{Show(unit)}\"既不是指标\"{ZhName(indicator)}\"的单位\"{indicator.Unit}\"，也无法换算。",
                    $"Unit \"{Show(unit)}\" is neither the unit \"{indicator.Unit}\" of indicator \"{indicator.Id}\" nor convertible to it.");
            }
        });

        RuleFor(r => r.RoundingInterval).Custom((text, ctx) =>
        {
            if (text is null)
            {
                return;
            }

            if (!TryPlainDecimal(text, out var interval))
            {
                ctx.Report(LimitCodes.RequirementLimit.NotDecimal, null, $"修约间隔\"{Show(text)}\"不是书写的十进制数。", $"Rounding interval \"{Show(text)}\" is not a written decimal.");
            }
            else if (interval <= 0m)
            {
                ctx.Report(RoundingInterval, null, $"修约间隔 {text} 必须大于 0。", $"Rounding interval {text} must be greater than 0.");
            }
        });

        RuleFor(r => r.Provenance).Custom((provenance, ctx) =>
        {
            if (string.IsNullOrWhiteSpace(provenance?.Source))
            {
                ctx.Report(ProvenanceSource, "source", $"要求\"{Show(ctx.InstanceToValidate.Id)}\"未注明来源 provenance.source。",
                    $"Requirement \"{Show(ctx.InstanceToValidate.Id)}\" does not state its provenance source.", Severity.Warning);
            }
            else
            {
                SourceCitations.Check(provenance!.Source, ctx, "source", Combine(ctx.PropertyPath, "note"));
            }

            if (!string.IsNullOrWhiteSpace(provenance?.Source))
            {
                // Without a source the warning above says what is missing first.
                SourceCitations.CheckNote(provenance!.Confidence, provenance.Note, ctx, "note");
            }
        });

        RuleFor(r => r.TestMethods).Custom((methods, ctx) =>
        {
            methods ??= [];
            for (var i = 0; i < methods.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(methods[i]))
                {
                    ctx.Report(RequirementTestMethod, $"[{i}]", "检测方法代号不能为空。", "A test method code cannot be empty.");
                }
            }
        });

        RuleFor(r => r.AppliesTo).Custom((applies, ctx) =>
        {
            var classes = applies?.ProductClasses ?? [];
            if (CatalogIndex.Of(ctx) is not { } index)
            {
                return;
            }

            for (var i = 0; i < classes.Count; i++)
            {
                if (!index.ProductClasses.Contains(classes[i] ?? ""))
                {
                    ctx.Report(RequirementProductClass, $"productClasses[{i}]", $"适用范围引用了未定义的产品类别\"{Show(classes[i])}\"。",
                        $"appliesTo names product class \"{Show(classes[i])}\", which the catalog does not define.");
                }
            }
        });
    }
}

internal sealed class ConversionValidator : AbstractValidator<Conversion>
{
    public ConversionValidator()
    {
        RuleFor(c => c.FromUnit).Custom((v, ctx) => Required(v, ctx.Checks(), ConversionShape, "换算的 fromUnit", "fromUnit of the conversion"));
        RuleFor(c => c.ToUnit).Custom((v, ctx) => Required(v, ctx.Checks(), ConversionShape, "换算的 toUnit", "toUnit of the conversion"));
        RuleFor(c => c.ToBasis).Custom((toBasis, ctx) =>
        {
            if (string.IsNullOrWhiteSpace(ctx.InstanceToValidate.FromBasis) != string.IsNullOrWhiteSpace(toBasis))
            {
                ctx.Report(ConversionShape, null, "基准换算须同时给出 fromBasis 和 toBasis。", "A basis conversion needs both fromBasis and toBasis.");
            }
        });
        RuleFor(c => c.Factor).Custom((factor, ctx) =>
        {
            if (!UnitConverter.TryParseFactor(factor, out _))
            {
                ctx.Report(ConversionFactor, null, $"换算系数\"{Show(factor)}\"不是小于 1e20 的正十进制数或 a/b 形式的商。",
                    $"Conversion factor \"{Show(factor)}\" is not a positive decimal or a quotient a/b below 1e20.");
            }
        });
        RuleFor(c => c.IndicatorId).Custom((id, ctx) =>
        {
            if (id is not null && CatalogIndex.Of(ctx) is { } index && index.Indicator(id) is null)
            {
                ctx.Report(ConversionIndicator, null, $"换算限定的指标\"{Show(id)}\"未知。", $"The conversion is restricted to unknown indicator \"{Show(id)}\".");
            }
        });
        RuleFor(c => c.Source).Custom(SourceCitations.CheckBesideNote);
        RuleFor(c => c.Note).Custom((note, ctx) => SourceCitations.CheckNote(ctx.InstanceToValidate.Confidence, note, ctx, null));
    }
}

internal sealed class ProductClassValidator : AbstractValidator<ProductClass>
{
    public ProductClassValidator() =>
        RuleFor(p => p.Exemptions).Custom((exemptions, ctx) =>
        {
            exemptions ??= [];
            var index = CatalogIndex.Of(ctx);
            for (var i = 0; i < exemptions.Count; i++)
            {
                var id = exemptions[i]?.IndicatorId;
                if (string.IsNullOrWhiteSpace(id) || (index is not null && index.Indicator(id) is null))
                {
                    ctx.Report(ExemptionIndicator, $"[{i}].indicatorId", $"豁免引用了未知指标\"{Show(id)}\"。", $"The exemption names unknown indicator \"{Show(id)}\".");
                }
            }
        });
}

internal sealed class LadderValidator : AbstractValidator<LevelLadder>
{
    public LadderValidator() =>
        RuleFor(l => l.Rungs).Custom((rungs, ctx) =>
        {
            if (rungs is null || rungs.Count == 0)
            {
                ctx.Report(LadderEmpty, null, "等级阶梯至少需要一级。", "The ladder needs at least one rung.");
                return;
            }

            CatalogValidator.Unique(rungs, r => r.Id, "id", ctx, RungId, RungId, "阶梯级 id", "rung id");
            var ids = rungs.Where(r => r is not null).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < rungs.Count; i++)
            {
                if (rungs[i]?.Test == RungTest.BeatsAll)
                {
                    ctx.Report(RungBeatsAll, $"[{i}].test", "beatsAll（1.0 格式）按 meetsStrictest 处理：“严于所有参照”几乎对任何合格值都成立。",
                        "beatsAll (format 1.0) is read as meetsStrictest: 'strictly better than every reference' holds for almost any passing value.",
                        Severity.Warning);
                }

                foreach (var required in rungs[i]?.Requires ?? [])
                {
                    if (!ids.Contains(required ?? ""))
                    {
                        ctx.Report(RungRequires, $"[{i}].requires", $"requires 引用了不存在的级\"{Show(required)}\"。",
                            $"requires names rung \"{Show(required)}\", which the ladder does not have.");
                    }
                }
            }
            if (rungs[^1] is { } bottom && (bottom.Test != RungTest.Always || !bottom.Failing))
            {
                ctx.Report(LadderBottom, $"[{rungs.Count - 1}]", "等级阶梯的最低一级须为 always 且 failing（如“未达标”）。",
                    "The ladder's lowest rung must have test 'always' and be failing (e.g. 'non-compliant').");
            }
        });
}

internal sealed class TestMethodValidator : AbstractValidator<TestMethod>
{
    public TestMethodValidator()
    {
        RuleFor(m => m.DetectionLimit).Custom((text, ctx) =>
        {
            if (text is not null && (!TryPlainDecimal(text, out var dl) || dl <= 0m))
            {
                ctx.Report(TestMethodShape, null, $"检出限\"{Show(text)}\"须为正的十进制数。", $"Detection limit \"{Show(text)}\" must be a positive written decimal.");
            }
        });
        RuleFor(m => m.Unit).Custom((unit, ctx) => CatalogValidator.KnownUnit(unit, ctx, null));
        RuleFor(m => m.Equivalent).Custom((codes, ctx) =>
        {
            codes ??= [];
            for (var i = 0; i < codes.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(codes[i]))
                {
                    ctx.Report(TestMethodShape, $"[{i}]", "等效方法代号不能为空。", "An equivalent method code cannot be empty.");
                }
            }
        });
        RuleFor(m => m.Source).Custom(SourceCitations.CheckBesideNote);
        RuleFor(m => m.Note).Custom((note, ctx) => SourceCitations.CheckNote(ctx.InstanceToValidate.Confidence, note, ctx, null));
    }
}
