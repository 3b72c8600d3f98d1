using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Cli.Output;

/// <summary>Bilingual names of the model's enumerations for tables.</summary>
public static class Words
{
    /// <summary>Indicator kind.</summary>
    public static string Kind(CliOutput o, IndicatorKind kind) => kind switch
    {
        IndicatorKind.Quantitative => o.T("定量", "quantitative"),
        IndicatorKind.Ordinal => o.T("等级", "ordinal"),
        _ => o.T("分类", "categorical"),
    };

    /// <summary>Direction.</summary>
    public static string Direction(CliOutput o, Direction direction) => direction switch
    {
        Abstractions.Direction.LowerIsBetter => o.T("越小越好", "lower is better"),
        Abstractions.Direction.HigherIsBetter => o.T("越大越好", "higher is better"),
        _ => o.T("区间", "target range"),
    };

    /// <summary>Indicator category.</summary>
    public static string Category(CliOutput o, IndicatorCategory category) => category switch
    {
        IndicatorCategory.Safety => o.T("安全", "safety"),
        IndicatorCategory.Performance => o.T("性能", "performance"),
        IndicatorCategory.Environment => o.T("环保", "environment"),
        _ => o.T("能耗", "energy"),
    };

    /// <summary>Standard tier.</summary>
    public static string Tier(CliOutput o, StandardTier tier) => tier switch
    {
        StandardTier.International => o.T("国际标准", "international"),
        StandardTier.ForeignAdvanced => o.T("国外先进标准", "foreign advanced"),
        StandardTier.National => o.T("国家标准", "national"),
        StandardTier.Industry => o.T("行业标准", "industry"),
        StandardTier.Local => o.T("地方标准", "local"),
        StandardTier.Group => o.T("团体标准", "group"),
        _ => o.T("企业标准", "enterprise"),
    };

    /// <summary>Standard force.</summary>
    public static string Force(CliOutput o, StandardForce force) => force switch
    {
        StandardForce.Mandatory => o.T("强制性", "mandatory"),
        StandardForce.Recommended => o.T("推荐性", "recommended"),
        _ => o.T("指导性", "guidance"),
    };

    /// <summary>Edition status.</summary>
    public static string Status(CliOutput o, EditionStatus status) => status switch
    {
        EditionStatus.InForce => o.T("现行", "in force"),
        EditionStatus.NotYetEffective => o.T("尚未实施", "not yet effective"),
        _ => o.T("废止/被代替", "withdrawn"),
    };

    /// <summary>Judgement method.</summary>
    public static string Method(CliOutput o, JudgementMethod method) => method == JudgementMethod.Rounded
        ? o.T("修约值比较法", "rounded value comparison")
        : o.T("全数值比较法", "absolute value comparison");

    /// <summary>Decision rule with its guard band.</summary>
    public static string Rule(CliOutput o, DecisionRule rule) => rule.Kind switch
    {
        DecisionRuleKind.GuardBand => o.T($"保护带（w = {rule.GuardBandFactor}·U）", $"guard band (w = {rule.GuardBandFactor}·U)"),
        DecisionRuleKind.NonBinary => o.T($"非二元（w = {rule.GuardBandFactor}·U）", $"non-binary (w = {rule.GuardBandFactor}·U)"),
        _ => o.T("简单接受（w = 0）", "simple acceptance (w = 0)"),
    };
}
