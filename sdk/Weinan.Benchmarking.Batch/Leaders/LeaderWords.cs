using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Leaders;

/// <summary>The notes of a ranked standard in both languages: why it is not a 领跑者 candidate, and what to know about it.</summary>
public static class LeaderWords
{
    /// <summary>A note, naming the indicators or the products concerned.</summary>
    public static LocalizedText Note(LeaderNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var zh = string.Join("、", note.Indicators.Select(i => i.Zh));
        var en = string.Join(", ", note.Indicators.Select(i => i.En));
        var n = note.Count;
        return note.Kind switch
        {
            LeaderNoteKind.OwnStandardNotMet => new($"{n} 个产品不符合该企业标准", $"{n} product(s) do not meet the standard itself"),
            LeaderNoteKind.BindingRequirementNotMet => new($"{n} 个产品不符合强制性要求或所声明的其他标准",
                $"{n} product(s) fail a mandatory requirement or another standard they declare"),
            LeaderNoteKind.ConformityNotShown => new($"{n} 个产品的符合性未能确定（约束性要求未评价或无法判定）",
                $"the conformity of {n} product(s) is not established (a binding requirement not evaluated or not decided)"),
            LeaderNoteKind.Incomplete => new($"未限定参照指标：{zh}", $"reference indicators not limited: {en}"),
            LeaderNoteKind.BelowNationalFloor => new($"限值宽于国家/行业标准：{zh}", $"limits looser than a national or industry standard: {en}"),
            LeaderNoteKind.NotAboveNational when note.Indicators.Count == 0 => new("没有严于国家/行业标准的限值", "no limit stricter than the national and industry standards"),
            LeaderNoteKind.NotAboveNational => new($"限值未严于国家/行业标准：{zh}", $"limits not stricter than the national and industry standards: {en}"),
            LeaderNoteKind.KeyBelowInternational => new($"核心指标的限值未证明达到国际/国外先进标准：{zh}",
                $"key indicators whose limits are not shown to reach the international and foreign advanced standards: {en}"),
            LeaderNoteKind.NotComparable => new($"限值与参照标准不能直接比较，不计为严于：{zh}",
                $"limits that cannot be compared with a reference, not counted as stricter: {en}"),
            LeaderNoteKind.LimitsDiffer => new($"声明该标准的 {n} 个产品给出的限值不同，按首先读到的产品排名",
                $"the {n} products declaring it give different limits; ranked on the first product read"),
            _ => new("本品种没有参照指标", "the variety has no reference indicator"),
        };
    }
}
