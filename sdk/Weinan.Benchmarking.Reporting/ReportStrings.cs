using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Reporting;

/// <summary>
/// The bilingual string table of the reports: every label a template prints, keyed in snake_case
/// (templates read them as <c>l.key</c>), plus the names of the enumerations in the result model.
/// </summary>
public static class ReportStrings
{
    private static readonly (string Key, string Zh, string En)[] Table =
    [
        ("title", "对标达标分析报告", "Benchmarking gap-analysis report"),
        ("subtitle", "产品技术指标与国家、行业、国际及国外先进标准的对标结果", "Product indicators benchmarked against national, industry, international and foreign advanced standards"),
        ("enterprise", "企业名称", "Enterprise"),
        ("credit_code", "统一社会信用代码", "Unified social credit code"),
        ("county", "所在区县", "County"),
        ("cluster", "产业集群", "Industry cluster"),
        ("product", "产品名称", "Product"),
        ("category", "产品类别", "Category"),
        ("product_class", "产品分类", "Product class"),
        ("assessment_date", "评价日期", "Assessment date"),
        ("submission", "申报编号", "Submission"),
        ("sector", "行业", "Sector"),
        ("enterprise_standard", "企业标准", "Enterprise standard"),
        ("catalogs", "指标目录", "Catalogs"),
        ("overall_level", "总体水平", "Overall level"),
        ("why_not_higher", "未达到更高水平的原因", "Why not higher"),
        ("colon", "：", ": "),
        ("aside_open", "（", " ("),
        ("aside_close", "）", ")"),
        ("not_given", "—", "—"),
        ("summary", "概要", "Summary"),
        ("indicators_assessed", "评价指标", "Indicators assessed"),
        ("indicators_failing", "不符合强制或明示要求的指标", "Failing a binding requirement"),
        ("gaps_count", "待提升项", "Gaps to close"),
        ("not_evaluated_count", "未评价项", "Not evaluated"),
        ("section_ladder", "水平阶梯", "Level ladder"),
        ("ladder_caption", "本产品在各级水平上的位置；每级下方为达到该级的指标数。", "Where the product stands on each rung; below each rung, the number of indicators that reach it."),
        ("this_product", "本产品", "This product"),
        ("indicators_reaching", "达到该级的指标", "Indicators reaching it"),
        ("indicators_short", "项指标", "indicators"),
        ("section_indicators", "指标测定结果与判定", "Measured indicators and verdicts"),
        ("indicators_caption", "图中竖线为测定值，横条为各标准限值的合格区间（颜色越深越严格）。", "The vertical line is the measured value; each bar is the passing region of one reference limit (darker = stricter)."),
        ("indicator", "指标", "Indicator"),
        ("key_indicator", "核心指标", "Key indicator"),
        ("measured", "测定值", "Measured"),
        ("uncertainty", "扩展不确定度", "Expanded uncertainty"),
        ("unit", "单位", "Unit"),
        ("evidence", "证据等级", "Evidence"),
        ("derived", "派生指标", "Derived"),
        ("rung_reached", "达到水平", "Rung reached"),
        ("best_met", "满足的最严要求", "Strictest requirement met"),
        ("capped_by", "因证据等级受限", "Capped by evidence"),
        ("standard", "标准", "Standard"),
        ("clause", "条款", "Clause"),
        ("grade", "等级/类别", "Grade/class"),
        ("limit", "限值", "Limit"),
        ("compared_value", "比较值", "Compared value"),
        ("method", "判定方法", "Method"),
        ("verdict", "判定", "Verdict"),
        ("note", "说明", "Note"),
        ("grade_scale", "等级标尺", "Grade scale"),
        ("no_chart", "该指标为定性指标，无图示。", "Categorical indicator: no chart."),
        ("value_not_plotted", "测定值无法在图中标示", "The measured value cannot be plotted"),
        ("section_comparisons", "标准限值对比", "Standards comparison"),
        ("comparisons_caption", "企业标准或国家标准限值与国际、国外先进标准限值的对比（按指标方向判定严于、等于或宽于）。", "Enterprise or national limits against international and foreign advanced limits (stricter, equal or looser by the indicator's direction)."),
        ("subject", "对比对象", "Subject"),
        ("reference", "参照标准", "Reference"),
        ("outcome", "对比结果", "Outcome"),
        ("no_comparisons", "无限值对比。", "No limit comparisons."),
        ("section_gaps", "提升清单", "Improvement list"),
        ("gaps_caption", "按优先级排序：不符合强制性要求、明示标准或标示值的项优先，其次是未达到参照要求的项，最后是证据等级不足的项；同类中核心指标优先，再按差距大小。",
            "Ranked: failures of mandatory, declared-standard or label requirements first, then references not reached, then evidence shortfalls; key indicators first within each, then by size of gap."),
        ("must_correct", "须整改", "must correct"),
        ("margin", "余量", "margin"),
        ("test_method", "检测方法", "Test method"),
        ("report_number", "报告编号", "Report no."),
        ("declared_value", "标示值", "Declared"),
        ("submitted_unit", "提交单位", "Submitted in"),
        ("skipped_rungs", "不适用的水平级", "Rungs without requirements for this product"),
        ("priority", "优先级", "Priority"),
        ("current_rung", "当前水平", "Current rung"),
        ("next_rung", "目标水平", "Next rung"),
        ("required", "需达到", "Value needed"),
        ("absolute_gap", "绝对差距", "Absolute gap"),
        ("relative_gap", "相对差距", "Relative gap"),
        ("deciding_limit", "决定性限值", "Deciding limit"),
        ("no_gaps", "无待提升项。", "No gaps to close."),
        ("section_not_evaluated", "未评价项目及原因", "Not evaluated, and why"),
        ("kind", "类型", "Kind"),
        ("reason", "原因", "Reason"),
        ("none_not_evaluated", "所有适用指标均已评价。", "Every applicable indicator was evaluated."),
        ("section_rules", "评价规则", "Rules applied"),
        ("default_method", "默认判定方法", "Default judgement method"),
        ("decision_rule", "判定规则", "Decision rule"),
        ("guard_band", "保护带", "Guard band"),
        ("rounding", "修约规则", "Rounding rule"),
        ("below_detection", "低于检出限的处理", "Below the detection limit"),
        ("ladder", "水平阶梯", "Ladder"),
        ("target_rung", "目标水平", "Target rung"),
        ("schema_version", "结果格式版本", "Result format version"),
        ("section_standards", "采用的标准版本", "Standard editions applied"),
        ("title_col", "名称", "Title"),
        ("tier", "层级", "Tier"),
        ("force", "性质", "Force"),
        ("status", "状态", "Status"),
        ("superseded_by", "代替标准", "Superseded by"),
        ("section_provenance", "附录：限值来源", "Appendix: provenance of every limit"),
        ("provenance_caption", "每一限值的标准、条款与可信度，按指标分组；[n] 指下列来源及说明。标有“未确认”的数值未在原始来源中核实，使用前应复核。",
            "Standard, clause and confidence of every limit, by indicator; [n] cites the sources and notes listed below. Values marked “unconfirmed” were not verified in a primary source; re-check them before relying on them."),
        ("section_conversions", "换算系数", "Conversion factors"),
        ("conversions_caption", "评价所用的目录换算系数（换算后数值 = 原数值 × 系数），用于判定数值、比较限值或以指标单位显示数值；[n] 指下列来源及说明。内置单位之间的换算按定义精确，不列出。",
            "The catalog's conversion factors the assessment applied (converted value = value × factor) to judge values, compare limits or show values in the indicator's unit; [n] cites the sources and notes listed below. Conversions between built-in units are exact by definition and not listed."),
        ("section_test_methods", "检测方法", "Test methods"),
        ("test_methods_caption", "评价所依据的目录检测方法记录：报告为未检出而未给出检出限的数值，取其方法的检出限；按目录声明的等效方法判定的数值，依据该声明。[n] 指下列来源及说明。",
            "The catalog's test-method records the assessment relied on: a value reported below detection without a detection limit takes its method's; a value judged by a method the catalog declares equivalent relies on that declaration. [n] cites the sources and notes listed below."),
        ("detection_limit", "检出限", "Detection limit"),
        ("equivalent_methods", "等效方法", "Equivalent methods"),
        ("conversion", "换算", "Conversion"),
        ("factor", "系数", "Factor"),
        ("applies_to", "适用指标", "Applies to"),
        ("confidence", "可信度", "Confidence"),
        ("unconfirmed", "未确认", "Unconfirmed"),
        ("source", "来源", "Source"),
        ("requirement_id", "要求编号", "Requirement id"),
        ("footnotes", "注", "Notes"),
        ("unconfirmed_footnote", "该限值未经原始来源确认。", "This limit is not confirmed by a primary source."),
        ("section_issues", "输入问题", "Input issues"),
        ("code", "代码", "Code"),
        ("severity", "严重程度", "Severity"),
        ("path", "位置", "Path"),
        ("message", "内容", "Message"),
        ("generated_by", "由 Weinan.Benchmarking 生成", "Generated by Weinan.Benchmarking"),
        ("page", "页", "Page"),
        ("yes", "是", "yes"),
        ("no", "否", "no"),
    ];

    /// <summary>Every label for a language, keyed in snake_case.</summary>
    public static IReadOnlyDictionary<string, string> Labels(string language)
    {
        var english = IsEnglish(language);
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, zh, en) in Table)
        {
            labels[key] = english ? en : zh;
        }

        return labels;
    }

    internal static bool IsEnglish(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    internal static string Pick(string language, string zh, string en) => IsEnglish(language) ? en : zh;

    /// <summary>A vocabulary word as a table cell: sentence case in English.</summary>
    internal static string Cell(LocalizedText text, string language)
    {
        var word = text.For(language);
        return IsEnglish(language) && word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }

    internal static string Verdict(Verdict verdict, string language) => Cell(Vocabulary.Verdict(verdict), language);

    internal static string Outcome(ComparisonOutcome outcome, string language) => Cell(Vocabulary.Outcome(outcome), language);

    internal static string Tier(StandardTier tier, string language) => Cell(Vocabulary.Tier(tier), language);

    internal static string Force(StandardForce force, string language) => Cell(Vocabulary.Force(force), language);

    internal static string Status(EditionStatus status, string language) => Cell(Vocabulary.Status(status), language);

    internal static string Confidence(Confidence confidence, string language) => Cell(Vocabulary.Confidence(confidence), language);

    internal static string Evidence(EvidenceGrade evidence, string language) => Cell(Vocabulary.Evidence(evidence), language);

    internal static string Method(JudgementMethod method, string language) => Cell(Vocabulary.Method(method), language);

    internal static string MethodSource(string source, string language) => source switch
    {
        "requirement" => Pick(language, "标准规定", "stated by the standard"),
        "options" => Pick(language, "评价默认", "assessment default"),
        _ => source,
    };

    internal static string DecisionRule(DecisionRule rule, string language) => Cell(Vocabulary.DecisionRule(rule), language);

    internal static string GuardBand(DecisionRule rule, string language) => rule.Kind == DecisionRuleKind.SimpleAcceptance
        ? Pick(language, "无（w = 0）", "none (w = 0)")
        : $"w = {rule.GuardBandFactor}·U";

    internal static string NotEvaluatedKind(NotEvaluatedKind kind, string language) => Cell(Vocabulary.NotEvaluated(kind), language);

    internal static string Severity(Severity severity, string language) => Cell(Vocabulary.Severity(severity), language);
}
