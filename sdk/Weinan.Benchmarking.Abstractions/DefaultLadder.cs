namespace Weinan.Benchmarking.Abstractions;

/// <summary>
/// The default level ladder (architecture §3). The official 对标达标 result vocabulary could not be confirmed, so
/// this is data: a catalog or the assessment options may replace it.
/// </summary>
public static class DefaultLadder
{
    /// <summary>Rung id: 国际领先.</summary>
    public const string InternationalLeading = "international-leading";

    /// <summary>Rung id: 国际先进.</summary>
    public const string InternationalAdvanced = "international-advanced";

    /// <summary>Rung id: 国内领先.</summary>
    public const string DomesticLeading = "domestic-leading";

    /// <summary>Rung id: 达标.</summary>
    public const string Compliant = "compliant";

    /// <summary>Rung id: 未达标.</summary>
    public const string NonCompliant = "non-compliant";

    private static readonly StandardTier[] International = [StandardTier.International, StandardTier.ForeignAdvanced];

    /// <summary>
    /// 国际领先 (国际先进, and each key indicator meets the strictest reference of any tier and any class of its product
    /// family by more than its uncertainty) · 国际先进 (meets every international / foreign-advanced requirement of its
    /// class on key indicators; no evaluated indicator fails one) · 国内领先 (meets the highest national or industry grade
    /// of its family, where that grade is above the mandatory one, on key indicators) · 达标 (meets every mandatory
    /// requirement, the standard it declares and its label claims) · 未达标. The two international rungs need at least
    /// self-tested evidence: declared-only values cannot earn them.
    /// </summary>
    public static LevelLadder Instance { get; } = new()
    {
        Id = "default-2",
        Name = new("默认水平阶梯", "Default level ladder"),
        Rungs =
        [
            new LevelRung
            {
                Id = InternationalLeading, Name = new("国际领先", "International leading"), Test = RungTest.MeetsStrictest,
                KeyIndicatorsOnly = true, MinimumEvidence = EvidenceGrade.SelfTested, Requires = [InternationalAdvanced],
            },
            new LevelRung
            {
                Id = InternationalAdvanced, Name = new("国际先进", "International advanced"), Test = RungTest.MeetsAll,
                Tiers = International, KeyIndicatorsOnly = true, MinimumEvidence = EvidenceGrade.SelfTested,
            },
            new LevelRung
            {
                Id = DomesticLeading, Name = new("国内领先", "Domestic leading"), Test = RungTest.MeetsTopGrade,
                Tiers = [StandardTier.National, StandardTier.Industry], KeyIndicatorsOnly = true,
            },
            new LevelRung { Id = Compliant, Name = new("达标", "Compliant"), Test = RungTest.MeetsMandatory },
            new LevelRung { Id = NonCompliant, Name = new("未达标", "Non-compliant"), Test = RungTest.Always, Failing = true },
        ],
    };
}
