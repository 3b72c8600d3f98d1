using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Summary;

/// <summary>The words of the summary workbook and the dashboard, in zh-CN and English.</summary>
internal static class SummaryText
{
    public static readonly LocalizedText Overview = new("概览", "Overview");
    public static readonly LocalizedText BySector = new("按行业", "By sector");
    public static readonly LocalizedText ByCounty = new("按区县", "By county");
    public static readonly LocalizedText ByCluster = new("按产业集群", "By industry cluster");
    public static readonly LocalizedText ByLevel = new("按等级", "By level");
    public static readonly LocalizedText CommonGaps = new("常见差距", "Most common gaps");
    public static readonly LocalizedText RejectedSheet = new("拒收", "Rejected");

    public static readonly LocalizedText Item = new("项目", "Item");
    public static readonly LocalizedText Value = new("内容", "Value");
    public static readonly LocalizedText Sector = new("行业", "Sector");
    public static readonly LocalizedText County = new("区县", "County or district");
    public static readonly LocalizedText Cluster = new("产业集群", "Industry cluster");
    public static readonly LocalizedText Assessed = new("已评价", "Assessed");
    public static readonly LocalizedText Ladder = new("等级体系", "Ladder");
    public static readonly LocalizedText Level = new("等级", "Level");
    public static readonly LocalizedText Count = new("数量", "Count");
    public static readonly LocalizedText Share = new("占比（%）", "Share (%)");
    public static readonly LocalizedText Indicator = new("指标", "Indicator");
    public static readonly LocalizedText Requirement = new("要求", "Requirement");
    public static readonly LocalizedText Standard = new("标准", "Standard");
    public static readonly LocalizedText NextRung = new("目标等级", "Next rung");
    public static readonly LocalizedText Times = new("次数", "Count");
    public static readonly LocalizedText File = new("文件", "File");
    public static readonly LocalizedText Row = new("行", "Row");
    public static readonly LocalizedText Column = new("列", "Column");
    public static readonly LocalizedText Field = new("字段", "Field");
    public static readonly LocalizedText Code = new("代码", "Code");
    public static readonly LocalizedText Severity = new("严重程度", "Severity");
    public static readonly LocalizedText Reason = new("原因", "Reason");

    public static readonly LocalizedText Read = new("读取行数", "Rows read");
    public static readonly LocalizedText RejectedRows = new("拒收行数", "Rows rejected");
    public static readonly LocalizedText AssessedRows = new("已评价行数", "Rows assessed");
    public static readonly LocalizedText Reconciled = new("读取 = 已评价 + 拒收", "Read = assessed + rejected");
    public static readonly LocalizedText Yes = new("是", "yes");
    public static readonly LocalizedText No = new("否（不一致）", "no (they do not reconcile)");
    public static readonly LocalizedText Blank = new("空行（已跳过）", "Blank rows (skipped)");
    public static readonly LocalizedText Periods = new("报告期", "Reporting periods");
    public static readonly LocalizedText Date = new("评价日期", "Assessment date");
    public static readonly LocalizedText Catalog = new("目录及版本", "Catalog and version");
    public static readonly LocalizedText Rules = new("评价规则", "Rules");
    public static readonly LocalizedText Elapsed = new("用时（秒）", "Time taken (s)");
    public static readonly LocalizedText Notes = new("说明", "Note");
    public static readonly LocalizedText Missing = new("（未填写）", "(not given)");
    public static readonly LocalizedText Total = new("合计", "Total");
    public static readonly LocalizedText None = new("（无）", "(none)");
    public static readonly LocalizedText EnterpriseStandard = new("企业标准", "enterprise standard");
    public static readonly LocalizedText EnterpriseLimit = new("企业标准限值", "the enterprise standard's limit");

    public static readonly LocalizedText DashboardTitle = new("对标达标批量评价看板", "Benchmarking batch dashboard");
    public static readonly LocalizedText LevelsBySector = new("各行业等级分布", "Levels by sector");
    public static readonly LocalizedText LevelsByCounty = new("各区县等级分布", "Levels by county or district");
    public static readonly LocalizedText KeyIndicators = new("各产业集群核心指标分布", "Key indicators by industry cluster");
    public static readonly LocalizedText Distribution = new("分布", "Distribution");
    public static readonly LocalizedText Median = new("中位数", "Median");
    public static readonly LocalizedText Limits = new("国家及国际限值", "National and international limits");
    public static readonly LocalizedText Values = new("数值", "Values");
    public static readonly LocalizedText NoValues = new("无可计数值", "no values to count");
    public static readonly LocalizedText NoLevels = new("没有已评价的行。", "No rows were assessed.");
    public static readonly LocalizedText NoSamples = new("没有可统计的核心指标数值。", "No values of key indicators to show.");
    public static readonly LocalizedText BandLegend = new(
        "浅色带为 P10–P90，深色带为 P25–P75，竖线为中位数；红色虚线为国家标准限值，蓝色虚线为国际及国外先进标准限值。低于检出限的值（如 <0.01）按检出限计。",
        "The light band spans P10–P90, the dark band P25–P75, the bar marks the median; red dashed lines are national limits, blue dashed lines international and foreign-advanced ones. Values below a detection limit (such as <0.01) count at the limit.");

    public static LocalizedText Sampled(int size) => new($"由 {N(size)} 个样本估算", $"estimated from a sample of {N(size)}");

    public static LocalizedText ValuesCounted(long n) => new($"{N(n)} 个值", $"{N(n)} values");

    public static LocalizedText BelowDetection(long n) => new($"其中 {N(n)} 个低于检出限", $"{N(n)} below a detection limit");

    public static LocalizedText NotQuantified(long n) => new($"{N(n)} 个非数值未计入", $"{N(n)} not numbers, left out");

    public static LocalizedText Summary(BatchTotals t) => new(
        $"读取 {N(t.Read)} 行 = 已评价 {N(t.Assessed)} + 拒收 {N(t.Rejected)}（空行 {N(t.BlankRows)} 已跳过）",
        $"{N(t.Read)} rows read = {N(t.Assessed)} assessed + {N(t.Rejected)} rejected ({N(t.BlankRows)} blank skipped)");

    public static LocalizedText GroupsNotDrawn(int drawn, int all) => new($"只绘出行数最多的 {N(drawn)} 个（共 {N(all)} 个）。", $"Only the {N(drawn)} with the most rows are drawn (of {N(all)}).");

    public static LocalizedText GapsShown(int shown) => new($"出现次数最多的 {N(shown)} 种差距；完整列表见 summary.xlsx。", $"The {N(shown)} most frequent gaps; summary.xlsx lists them all.");

    public static LocalizedText ClustersNotSampled(int limit, long rows) => new(
        $"只统计前 {N(limit)} 个产业集群的数值，另有 {N(rows)} 行未计入。", $"Values are counted for the first {N(limit)} clusters only; {N(rows)} more rows are not.");

    public static LocalizedText CountedShare(LocalizedText level) => new($"{level.Zh}占比（%）", $"{level.En} share (%)");

    public static LocalizedText Other(int limit) => new($"其他（超出前 {N(limit)} 个之外）", $"Other (beyond the first {N(limit)})");

    public static LocalizedText RowsAssessedIn(long rows) => new($"已评价 {N(rows)} 行", $"{N(rows)} rows assessed");

    public static LocalizedText RulesText(LocalizedText ladder, LocalizedText target, AppliedRules rules) => new(
        $"等级体系：{ladder.Zh}；目标等级：{target.Zh}；判定方法：{Vocabulary.Method(rules.DefaultMethod).Zh}；判定规则：{Vocabulary.DecisionRule(rules.DecisionRule).Zh}",
        $"ladder: {ladder.En}; target: {target.En}; method: {Vocabulary.Method(rules.DefaultMethod).En}; decision rule: {Vocabulary.DecisionRule(rules.DecisionRule).En}");

    public static LocalizedText RejectedCapped(int listed, long notListed) => new(
        $"拒收工作表只列出前 {N(listed)} 条问题，其余 {N(notListed)} 条见 rejected.csv。",
        $"The rejected sheet lists the first {N(listed)} issues; the other {N(notListed)} are in rejected.csv.");

    public static LocalizedText GroupsCapped(LocalizedText what, int limit) => new(
        $"{what.Zh}超过 {N(limit)} 个，其余合并为“其他”。", $"More than {N(limit)} values of {what.En.ToLowerInvariant()}; the rest are counted as Other.");

    public static LocalizedText GapsCapped(int limit, long rows) => new(
        $"不同的差距超过 {N(limit)} 种，另有 {N(rows)} 次未列出。", $"More than {N(limit)} distinct gaps; {N(rows)} more are not listed.");

    public static LocalizedText EvidenceAtLeast(EvidenceGrade grade) =>
        new($"证据等级 ≥ {Vocabulary.Evidence(grade).Zh}", $"evidence ≥ {Vocabulary.Evidence(grade).En}");

    public static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
