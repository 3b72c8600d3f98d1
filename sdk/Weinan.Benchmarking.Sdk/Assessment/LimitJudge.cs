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
/// A declared-value limit is the interval the permitted deviation allows around the value the product declares; a
/// not-permitted limit asks only whether the substance was found (<see cref="NotPermittedJudgement"/>).
/// </remarks>
public static class LimitJudge
{
    /// <summary>The documented rule for values below the detection limit (DL).</summary>
    public const string BelowDetectionRule =
        "value < DL: upper limit passes when DL ≤ limit, else indeterminate; lower limit fails when DL ≤ limit, else indeterminate; no DL given: indeterminate";

    /// <summary>The rule for values below the detection limit, in both languages.</summary>
    public static LocalizedText BelowDetectionText { get; } = new(
        "测定值低于检出限（DL）时：上限——DL 不高于限值判为符合，否则无法判定；下限——DL 不高于限值判为不符合，否则无法判定；未给出 DL——无法判定",
        BelowDetectionRule);

    /// <summary>Judges a written value against a limit (convenience for single checks and tests).</summary>
    public static JudgeOutcome Judge(string value, Limit limit, JudgementMethod method, DecisionRule? rule = null,
        string? uncertainty = null, string? roundingInterval = null, IReadOnlyList<string>? scale = null, string? declared = null)
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
        var claim = declared is null ? null : new DeclaredValue { IndicatorId = "value", Value = declared };
        return Judge(result, indicator, requirement, method, rule ?? new DecisionRule(), UnitConverter.BuiltIn, claim);
    }

    /// <summary>Judges a measured result against a requirement; <paramref name="declared"/> is the product's claim for declared-value limits.</summary>
    public static JudgeOutcome Judge(MeasuredResult result, Indicator indicator, Requirement requirement,
        JudgementMethod method, DecisionRule rule, UnitConverter converter, DeclaredValue? declared = null) =>
        Judge(MeasuredValue.Parse(result, indicator), result, indicator, requirement, method, rule, converter, declared);

    internal static JudgeOutcome Judge(MeasuredValue value, MeasuredResult result, Indicator indicator, Requirement requirement,
        JudgementMethod method, DecisionRule rule, UnitConverter converter, DeclaredValue? declared)
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

        if (!TryValueFactor(result, indicator, requirement, converter, out var factor, out var conversion, out var why))
        {
            return Indeterminate(value.Text, why!);
        }

        if (limit.Kind == LimitKind.NotPermitted)
        {
            return NotPermittedJudgement.Judge(value, factor, conversion, rule);
        }

        NumericBounds bounds;
        string? described = null;
        if (limit.Kind == LimitKind.Declared)
        {
            if (!DeclaredBounds.TryCreate(limit.Deviation, declared, indicator, requirement, converter, out bounds, out why))
            {
                return Indeterminate(value.Text, why!);
            }
        }
        else if (!NumericBounds.TryCreate(limit, out bounds))
        {
            return Indeterminate(value.Text, new("限值不是数值限值", "the limit is not a numeric limit"));
        }
        else
        {
            described = NumericBounds.Describe(limit);
        }

        var conversionNote = conversion is null ? null : new LocalizedText($"已换算：{conversion}", $"converted: {conversion}");
        if (value.Kind == MeasuredValueKind.BelowDetection)
        {
            var below = JudgeBelowDetection(value, bounds, factor);
            return below with { Conversion = conversion, Note = Combine(below.Note, conversionNote) };
        }

        if (!DecimalMath.TryMultiply(value.Number.Value, factor, out var x))
        {
            return Indeterminate(value.Text, new("换算后的数值超出可表示范围", "the converted value is out of range"));
        }

        var raw = x;
        string? intervalText = null;
        if (method == JudgementMethod.Rounded)
        {
            var interval = WrittenNumber.TryParse(requirement.RoundingInterval, out var stated) && stated.Value > 0m
                ? stated.Value
                : bounds.Interval;
            if (!Rounding.TryToInterval(new WrittenNumber(x, value.Number.Suffix), interval, out x))
            {
                return Indeterminate(value.Text, new("修约间隔过小，无法修约", "the rounding interval is too small to round to"));
            }

            intervalText = Rounding.Normalize(interval).ToString(CultureInfo.InvariantCulture);
        }

        // A converted value is shown to 6 decimals; the verdict uses it unrounded.
        var compared = conversion is null || method == JudgementMethod.Rounded ? Format(x) : Format(Rounding.Normalize(decimal.Round(x, 6)));
        decimal? u = null;
        if (value.Uncertainty is { } written)
        {
            if (!DecimalMath.TryMultiply(Math.Abs(written.Value), factor, out var converted))
            {
                return Indeterminate(value.Text, new("换算后的不确定度超出可表示范围", "the converted uncertainty is out of range"));
            }

            u = converted;
        }

        LocalizedText? note = conversionNote;
        var kind = rule.Kind;
        if (value.Uncertainty is null && kind != DecisionRuleKind.SimpleAcceptance)
        {
            kind = DecisionRuleKind.SimpleAcceptance;
            note = Combine(note, new("未报告扩展不确定度，按简单接受规则判定", "no expanded uncertainty reported: simple acceptance applied"));
        }

        var w = 0m;
        if (kind != DecisionRuleKind.SimpleAcceptance)
        {
            if (GuardBandFactor(rule) is not { } g)
            {
                return Indeterminate(compared, InvalidGuardBand(rule));
            }

            if (!DecimalMath.TryMultiply(g, u ?? 0m, out w))
            {
                return Indeterminate(value.Text, new("保护带的计算超出数值范围，无法判定", "the guard band is beyond the range of computation: cannot decide"));
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

        return new JudgeOutcome(verdict, compared, intervalText, note, verdict == Verdict.Pass && bounds.StrictlyInside(x))
        {
            X = raw,
            Lower = bounds.Min,
            Upper = bounds.Max,
            GuardBand = w,
            Uncertainty = u,
            AcceptanceBounds = described ?? bounds.Describe(),
            Conversion = conversion,
        };
    }

    private static JudgeOutcome JudgeBelowDetection(MeasuredValue value, NumericBounds bounds, decimal factor)
    {
        if (value.DetectionLimit is not { } dlWritten)
        {
            return Indeterminate(value.Text, new("低于检出限但未给出检出限", "below the detection limit, but no detection limit given"));
        }

        if (!DecimalMath.TryMultiply(dlWritten.Value, factor, out var dl))
        {
            return Indeterminate(value.Text, new("换算后的检出限超出可表示范围", "the converted detection limit is out of range"));
        }

        var compared = "<" + Format(dl);
        var shape = new JudgeOutcome(Verdict.Indeterminate, compared, null, null, false)
        {
            Lower = bounds.Min,
            Upper = bounds.Max,
            AcceptanceBounds = bounds.Describe(),
            BelowDetection = dl,
        };
        if (bounds.Min is { } min)
        {
            // Every possible true value lies below DL.
            return dl <= min
                ? shape with { Verdict = Verdict.Fail, Note = new("低于检出限，检出限不高于下限", "below the detection limit, which is at or under the lower limit") }
                : shape with { Note = new("检出限高于下限，无法判定", "detection limit above the lower limit: cannot decide") };
        }

        if (bounds.Max is { } max && (dl > max || (dl == max && !bounds.MaxInclusive)))
        {
            return shape with { Note = new("检出限高于限值，无法判定", "detection limit above the limit: cannot decide") };
        }

        return shape with { Verdict = Verdict.Pass, Beats = true, Note = new("未检出（低于检出限）", "not detected (below the detection limit)") };
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
        return new(pass ? Verdict.Pass : Verdict.Fail, value.Text, null, null, value.Rank > min) { GradeSteps = min - value.Rank };
    }

    /// <summary>
    /// The factor bringing a measured value into the requirement's unit and basis, and what was converted (null when
    /// nothing was). The value's basis is the result's, else the indicator's; a limit with a basis needs the value's
    /// basis to be known (or the same).
    /// </summary>
    internal static bool TryValueFactor(MeasuredResult result, Indicator indicator, Requirement requirement, UnitConverter converter,
        out decimal factor, out string? conversion, out LocalizedText? why)
    {
        var fromUnit = string.IsNullOrWhiteSpace(result.Unit) ? indicator.Unit : result.Unit;
        var toUnit = string.IsNullOrWhiteSpace(requirement.Unit) ? indicator.Unit : requirement.Unit;
        var toBasis = string.IsNullOrWhiteSpace(requirement.Limit.Basis) ? null : requirement.Limit.Basis;
        var fromBasis = !string.IsNullOrWhiteSpace(result.Basis) ? result.Basis : indicator.Basis;
        why = null;
        conversion = null;
        if (toBasis is not null && string.IsNullOrWhiteSpace(fromBasis))
        {
            factor = 0m;
            why = new($"限值以 {toBasis} 计，但未给出测定值的计算基准", $"the limit is expressed as {toBasis}, but the value's basis is not given");
            return false;
        }

        if (converter.TryGetFactor(fromUnit, toBasis is null ? null : fromBasis, toUnit, toBasis, indicator.Id, out factor, out var how))
        {
            conversion = how.Length == 0 ? null : how;
            return true;
        }

        // The bases are named when the limit states one: only then are they converted.
        why = LimitComparer.NoConversion(fromUnit, toBasis is null ? null : fromBasis, toUnit, toBasis);
        return false;
    }

    /// <summary>
    /// The guard band as a multiple of U: a written decimal ≥ 0 below 1e20 (0 = simple acceptance zones); null when it is
    /// not one. It is never replaced by another factor: a smaller one would judge more leniently than asked.
    /// </summary>
    internal static decimal? GuardBandFactor(DecisionRule rule) =>
        WrittenNumber.TryParse(rule.GuardBandFactor, out var g) && g.Suffix == SignSuffix.None && g.Value >= 0m ? g.Value : null;

    private static LocalizedText InvalidGuardBand(DecisionRule rule) => new($"保护带系数“{rule.GuardBandFactor}”无效，无法判定",
        $"the guard band factor '{rule.GuardBandFactor}' is invalid: cannot decide");

    private static JudgeOutcome Indeterminate(string compared, LocalizedText reason) => new(Verdict.Indeterminate, compared, null, reason, false);

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static LocalizedText? Combine(LocalizedText? a, LocalizedText? b) =>
        a is null ? b : b is null ? a : new LocalizedText($"{a.Zh}；{b.Zh}", $"{a.En}; {b.En}");
}

/// <summary>Outcome of one judgement, with the numbers it was decided on.</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="ComparedValue">Value compared (rounded for the rounded method, in the limit's unit).</param>
/// <param name="RoundingInterval">Interval used by the rounded method.</param>
/// <param name="Note">Reason or note.</param>
/// <param name="Beats">Whether the value is strictly better than the limit (not just on it).</param>
public sealed record JudgeOutcome(Verdict Verdict, string ComparedValue, string? RoundingInterval, LocalizedText? Note, bool Beats)
{
    /// <summary>Pass or conditional pass.</summary>
    public bool Meets => Verdict is Verdict.Pass or Verdict.ConditionalPass;

    /// <summary>The value in the limit's unit and basis, unrounded; null unless quantitative and read.</summary>
    public decimal? X { get; init; }

    /// <summary>Lower bound the limit allows, in its unit (before any guard band).</summary>
    public decimal? Lower { get; init; }

    /// <summary>Upper bound the limit allows, in its unit (before any guard band).</summary>
    public decimal? Upper { get; init; }

    /// <summary>Guard band w applied, in the limit's unit (0 for simple acceptance).</summary>
    public decimal GuardBand { get; init; }

    /// <summary>Expanded uncertainty U in the limit's unit, when given.</summary>
    public decimal? Uncertainty { get; init; }

    /// <summary>Detection limit in the limit's unit, for a value below it.</summary>
    public decimal? BelowDetection { get; init; }

    /// <summary>The interval the limit allows, written in its unit, e.g. <c>90 ~ 100</c>, <c>≤ 75</c>.</summary>
    public string? AcceptanceBounds { get; init; }

    /// <summary>Conversion applied to the value, e.g. <c>% → mg/kg ×10000</c>.</summary>
    public string? Conversion { get; init; }

    /// <summary>For an ordinal value: grade steps short of the limit (positive = below it).</summary>
    public int? GradeSteps { get; init; }

    /// <summary>
    /// Whether the value meets the limit by more than <paramref name="margin"/> (the expanded uncertainty): true when it
    /// meets and no margin applies, or the value is not quantitative.
    /// </summary>
    public bool MeetsBy(decimal? margin)
    {
        if (!Meets)
        {
            return false;
        }

        if (margin is not { } m || m <= 0m || X is not { } x)
        {
            return true;
        }

        return (Upper is not { } hi || DecimalMath.SaturatingAdd(hi, -x) > m) && (Lower is not { } lo || DecimalMath.SaturatingAdd(x, -lo) > m);
    }
}
