using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;
using static Weinan.Benchmarking.Sdk.Validation.ValidationFailures;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>Checks shared by the catalog and submission validators.</summary>
internal static class SharedRules
{
    /// <summary>Supported major version of every format.</summary>
    public const string SupportedMajor = "1";

    /// <summary>Whether a schema version is <c>1</c> or <c>1.n</c>.</summary>
    public static bool IsSupportedSchemaVersion(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return false;
        }

        var parts = version.Split('.');
        return parts[0] == SupportedMajor && parts.Length <= 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }

    public static void CheckSchemaVersion(string? version, ICheckContext context, string code, string zhFormat, string enFormat)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            context.Report(code, null, $"缺少 schemaVersion（{zhFormat}格式须为 \"1.0\"）。", $"schemaVersion is missing (the {enFormat} format requires \"1.0\").");
        }
        else if (!IsSupportedSchemaVersion(version))
        {
            context.Report(code, null, $"不支持的 schemaVersion \"{Show(version)}\"：只支持主版本 1（\"1.0\"）。",
                $"Unsupported schemaVersion \"{Show(version)}\": only major version 1 (\"1.0\") is supported.");
        }
    }

    public static void Required(string? value, ICheckContext context, string code, string zhName, string enName, Severity severity = Severity.Error)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            context.Report(code, null, $"缺少{zhName}。", $"{enName} is missing.", severity);
        }
    }

    /// <summary>Parses a plain written decimal (no sign suffix).</summary>
    public static bool TryPlainDecimal(string? text, out decimal value)
    {
        value = 0m;
        if (!WrittenNumber.TryParse(text, out var n) || n.Suffix != SignSuffix.None)
        {
            return false;
        }

        value = n.Value;
        return true;
    }

    /// <summary>Checks a limit's shape against its kind and its indicator; reports under the context's current path.</summary>
    public static void CheckLimit(Limit? limit, Indicator? indicator, LimitCodes codes, ICheckContext context)
    {
        if (limit is null)
        {
            context.Report(codes.BoundMissing, null, "缺少限值。", "The limit is missing.");
            return;
        }

        var kind = limit.Kind;
        var quantitative = kind is LimitKind.Upper or LimitKind.Lower or LimitKind.Range or LimitKind.Tolerance or LimitKind.Declared or LimitKind.NotPermitted;
        if (indicator is not null)
        {
            var fits = indicator.Kind switch
            {
                IndicatorKind.Quantitative => quantitative,
                IndicatorKind.Ordinal => kind == LimitKind.Ordinal,
                _ => kind == LimitKind.Categorical,
            };
            if (!fits)
            {
                context.Report(codes.KindMismatch, "kind", $"限值类型 {Camel(kind)} 与指标\"{ZhName(indicator)}\"的类型 {Camel(indicator.Kind)} 不符。",
                    $"Limit kind {Camel(kind)} does not fit indicator \"{EnName(indicator)}\" of kind {Camel(indicator.Kind)}.");
            }
        }

        switch (kind)
        {
            case LimitKind.Upper:
                Number(limit.Max, "max", required: true);
                break;
            case LimitKind.Lower:
                Number(limit.Min, "min", required: true);
                break;
            case LimitKind.Range:
                var hasMin = Number(limit.Min, "min", required: true);
                var hasMax = Number(limit.Max, "max", required: true);
                if (hasMin is { } min && hasMax is { } max && min > max)
                {
                    context.Report(codes.Order, null, $"范围下限 {limit.Min} 大于上限 {limit.Max}。", $"Range minimum {limit.Min} is above its maximum {limit.Max}.");
                }

                break;
            case LimitKind.Tolerance:
                Number(limit.Nominal, "nominal", required: true);
                if (Number(limit.Tolerance, "tolerance", required: true) is { } tolerance && tolerance <= 0m)
                {
                    context.Report(codes.Tolerance, "tolerance", $"允差 {limit.Tolerance} 必须大于 0。", $"Tolerance {limit.Tolerance} must be greater than 0.");
                }

                break;
            case LimitKind.Ordinal:
                if (string.IsNullOrWhiteSpace(limit.Min))
                {
                    context.Report(codes.BoundMissing, "min", "等级限值缺少最低等级 min。", "An ordinal limit needs its minimum grade in min.");
                }
                else if (indicator is { Kind: IndicatorKind.Ordinal } && !(indicator.Scale ?? []).Contains(limit.Min, StringComparer.Ordinal))
                {
                    context.Report(codes.Scale, "min", $"等级\"{Show(limit.Min)}\"不在指标\"{ZhName(indicator)}\"的等级表（{string.Join(", ", indicator.Scale ?? [])}）中。",
                        $"Grade \"{Show(limit.Min)}\" is not on the scale of indicator \"{EnName(indicator)}\" ({string.Join(", ", indicator.Scale ?? [])}).");
                }

                break;
            case LimitKind.Declared:
                CheckDeviation(limit.Deviation, context);
                break;
            case LimitKind.NotPermitted:
                // Not permitted means no amount at all: a figure would be a different limit.
                foreach (var (name, value) in new[] { ("min", limit.Min), ("max", limit.Max), ("nominal", limit.Nominal), ("tolerance", limit.Tolerance), ("basis", limit.Basis) })
                {
                    if (value is not null)
                    {
                        context.Report(codes.Figure, name, $"kind 为“{Camel(kind)}”（不得使用）的限值不带数值或计算基准：请去掉 {name}（带数值的限值用“upper”等 kind）。",
                            $"A limit of kind \"{Camel(kind)}\" takes no figure or basis: remove {name} (a limit with a figure is of kind \"upper\" or another).");
                    }
                }

                break;
            case LimitKind.Categorical:
                var accepted = limit.Accepted ?? [];
                if (accepted.Count == 0 || accepted.Any(string.IsNullOrWhiteSpace))
                {
                    context.Report(codes.Accepted, "accepted", "分类限值须列出可接受的值（不得为空）。", "A categorical limit needs its accepted values (none may be empty).");
                }
                else if (indicator is { Kind: IndicatorKind.Categorical } && (indicator.Values ?? []) is { Count: > 0 } values &&
                         accepted.FirstOrDefault(a => !values.Any(v => v is not null && string.Equals(v.Id, a, StringComparison.OrdinalIgnoreCase))) is { } unknown)
                {
                    context.Report(codes.Accepted, "accepted", $"可接受的值\"{Show(unknown)}\"不是指标\"{ZhName(indicator)}\"的可用值。",
                        $"Accepted value \"{Show(unknown)}\" is not one of the values of indicator \"{EnName(indicator)}\".");
                }

                break;
        }

        decimal? Number(string? text, string name, bool required)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                {
                    context.Report(codes.BoundMissing, name, $"kind 为“{Camel(kind)}”的限值须填写 {name}。", $"A limit of kind \"{Camel(kind)}\" needs {name}.");
                }

                return null;
            }

            if (!TryPlainDecimal(text, out var value))
            {
                context.Report(codes.NotDecimal, name, $"{name} 的值\"{Show(text)}\"不是书写的十进制数（如 \"0.10\"）。",
                    $"{name} \"{Show(text)}\" is not a written decimal (like \"0.10\").");
                return null;
            }

            return value;
        }
    }

    /// <summary>A declared-value limit needs a deviation with at least one side, in non-negative written decimals, bands ascending.</summary>
    private static void CheckDeviation(Deviation? deviation, ICheckContext context)
    {
        if (deviation is null)
        {
            context.Report(IssueCodes.DeviationShape, "deviation", "标示值限值须有允许偏差 deviation。", "A declared-value limit needs its permitted deviation.");
            return;
        }

        var bands = deviation.Bands ?? [];
        if (deviation.Below is null && deviation.Above is null && bands.Count == 0)
        {
            context.Report(IssueCodes.DeviationShape, "deviation", "允许偏差须给出 below、above 或 bands。", "The deviation needs below, above or bands.");
        }

        Side(deviation.Below, "deviation.below");
        Side(deviation.Above, "deviation.above");
        decimal? previous = null;
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            var path = $"deviation.bands[{i}]";
            if (band is null || (band.Below is null && band.Above is null))
            {
                context.Report(IssueCodes.DeviationShape, path, $"{path} 须给出 below 或 above。", $"{path} needs below or above.");
                continue;
            }

            Side(band.Below, path + ".below");
            Side(band.Above, path + ".above");
            if (band.UpTo is null)
            {
                if (i != bands.Count - 1)
                {
                    context.Report(IssueCodes.DeviationShape, path, "只有最后一档可以省略 upTo。", "Only the last band may omit upTo.");
                }
            }
            else if (!TryPlainDecimal(band.UpTo, out var upTo) || (previous is { } p && upTo <= p))
            {
                context.Report(IssueCodes.DeviationShape, path + ".upTo", $"upTo\"{Show(band.UpTo)}\"须为递增的十进制数。",
                    $"upTo \"{Show(band.UpTo)}\" must be a written decimal, ascending from band to band.");
            }
            else
            {
                previous = upTo;
            }
        }

        void Side(string? text, string path)
        {
            if (text is not null && (!TryPlainDecimal(text, out var v) || v < 0m))
            {
                context.Report(IssueCodes.DeviationShape, path, $"允许偏差\"{Show(text)}\"须为非负的十进制数。",
                    $"Deviation \"{Show(text)}\" must be a non-negative written decimal.");
            }
        }
    }

    /// <summary>An enum value as spelled in JSON (camelCase).</summary>
    public static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
