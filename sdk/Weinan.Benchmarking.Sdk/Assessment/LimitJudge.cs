using System.Globalization;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Judges one measured value against one limit: GB/T 8170-2008 §4 absolute (全数值比较法) or rounded (修约值比较法)
/// method, then an ILAC-G8:09/2019 decision rule when the value carries an expanded uncertainty U.
/// </summary>
/// <remarks>
/// Zones for an upper limit TL and guard band w = factor × U (lower limits mirror them):
/// pass x ≤ TL − w; conditional pass TL − w &lt; x ≤ TL; conditional fail TL &lt; x ≤ TL + w; fail x &gt; TL + w.
/// The acceptance limit AL = TL − w itself is accepted (dossier DR-05): the limit is written "≤", so its boundary
/// belongs to the acceptance zone; a limit written "&lt;" keeps its boundary out. The binary guard-band rule passes
/// only the pass zone. Without U every rule falls back to simple acceptance, and the judgement says so.
/// </remarks>
public static class LimitJudge
{
    /// <summary>The documented rule for values below the detection limit (DL).</summary>
    public const string BelowDetectionRule =
        "value < DL: upper limit passes when DL ≤ limit, else indeterminate; lower limit fails when DL ≤ limit, else indeterminate; no DL given: indeterminate";

    /// <summary>Judges a written value against a limit (convenience for single checks and tests).</summary>
    public static JudgeOutcome Judge(string value, Limit limit, JudgementMethod method, DecisionRule? rule = null,
        string? uncertainty = null, string? roundingInterval = null, IReadOnlyList<string>? scale = null)
    {
        var kind = limit.Kind switch
        {
            LimitKind.Ordinal => IndicatorKind.Ordinal,
            LimitKind.Categorical => IndicatorKind.Categorical,
            _ => IndicatorKind.Quantitative,
        };
        var indicator = new Indicator { Id = "value", Kind = kind, Scale = scale ?? [], AllowNegative = true };
        var requirement = new Requirement { Id = "limit", IndicatorId = "value", Limit = limit, RoundingInterval = roundingInterval };
        var result = new MeasuredResult { IndicatorId = "value", Value = value, Uncertainty = uncertainty };
        return Judge(result, indicator, requirement, method, rule ?? new DecisionRule(), UnitConverter.BuiltIn);
    }

    /// <summary>Judges a measured result against a requirement.</summary>
    public static JudgeOutcome Judge(MeasuredResult result, Indicator indicator, Requirement requirement,
        JudgementMethod method, DecisionRule rule, UnitConverter converter) =>
        Judge(MeasuredValue.Parse(result, indicator), result, indicator, requirement, method, rule, converter);

    internal static JudgeOutcome Judge(MeasuredValue value, MeasuredResult result, Indicator indicator, Requirement requirement,
        JudgementMethod method, DecisionRule rule, UnitConverter converter)
    {
        var limit = requirement.Limit;
        switch (value.Kind)
        {
            case MeasuredValueKind.Invalid:
                return Indeterminate(value.Text, new($"数值“{value.Text}”无法解析", $"value '{value.Text}' cannot be read"));
            case MeasuredValueKind.Ordinal:
                return JudgeOrdinal(value, indicator, limit);
            case MeasuredValueKind.Categorical:
                var ok = limit.Accepted.Contains(value.Text, StringComparer.OrdinalIgnoreCase);
                return new(ok ? Verdict.Pass : Verdict.Fail, value.Text, null, null, ok);
        }

        if (!NumericBounds.TryCreate(limit, out var bounds))
        {
            return Indeterminate(value.Text, new("限值不是数值限值", "the limit is not a numeric limit"));
        }

        if (!TryValueFactor(result, indicator, requirement, converter, out var factor, out var why))
        {
            return Indeterminate(value.Text, why!);
        }

        if (value.Kind == MeasuredValueKind.BelowDetection)
        {
            return JudgeBelowDetection(value, bounds, factor);
        }

        if (!DecimalMath.TryMultiply(value.Number.Value, factor, out var x))
        {
            return Indeterminate(value.Text, OutOfRange);
        }

        string? intervalText = null;
        if (method == JudgementMethod.Rounded)
        {
            var interval = WrittenNumber.TryParse(requirement.RoundingInterval, out var stated) && stated.Value > 0m
                ? stated.Value
                : bounds.Interval;
            if (!Rounding.TryToInterval(new WrittenNumber(x, value.Number.Suffix), interval, out x))
            {
                return Indeterminate(value.Text, OutOfRange);
            }

            intervalText = Rounding.Normalize(interval).ToString(CultureInfo.InvariantCulture);
        }

        // A converted value is shown to 6 decimals; the verdict uses it unrounded.
        var compared = factor == 1m || method == JudgementMethod.Rounded ? Format(x) : Format(Rounding.Normalize(decimal.Round(x, 6)));
        LocalizedText? note = null;
        var kind = rule.Kind;
        if (value.Uncertainty is null && kind != DecisionRuleKind.SimpleAcceptance)
        {
            kind = DecisionRuleKind.SimpleAcceptance;
            note = new("未报告扩展不确定度，按简单接受规则判定", "no expanded uncertainty reported: simple acceptance applied");
        }

        var w = 0m;
        if (kind != DecisionRuleKind.SimpleAcceptance)
        {
            if (GuardBandFactor(rule) is not { } g)
            {
                return Indeterminate(compared, InvalidGuardBand(rule));
            }

            if (!DecimalMath.TryMultiply(Math.Abs(value.Uncertainty!.Value.Value), factor, out var u) || !DecimalMath.TryMultiply(g, u, out w))
            {
                return Indeterminate(compared, OutOfRange);
            }
        }

        Verdict verdict;
        if (bounds.Within(x, w))
        {
            verdict = Verdict.Pass;
        }
        else if (kind == DecisionRuleKind.NonBinary && bounds.Within(x))
        {
            verdict = Verdict.ConditionalPass;
        }
        else if (kind == DecisionRuleKind.NonBinary && bounds.Within(x, -w))
        {
            verdict = Verdict.ConditionalFail;
        }
        else
        {
            verdict = Verdict.Fail;
        }

        return new(verdict, compared, intervalText, note, verdict == Verdict.Pass && bounds.StrictlyInside(x));
    }

    private static JudgeOutcome JudgeBelowDetection(MeasuredValue value, NumericBounds bounds, decimal factor)
    {
        if (value.DetectionLimit is not { } dlWritten)
        {
            return Indeterminate(value.Text, new("低于检出限但未给出检出限", "below the detection limit, but no detection limit given"));
        }

        if (!DecimalMath.TryMultiply(dlWritten.Value, factor, out var dl))
        {
            return Indeterminate(value.Text, OutOfRange);
        }

        var compared = "<" + Format(dl);
        if (bounds.Min is { } min)
        {
            // Every possible true value lies below DL.
            return dl <= min
                ? new(Verdict.Fail, compared, null, new("低于检出限，检出限不高于下限", "below the detection limit, which is at or under the lower limit"), false)
                : Indeterminate(compared, new("检出限高于下限，无法判定", "detection limit above the lower limit: cannot decide"));
        }

        if (bounds.Max is { } max && dl > max)
        {
            return Indeterminate(compared, new("检出限高于限值，无法判定", "detection limit above the limit: cannot decide"));
        }

        return new(Verdict.Pass, compared, null, new("未检出（低于检出限）", "not detected (below the detection limit)"), true);
    }

    private static JudgeOutcome JudgeOrdinal(MeasuredValue value, Indicator indicator, Limit limit)
    {
        if (limit.Kind != LimitKind.Ordinal)
        {
            return Indeterminate(value.Text, new("限值不是等级限值", "the limit is not an ordinal grade"));
        }

        var min = MeasuredValue.IndexOf(indicator.Scale, limit.Min);
        if (min < 0)
        {
            return Indeterminate(value.Text, new($"等级“{limit.Min}”不在等级表中", $"grade '{limit.Min}' is not on the scale"));
        }

        var pass = value.Rank >= min;
        return new(pass ? Verdict.Pass : Verdict.Fail, value.Text, null, null, value.Rank > min);
    }

    /// <summary>
    /// The factor bringing a measured value into the requirement's unit and basis. The value's basis is the result's,
    /// else the indicator's; a limit with a basis needs the value's basis to be known (or the same).
    /// </summary>
    internal static bool TryValueFactor(MeasuredResult result, Indicator indicator, Requirement requirement, UnitConverter converter,
        out decimal factor, out LocalizedText? why)
    {
        var fromUnit = string.IsNullOrWhiteSpace(result.Unit) ? indicator.Unit : result.Unit;
        var toUnit = string.IsNullOrWhiteSpace(requirement.Unit) ? indicator.Unit : requirement.Unit;
        var toBasis = string.IsNullOrWhiteSpace(requirement.Limit.Basis) ? null : requirement.Limit.Basis;
        var fromBasis = !string.IsNullOrWhiteSpace(result.Basis) ? result.Basis : indicator.Basis;
        why = null;
        if (toBasis is not null && string.IsNullOrWhiteSpace(fromBasis))
        {
            factor = 0m;
            why = new($"限值以 {toBasis} 计，但未给出测定值的计算基准", $"the limit is expressed as {toBasis}, but the value's basis is not given");
            return false;
        }

        if (converter.TryGetFactor(fromUnit, toBasis is null ? null : fromBasis, toUnit, toBasis, indicator.Id, out factor, out _))
        {
            return true;
        }

        var from = fromUnit + (toBasis is null ? "" : $" ({fromBasis})");
        var to = toUnit + (toBasis is null ? "" : $" ({toBasis})");
        why = new($"无法从 {from} 换算到 {to}", $"no conversion from {from} to {to}");
        return false;
    }

    /// <summary>
    /// The guard band as a multiple of U: a written decimal ≥ 0 below 1e20 (0 = simple acceptance zones); null when it is
    /// not one. It is never replaced by another factor: a smaller one would judge more leniently than asked.
    /// </summary>
    internal static decimal? GuardBandFactor(DecisionRule rule) =>
        WrittenNumber.TryParse(rule.GuardBandFactor, out var g) && g.Suffix == SignSuffix.None && g.Value >= 0m ? g.Value : null;

    private static readonly LocalizedText OutOfRange = new("换算、修约或保护带的计算超出数值范围，无法判定",
        "the conversion, rounding or guard band is beyond the range of computation: cannot decide");

    private static LocalizedText InvalidGuardBand(DecisionRule rule) => new($"保护带系数“{rule.GuardBandFactor}”无效，无法判定",
        $"the guard band factor '{rule.GuardBandFactor}' is invalid: cannot decide");

    private static JudgeOutcome Indeterminate(string compared, LocalizedText reason) => new(Verdict.Indeterminate, compared, null, reason, false);

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Outcome of one judgement.</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="ComparedValue">Value compared (rounded for the rounded method, in the limit's unit).</param>
/// <param name="RoundingInterval">Interval used by the rounded method.</param>
/// <param name="Note">Reason or note.</param>
/// <param name="Beats">Whether the value is strictly better than the limit (not just on it).</param>
public sealed record JudgeOutcome(Verdict Verdict, string ComparedValue, string? RoundingInterval, LocalizedText? Note, bool Beats)
{
    /// <summary>Pass or conditional pass.</summary>
    public bool Meets => Verdict is Verdict.Pass or Verdict.ConditionalPass;
}
