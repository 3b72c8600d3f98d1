using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Judges a value against a not-permitted limit (不得使用): the question is whether the substance was found, not how
/// much of it. A result reported below the detection limit passes; a quantified amount above zero fails. The limit has
/// no figure, so there is nothing to round to and no guard band to draw: the decision rule and the rounded method do not
/// apply (<c>docs/rules.md</c> §5.1).
/// </summary>
internal static class NotPermittedJudgement
{
    /// <summary>Judges a value read as a number or as below detection.</summary>
    /// <param name="value">The parsed value.</param>
    /// <param name="factor">Factor bringing the value into the requirement's unit.</param>
    /// <param name="conversion">What was converted, if anything.</param>
    /// <param name="rule">The decision rule asked for; only named in a note when it would have drawn a guard band.</param>
    public static JudgeOutcome Judge(MeasuredValue value, decimal factor, string? conversion, DecisionRule rule)
    {
        var note = conversion is null ? null : new LocalizedText($"已换算：{conversion}", $"converted: {conversion}");
        if (value.Kind == MeasuredValueKind.BelowDetection)
        {
            if (value.DetectionLimit is not { } written)
            {
                return Undecided(value.Text, new("低于检出限但未给出检出限", "below the detection limit, but no detection limit given"), conversion);
            }

            if (!DecimalMath.TryMultiply(written.Value, factor, out var dl))
            {
                return Undecided(value.Text, new("换算后的检出限超出可表示范围", "the converted detection limit is out of range"), conversion);
            }

            return new JudgeOutcome(Verdict.Pass, "<" + Show(dl, conversion), null,
                LimitJudge.Combine(new("未检出（低于检出限），符合“不得使用”", "not detected (below the detection limit): meets 'not permitted'"), note), false)
            {
                BelowDetection = dl,
                Conversion = conversion,
            };
        }

        if (!DecimalMath.TryMultiply(value.Number.Value, factor, out var x))
        {
            return Undecided(value.Text, new("换算后的数值超出可表示范围", "the converted value is out of range"), conversion);
        }

        var compared = Show(x, conversion);
        if (x <= 0m)
        {
            return Undecided(compared, new("测定值为 0 或负值，不是检出结果：应报告为低于检出限（如 <0.005）",
                "a value of 0 or below is no detection result: report it as below the detection limit (e.g. <0.005)"), conversion);
        }

        decimal? u = value.Uncertainty is { } writtenU && DecimalMath.TryMultiply(Math.Abs(writtenU.Value), factor, out var converted) ? converted : null;
        if (u is not null && rule.Kind != DecisionRuleKind.SimpleAcceptance)
        {
            note = LimitJudge.Combine(note, new("“不得使用”没有限值数值，不设保护带，不确定度不改变判定",
                "'not permitted' has no limit value: no guard band, the uncertainty does not change the verdict"));
        }

        return new JudgeOutcome(Verdict.Fail, compared, null,
            LimitJudge.Combine(new("检出并定量：不得使用", "quantified: not permitted"), note), false)
        {
            X = x,
            Uncertainty = u,
            Conversion = conversion,
        };
    }

    /// <summary>A converted number is shown to 6 decimals, as every converted compared value is.</summary>
    private static string Show(decimal v, string? conversion) => LimitJudge.Format(conversion is null ? v : Rounding.Normalize(decimal.Round(v, 6)));

    private static JudgeOutcome Undecided(string compared, LocalizedText reason, string? conversion) =>
        new(Verdict.Indeterminate, compared, null, reason, false) { Conversion = conversion };
}
