using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Leaders;

/// <summary>The score of an enterprise standard and the formula, worded from the criteria, that every list prints.</summary>
public static class LeaderFormula
{
    /// <summary>
    /// The score: 100 × Σ weight × share, rounded half to even to 0.01 (GB/T 8170). Worked out as one division over
    /// the common denominator of the shares, so a score exactly halfway between two hundredths rounds as it should; a
    /// share of nothing (<see cref="Share.Of"/> 0) adds nothing.
    /// </summary>
    public static decimal Score(IReadOnlyList<(decimal Weight, Share Share)> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var denominator = 1m;
        foreach (var (_, share) in terms)
        {
            denominator *= share.Of > 0 ? share.Of : 1;
        }

        var numerator = 0m;
        foreach (var (weight, share) in terms)
        {
            if (share.Of > 0)
            {
                numerator += weight * share.Count * (denominator / share.Of);
            }
        }

        return decimal.Round(100m * numerator / denominator, 2, MidpointRounding.ToEven);
    }

    /// <summary>The formula, line by line, in both languages.</summary>
    public static IReadOnlyList<LocalizedText> Lines(LeaderCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var lines = new List<LocalizedText>
        {
            new("参照指标：本品种（产品类别）适用、不附条件的国家/行业标准或国际/国外先进标准所限定的可量化、可分级指标；定性指标属基础要求，只核查是否满足。",
                "Reference indicators: the quantified and graded indicators that national or industry standards, or international or foreign advanced standards, limit for the variety (product class) without a condition; qualitative indicators are basic requirements, only checked as met."),
            new("覆盖率 C = 企业标准限定的参照指标数 ÷ 参照指标数",
                "Coverage C = reference indicators the enterprise standard limits ÷ reference indicators"),
            new("严于国家/行业 N = 严于该指标全部国家/行业标准限值的限值数 ÷ 有国家/行业标准参照的限值数",
                "Stricter than national N = limits stricter than every national and industry limit of their indicator ÷ limits of indicators with a national or industry reference"),
            new("严于国际 I = 严于该指标全部国际/国外先进标准限值的限值数 ÷ 有国际/国外先进标准参照的限值数",
                "Stricter than international I = limits stricter than every international and foreign advanced limit of their indicator ÷ limits of indicators with such a reference"),
            new("限值先换算单位和基准再比较；不能直接比较的限值不计为严于。",
                "Limits are compared after converting units and bases; a limit that cannot be compared is not counted as stricter."),
            new($"得分 = 100 × ({D(criteria.CoverageWeight)} × C + {D(criteria.NationalWeight)} × N + {D(criteria.InternationalWeight)} × I)，按 GB/T 8170 修约至 0.01；品种没有某一级参照时，该级权重并入另一级；得分相同者名次相同（排名不分先后）。",
                $"Score = 100 × ({D(criteria.CoverageWeight)} × C + {D(criteria.NationalWeight)} × N + {D(criteria.InternationalWeight)} × I), rounded half to even to 0.01 (GB/T 8170); where a variety has no reference of one level, that level's weight goes to the other; equal scores share a rank."),
        };

        var zh = new List<string> { "声明该标准的产品全部达标（满足强制性要求和该企业标准本身）" };
        var en = new List<string> { "every product declaring the standard is compliant (meets the mandatory requirements and the standard itself)" };
        if (criteria.MinCoverage > 0m)
        {
            zh.Add($"C ≥ {Threshold(criteria.MinCoverage)}");
            en.Add($"C ≥ {Threshold(criteria.MinCoverage)}");
        }

        zh.Add("没有宽于国家/行业标准的限值");
        en.Add("no limit looser than a national or industry standard");
        if (criteria.MinNational > 0m)
        {
            zh.Add($"N ≥ {Threshold(criteria.MinNational)}");
            en.Add($"N ≥ {Threshold(criteria.MinNational)}");
        }

        if (criteria.KeyIndicatorsAtInternationalLevel)
        {
            zh.Add("核心指标的限值不宽于国际/国外先进标准");
            en.Add("the limits of key indicators are at least as strict as the international and foreign advanced standards");
        }

        lines.Add(new($"领跑者候选：{string.Join("；", zh)}。", $"Top-runner candidate: {string.Join("; ", en)}."));
        return lines;
    }

    /// <summary>A share as a percentage to 0.1 (half to even), e.g. <c>86.7%</c>.</summary>
    public static string Percent(Share share)
    {
        ArgumentNullException.ThrowIfNull(share);
        return share.Of == 0 ? "—" : P(share.Value);
    }

    private static string P(decimal fraction) =>
        decimal.Round(100m * fraction, 1, MidpointRounding.ToEven).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Threshold(decimal fraction) => D(100m * fraction) + "%";

    private static string D(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
