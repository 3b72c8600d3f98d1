namespace Weinan.Benchmarking.Abstractions;

/// <summary>
/// The one bilingual vocabulary of the model's enumerations: every report, console table and message names a tier,
/// verdict, outcome or status with these words, so the zh-CN output never shows an enum name.
/// </summary>
public static class Vocabulary
{
    /// <summary>Standard tier, e.g. 国家标准 / national.</summary>
    public static LocalizedText Tier(StandardTier tier) => tier switch
    {
        StandardTier.International => new("国际标准", "international"),
        StandardTier.ForeignAdvanced => new("国外先进标准", "foreign advanced"),
        StandardTier.National => new("国家标准", "national"),
        StandardTier.Industry => new("行业标准", "industry"),
        StandardTier.Local => new("地方标准", "local"),
        StandardTier.Group => new("团体标准", "group"),
        _ => new("企业标准", "enterprise"),
    };

    /// <summary>Legal force.</summary>
    public static LocalizedText Force(StandardForce force) => force switch
    {
        StandardForce.Mandatory => new("强制性", "mandatory"),
        StandardForce.Recommended => new("推荐性", "recommended"),
        _ => new("指导性", "guidance"),
    };

    /// <summary>Edition status on the assessment date.</summary>
    public static LocalizedText Status(EditionStatus status) => status switch
    {
        EditionStatus.InForce => new("现行", "in force"),
        EditionStatus.NotYetEffective => new("尚未实施", "not yet in force"),
        _ => new("已废止", "withdrawn"),
    };

    /// <summary>Verdict of a judgement.</summary>
    public static LocalizedText Verdict(Verdict verdict) => verdict switch
    {
        Abstractions.Verdict.Pass => new("符合", "pass"),
        Abstractions.Verdict.ConditionalPass => new("有条件符合", "conditional pass"),
        Abstractions.Verdict.ConditionalFail => new("有条件不符合", "conditional fail"),
        Abstractions.Verdict.Fail => new("不符合", "fail"),
        _ => new("无法判定", "indeterminate"),
    };

    /// <summary>
    /// Verdict of a judgement against a reference the product is not bound by (another class, a higher grade): a value
    /// short of it does not "fail", it does not reach it.
    /// </summary>
    public static LocalizedText ReferenceVerdict(Verdict verdict) => verdict switch
    {
        Abstractions.Verdict.Pass => new("达到", "reached"),
        Abstractions.Verdict.ConditionalPass => new("有条件达到", "conditionally reached"),
        Abstractions.Verdict.ConditionalFail or Abstractions.Verdict.Fail => new("未达到", "not reached"),
        _ => new("无法判定", "indeterminate"),
    };

    /// <summary>Outcome of a limit comparison.</summary>
    public static LocalizedText Outcome(ComparisonOutcome outcome) => outcome switch
    {
        ComparisonOutcome.Stricter => new("严于", "stricter"),
        ComparisonOutcome.Equal => new("等于", "equal"),
        ComparisonOutcome.Looser => new("宽于", "looser"),
        _ => new("不可直接比较", "not comparable"),
    };

    /// <summary>Confidence of a figure.</summary>
    public static LocalizedText Confidence(Confidence confidence) => confidence switch
    {
        Abstractions.Confidence.Confirmed => new("已确认", "confirmed"),
        Abstractions.Confidence.Secondary => new("二手来源", "secondary source"),
        Abstractions.Confidence.Derived => new("推导", "derived"),
        _ => new("未确认", "unconfirmed"),
    };

    /// <summary>Evidence grade.</summary>
    public static LocalizedText Evidence(EvidenceGrade evidence) => evidence switch
    {
        EvidenceGrade.Declared => new("企业声明", "declared"),
        EvidenceGrade.SelfTested => new("企业自检", "self-tested"),
        EvidenceGrade.AccreditedLab => new("认可实验室检测", "accredited laboratory"),
        _ => new("第三方验证", "independently verified"),
    };

    /// <summary>Judgement method (GB/T 8170 §4).</summary>
    public static LocalizedText Method(JudgementMethod method) => method switch
    {
        JudgementMethod.Absolute => new("全数值比较法", "absolute (unrounded) comparison"),
        _ => new("修约值比较法", "rounded-value comparison"),
    };

    /// <summary>Decision rule with its guard band.</summary>
    public static LocalizedText DecisionRule(DecisionRule rule) => rule.Kind switch
    {
        DecisionRuleKind.SimpleAcceptance => new("简单接受（w = 0）", "simple acceptance (w = 0)"),
        DecisionRuleKind.GuardBand => new($"二元判定，保护带 w = {rule.GuardBandFactor}·U", $"binary with guard band w = {rule.GuardBandFactor}·U"),
        _ => new($"非二元判定，保护带 w = {rule.GuardBandFactor}·U", $"non-binary with guard band w = {rule.GuardBandFactor}·U"),
    };

    /// <summary>Why an indicator was not evaluated.</summary>
    public static LocalizedText NotEvaluated(NotEvaluatedKind kind) => kind switch
    {
        NotEvaluatedKind.NotApplicable => new("不适用", "not applicable"),
        _ => new("未评价", "not evaluated"),
    };

    /// <summary>Severity of an issue.</summary>
    public static LocalizedText Severity(Severity severity) => severity switch
    {
        Abstractions.Severity.Error => new("错误", "error"),
        Abstractions.Severity.Warning => new("警告", "warning"),
        _ => new("提示", "info"),
    };

    /// <summary>Indicator kind.</summary>
    public static LocalizedText Kind(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Quantitative => new("定量", "quantitative"),
        IndicatorKind.Ordinal => new("等级", "ordinal"),
        _ => new("分类", "categorical"),
    };

    /// <summary>Direction of an indicator.</summary>
    public static LocalizedText Direction(Direction direction) => direction switch
    {
        Abstractions.Direction.LowerIsBetter => new("越小越好", "lower is better"),
        Abstractions.Direction.HigherIsBetter => new("越大越好", "higher is better"),
        _ => new("区间", "target range"),
    };

    /// <summary>Indicator category.</summary>
    public static LocalizedText Category(IndicatorCategory category) => category switch
    {
        IndicatorCategory.Safety => new("安全", "safety"),
        IndicatorCategory.Performance => new("性能", "performance"),
        IndicatorCategory.Environment => new("环保", "environment"),
        _ => new("能耗", "energy"),
    };

    /// <summary>Scope of the overall level, as the badge qualifies it (empty for all indicators).</summary>
    public static LocalizedText Scope(LevelScope scope) => scope == LevelScope.KeyIndicators
        ? new("核心指标", "key indicators")
        : new("", "");

    /// <summary>
    /// A limit as a standard prints it, with its unit: <c>≤ 75 mg/kg</c>, <c>4.0 ~ 7.5</c>; a declared-value limit names the
    /// declared value (标示值 ± 5 % / declared ± 5 %) and its graded bands; a not-permitted limit is 不得使用 / not permitted,
    /// without a unit.
    /// </summary>
    public static LocalizedText Limit(Limit limit, string? unit, IReadOnlyList<IndicatorValue>? values = null)
    {
        ArgumentNullException.ThrowIfNull(limit);
        if (limit.Kind == LimitKind.NotPermitted)
        {
            return NotPermitted;
        }

        if (limit.Kind == LimitKind.Categorical && values is { Count: > 0 })
        {
            var names = limit.Accepted.Select(a => Value(a, values)).ToList();
            return new(string.Join(" / ", names.Select(n => n.Zh)), string.Join(" / ", names.Select(n => n.En)));
        }

        if (limit is not { Kind: LimitKind.Declared, Deviation: { } deviation })
        {
            var text = string.IsNullOrEmpty(unit) ? limit.ToString() : $"{limit} {unit}";
            return new(text, text);
        }

        return new(Deviation(deviation, unit, "标示值", "（相对）", "标示值 ≤ {0}：", "，且实测不得为 0", "；", "（", "）"),
            Deviation(deviation, unit, "declared", " (relative)", "declared ≤ {0}: ", ", and not 0", "; ", " (", ")"));
    }

    private static string Deviation(Deviation deviation, string? unit, string declared, string relative, string band, string positive,
        string separator, string open, string close)
    {
        string Side(string? below, string? above, DeviationMode mode)
        {
            var u = mode == DeviationMode.Relative ? " %" : string.IsNullOrEmpty(unit) ? "" : " " + unit;
            var r = mode == DeviationMode.Relative ? relative : "";
            return (below, above) switch
            {
                ({ } b, { } a) when b == a => $"{declared} ± {b}{u}{r}",
                ({ } b, { } a) => $"{declared} −{b}/+{a}{u}{r}",
                ({ } b, null) => $"≥ {declared} − {b}{u}{r}",
                (null, { } a) => $"≤ {declared} + {a}{u}{r}",
                _ => declared,
            };
        }

        var text = Side(deviation.Below, deviation.Above, deviation.Mode);
        var bands = (deviation.Bands ?? []).Where(b => b is not null).Select(b =>
            (b.UpTo is null ? "" : string.Format(System.Globalization.CultureInfo.InvariantCulture, band, b.UpTo + (string.IsNullOrEmpty(unit) ? "" : " " + unit))) +
            Side(b.Below, b.Above, b.Mode ?? deviation.Mode) + (b.RequirePositive ? positive : "")).ToList();
        return bands.Count == 0 ? text : text + open + string.Join(separator, bands) + close;
    }

    /// <summary>The name of a categorical value, or the value itself when the indicator does not name it.</summary>
    public static LocalizedText Value(string value, IReadOnlyList<IndicatorValue>? values) =>
        values?.FirstOrDefault(v => v is not null && string.Equals(v.Id, value?.Trim(), StringComparison.OrdinalIgnoreCase))?.Name ?? new(value ?? "", value ?? "");

    /// <summary>A not-permitted limit in words.</summary>
    public static LocalizedText NotPermitted { get; } = new("不得使用", "not permitted");

    /// <summary>What a not-permitted limit requires of a result: reported below the detection limit.</summary>
    public static LocalizedText NotDetected { get; } = new("未检出（低于检出限）", "not detected (below the detection limit)");

    /// <summary>The level when no rung could be determined.</summary>
    public static LocalizedText NotDetermined { get; } = new("未能判定", "Not determined");
}
