using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;
using static Weinan.Benchmarking.Abstractions.IssueCodes;
using static Weinan.Benchmarking.Sdk.Validation.ValidationFailures;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>Checks of a product's declared values (label claims) and of the components results and claims name.</summary>
internal static class DeclaredValues
{
    public static void Check(IReadOnlyList<DeclaredValue>? values, ICheckContext ctx)
    {
        var index = ctx.Index;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            var path = $"declaredValues[{i}]";
            if (values![i] is not { } value)
            {
                ctx.Report(DeclaredIndicator, path, $"{path} 为空（null）。", $"{path} is empty (null).");
                continue;
            }

            var indicator = index?.Indicator(value.IndicatorId);
            if (string.IsNullOrWhiteSpace(value.IndicatorId) || (index is not null && indicator is null))
            {
                ctx.Report(DeclaredIndicator, $"{path}.indicatorId", $"标示值引用了未知指标\"{Show(value.IndicatorId)}\"。",
                    $"The declared value names unknown indicator \"{Show(value.IndicatorId)}\".");
            }

            if (!SharedRules.TryPlainDecimal(value.Value, out _))
            {
                ctx.Report(DeclaredValueNotDecimal, $"{path}.value", $"标示值\"{Show(value.Value)}\"不是书写的十进制数。",
                    $"The declared value \"{Show(value.Value)}\" is not a written decimal.");
            }

            CheckComponent(value.Component, indicator, DeclaredComponent, ctx, $"{path}.component");
            if (index is not null && !index.KnownUnit(value.Unit))
            {
                ctx.Report(DeclaredUnit, $"{path}.unit", UnknownUnitZh(value.Unit), UnknownUnitEn(value.Unit));
            }
            else if (index is not null && indicator is { Kind: IndicatorKind.Quantitative } && !index.UnitFits(value.Unit, null, indicator))
            {
                ctx.Report(DeclaredUnit, $"{path}.unit", $"单位\"{Show(value.Unit)}\"无法换算为指标\"{ZhName(indicator)}\"的单位\"{indicator.Unit}\"。",
                    $"Unit \"{Show(value.Unit)}\" cannot be converted to the unit \"{indicator.Unit}\" of indicator \"{EnName(indicator)}\".");
            }

            var key = $"{value.IndicatorId}\u0001{value.Component}";
            if (!seen.TryAdd(key, i))
            {
                ctx.Report(DeclaredDuplicate, path, $"指标\"{Show(value.IndicatorId)}\"的标示值重复（首次出现在 declaredValues[{seen[key]}]）。",
                    $"Duplicate declared value for indicator \"{Show(value.IndicatorId)}\" (first at declaredValues[{seen[key]}]).");
            }
        }
    }

    /// <summary>An indicator measured per component needs a known one; any other indicator none.</summary>
    public static void CheckComponent(string? component, Indicator? indicator, string code, ICheckContext ctx, string? path = null)
    {
        if (indicator is null)
        {
            return;
        }

        var components = indicator.Components ?? [];
        if (components.Count == 0 && !string.IsNullOrWhiteSpace(component))
        {
            ctx.Report(code, path, $"指标\"{ZhName(indicator)}\"不分组分，但给出了组分\"{Show(component)}\"。",
                $"Indicator \"{indicator.Id}\" has no components, but component \"{Show(component)}\" is given.");
        }
        else if (components.Count > 0 && !components.Any(c => c is not null && c.Id == component))
        {
            var known = string.Join(", ", components.Where(c => c is not null).Select(c => c.Id));
            ctx.Report(code, path, $"指标\"{ZhName(indicator)}\"须注明组分（可用：{known}），实际为\"{Show(component)}\"。",
                $"Indicator \"{indicator.Id}\" needs one of its components ({known}), not \"{Show(component)}\".");
        }
    }

    public static string UnknownUnitZh(string? unit) =>
        $"单位\"{Show(unit)}\"未知：单位区分大小写（如 MPa 为兆帕，mPa 为毫帕），请使用目录中的单位{Suggest(unit, true)}。";

    public static string UnknownUnitEn(string? unit) =>
        $"Unknown unit \"{Show(unit)}\": units are case-sensitive (MPa is megapascal, mPa millipascal); use a unit of the catalog{Suggest(unit, false)}.";

    private static string Suggest(string? unit, bool zh)
    {
        var match = Units.Symbols.FirstOrDefault(s => string.Equals(s, Units.Canonical(unit), StringComparison.OrdinalIgnoreCase));
        return match is null ? "" : zh ? $"（是否为 {match}？）" : $" (did you mean {match}?)";
    }
}
