using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Leaders;

/// <summary>The issues of a leader ranking, worded in both languages.</summary>
internal static class LeaderIssues
{
    public static Issue UnknownCategory(string category, IReadOnlyCollection<string> present) => new()
    {
        Code = IssueCodes.LeaderCategory,
        Path = "category",
        Message = present.Count == 0
            ? new($"品类“{category}”不在输入中：输入中没有注明品类的产品。", $"Category '{category}' is not in the input: no product in it names a category.")
            : new($"品类“{category}”不在输入中；输入中的品类：{string.Join("、", present)}。",
                $"Category '{category}' is not in the input; the categories present: {string.Join(", ", present)}."),
    };

    public static Issue NoProductInPeriod(string category, string period, IReadOnlyCollection<string> present) => new()
    {
        Code = IssueCodes.LeaderPeriod,
        Path = "period",
        Message = present.Count == 0
            ? new($"品类“{category}”在报告期 {period} 中没有产品；该品类的产品都未注明报告期。",
                $"Category '{category}' has no product in period {period}; none of its products names a period.")
            : new($"品类“{category}”在报告期 {period} 中没有产品；该品类的报告期：{string.Join("、", present)}。",
                $"Category '{category}' has no product in period {period}; its periods: {string.Join(", ", present)}."),
    };

    public static Issue LimitsDiffer(Enterprise enterprise, string code, int products) => new()
    {
        Code = IssueCodes.LeaderLimitsDiffer,
        Severity = Severity.Warning,
        Path = "enterpriseStandard.limits",
        Message = new($"{enterprise.Name} 的 {code}：声明该标准的 {products} 个产品给出的限值不同，按首先读到的产品的限值排名。",
            $"{code} of {enterprise.Name}: the {products} products declaring it give different limits; it is ranked on those of the first product read."),
    };

    public static Issue FewReferences(LocalizedText variety, int count) => new()
    {
        Code = IssueCodes.LeaderFewReferences,
        Severity = Severity.Warning,
        Path = "productClass",
        Message = new($"品种“{variety.Zh}”只有 {count} 个参照指标；评价方案原则上至少有 3 个可量化分级的核心指标。",
            $"Variety '{variety.En}' has only {count} reference indicators; an evaluation scheme has in principle at least 3 quantified, graded core indicators."),
    };
}
