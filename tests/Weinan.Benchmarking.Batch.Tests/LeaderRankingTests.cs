using Weinan.Benchmarking.Batch.Leaders;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Batch.Tests.Support;
using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>
/// The 领跑者 ranking over the hand-made dataset <c>samples/batch/leaders-apparel.jsonl</c>: six enterprises making
/// apparel in direct skin contact (textiles, class B / II), ranked against the Textiles catalog on 2026-11-27.
/// </summary>
/// <remarks>
/// The 15 reference indicators of the variety and their references (GB 18401-2010 class B; OEKO-TEX STANDARD 100
/// class II), in catalog order:
/// <code>
///  #  indicator (key*)        national   international
///  1  formaldehyde*  mg/kg    ≤ 75       ≤ 75
///  2  pH*                     4.0 ~ 8.5  4.0 ~ 7.5
///  3  fastness to water       ≥ 3        ≥ 3
///  4  acid perspiration       ≥ 3        ≥ 3-4
///  5  alkaline perspiration   ≥ 3        ≥ 3-4
///  6  dry rubbing             ≥ 3        ≥ 4
///  7–15 extractable Pb, Cd, Ni, Cu, Co, Cr, As, Hg, Sb (mg/kg): international only,
///       ≤ 1.0, 0.1, 1.0, 50.0, 4.0, 2.0, 1.0, 0.02, 30.0
/// </code>
/// Odour and banned azo amines are categorical (basic requirements, not ranked); saliva fastness is exempt for class B;
/// wet rubbing and the GB 31701 limits apply to infants only. S = stricter, E = equal, L = looser, X = not comparable.
/// Score = 100 × (0.5 C + 0.25 N + 0.25 I), half to even to 0.01.
/// <code>
/// Q/WNXY 0003-2025 (two products): as Q/QXFS 0001-2026 below but Hg ≤ 0.01 (S): C 15/15, N 6/6, I 13/15
///   → 100 × (0.5 + 0.25 + 0.25 × 13/15) = 96.666… → 96.67, rank 1, candidate
/// Q/QXFS 0001-2026: HCHO ≤ 30 S/S; pH 5.0~7.0 S/S (nested); water ≥ 4 S/S; acid ≥ 4 S/S; alkaline ≥ 4 S/S;
///   dry ≥ 4 S/E; Pb 0.5 S, Cd 0.05 S, Ni 0.5 S, Cu 25 S, Co 2.0 S, Cr 1.0 S, As 0.5 S, Hg 0.02 E, Sb 30.0 E
///   → C 15/15, N 6/6, I 12/15 → 100 × (0.5 + 0.25 + 0.2) = 95.00, rank 2, candidate
/// Q/PCFZ 0001-2026: HCHO ≤ 30 S/S; pH 4.5~7.5 S/S; water ≥ 3-4 S/S; acid ≥ 3-4 S/E; alkaline ≥ 4 S/S; dry ≥ 4-5 S/S;
///   Pb 0.5 S, Cd 0.1 E, Ni 0.5 S, Cu 25 S, Co 2.0 S, Cr 1.0 S, As 0.5 S, Hg 0.01 S, Sb 30.0 E
///   → C 15/15, N 6/6, I 12/15 → 95.00, rank 2 (tie; listed first: "Q/PCFZ" &lt; "Q/QXFS"); its product measures
///   formaldehyde 35 mg/kg against its own ≤ 30, so not a candidate
/// Q/DLMF 0002-2026: as Q/QXFS but HCHO ≤ 100 L/L (below the floor): C 15/15, N 5/6, I 11/15
///   → 100 × (0.5 + 0.25 × 5/6 + 0.25 × 11/15) = 89.166… → 89.17, rank 4
/// Q/HYFZ 0002-2026: no As, Hg, Sb. HCHO ≤ 20 S/S; pH 4.5~7.5 S/S; water ≥ 3-4 S/S; acid ≥ 3-4 S/E; alkaline ≥ 3-4
///   S/E; dry ≥ 3-4 S/L; Pb 1.0, Cd 0.1, Ni 1.0, Cu 50.0, Co 4.0, Cr 2.0 all E
///   → C 12/15, N 6/6, I 3/12 → 100 × (0.4 + 0.25 + 0.0625) = 71.25, rank 5
/// Q/HCXM 0001-2026: HCHO ≤ 50 S/S; pH 3.5~7.0 X/X (the ranges overlap partially); water ≥ 3-4 S/S; acid, alkaline,
///   dry ≥ 3 E/L; Pb 0.8 S; Cd 0.1 E
///   → C 8/15, N 2/6, I 3/8 → 100 × (4/15 + 1/12 + 3/32) = 44.375 exactly → 44.38 (half to even), rank 6
/// </code>
/// The file also holds a 2025 product (Q/QXFS 0001-2024), an apparel product without an enterprise standard and a
/// curtain (home textiles).
/// </remarks>
public class LeaderRankingTests
{
    private static readonly SectorCatalog Textiles = Catalogs.Resolve("textiles").Catalog!;

    private static string Dataset => Path.Combine(Catalogs.RepositoryRoot, "samples", "batch", "leaders-apparel.jsonl");

    private static List<Submission> Submissions() =>
        [.. SubmissionSources.Read([Dataset], Catalogs.Intake(), new BatchCounters()).Select(r => r.Parse().Submission!)];

    private static LeaderTable Rank(string? period = "2026", IEnumerable<Submission>? submissions = null, SectorCatalog? catalog = null,
        LeaderCriteria? criteria = null) =>
        LeaderRanking.Rank(submissions ?? Submissions(), catalog ?? Textiles, Catalogs.Options, "apparel", period, criteria);

    [Fact]
    public void Should_RankTheStandardsOfTheCategory_AsComputedByHand()
    {
        // When
        var table = Rank();

        // Then: one variety, its 15 reference indicators, six standards of six enterprises
        table.Issues.ShouldBeEmpty();
        var list = table.Lists.ShouldHaveSingleItem();
        list.ProductClass.ShouldBe("skin-contact");
        list.References.Select(r => r.Id).ShouldBe(
        [
            "formaldehyde", "ph", "fastness-water", "fastness-acid-perspiration", "fastness-alkaline-perspiration", "fastness-dry-rubbing",
            "extractable-pb", "extractable-cd", "extractable-ni", "extractable-cu", "extractable-co", "extractable-cr", "extractable-as",
            "extractable-hg", "extractable-sb",
        ]);
        list.References.Count(r => r.National.Count > 0).ShouldBe(6);
        list.References.ShouldAllBe(r => r.International.Count == 1);
        list.Entries.Select(e => (e.Rank, e.StandardCode, e.Coverage, e.National, e.International, e.Score, e.Candidate)).ShouldBe(
        [
            (1, "Q/WNXY 0003-2025", new Share(15, 15), new Share(6, 6), new Share(13, 15), 96.67m, true),
            (2, "Q/PCFZ 0001-2026", new Share(15, 15), new Share(6, 6), new Share(12, 15), 95.00m, false),
            (2, "Q/QXFS 0001-2026", new Share(15, 15), new Share(6, 6), new Share(12, 15), 95.00m, true),
            (4, "Q/DLMF 0002-2026", new Share(15, 15), new Share(5, 6), new Share(11, 15), 89.17m, false),
            (5, "Q/HYFZ 0002-2026", new Share(12, 15), new Share(6, 6), new Share(3, 12), 71.25m, false),
            (6, "Q/HCXM 0001-2026", new Share(8, 15), new Share(2, 6), new Share(3, 8), 44.38m, false),
        ]);
        list.Entries[5].Coverage.Value.ShouldBe(8m / 15m);
        table.Products.ShouldBe(8);
        table.WithoutEnterpriseStandard.ShouldBe(1);
        table.NotAssessed.ShouldBe(0);
    }

    [Fact]
    public void Should_CompareEachLimitWithEveryReferenceOfItsLevel()
    {
        // When
        var qxfs = Rank().Lists[0].Entries.Single(e => e.StandardCode == "Q/QXFS 0001-2026");

        // Then: dry rubbing ≥ 4 is stricter than GB's ≥ 3 and equal to OEKO-TEX's ≥ 4; mercury has no national reference
        var dry = qxfs.Indicators.Single(i => i.IndicatorId == "fastness-dry-rubbing");
        (dry.National, dry.International).ShouldBe((ComparisonOutcome.Stricter, ComparisonOutcome.Equal));
        var mercury = qxfs.Indicators.Single(i => i.IndicatorId == "extractable-hg");
        (mercury.National, mercury.International, mercury.Unit).ShouldBe((null, ComparisonOutcome.Equal, "mg/kg"));
        var ph = qxfs.Indicators.Single(i => i.IndicatorId == "ph");
        ph.Limit!.ToString().ShouldBe("5.0 ~ 7.0");
        qxfs.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void Should_ShareTheRankOfEqualScores_ListedByStandardCode_AndSkipThePlacesTaken()
    {
        // When
        var entries = Rank().Lists[0].Entries;

        // Then: 95.00 twice at rank 2, Q/PCFZ before Q/QXFS; the next standard is 4th
        entries.Where(e => e.Score == 95.00m).Select(e => (e.Rank, e.StandardCode)).ShouldBe([(2, "Q/PCFZ 0001-2026"), (2, "Q/QXFS 0001-2026")]);
        entries[3].Rank.ShouldBe(4);

        // And: the order does not depend on the order of the input
        var reversed = Rank(submissions: Enumerable.Reverse(Submissions())).Lists[0].Entries;
        reversed.Select(e => (e.Rank, e.StandardCode, e.Score)).ShouldBe(entries.Select(e => (e.Rank, e.StandardCode, e.Score)));
    }

    [Fact]
    public void Should_NotCountALimitThatCannotBeCompared_AsStricter()
    {
        // When: Q/HCXM's pH 3.5 ~ 7.0 overlaps GB 18401's 4.0 ~ 8.5 and OEKO-TEX's 4.0 ~ 7.5 without nesting
        var hcxm = Rank().Lists[0].Entries.Single(e => e.StandardCode == "Q/HCXM 0001-2026");

        // Then
        var ph = hcxm.Indicators.Single(i => i.IndicatorId == "ph");
        (ph.National, ph.International).ShouldBe((ComparisonOutcome.NotComparable, ComparisonOutcome.NotComparable));
        hcxm.National.ShouldBe(new Share(2, 6));
        var names = (LeaderNoteKind kind) => hcxm.Notes.Single(n => n.Kind == kind).Indicators.Select(i => i.Zh).ToList();
        names(LeaderNoteKind.NotComparable).ShouldBe(["pH 值"]);
        names(LeaderNoteKind.NotAboveNational).ShouldBe(["pH 值", "耐酸汗渍色牢度（变色、沾色）", "耐碱汗渍色牢度（变色、沾色）", "耐干摩擦色牢度"]);
        names(LeaderNoteKind.KeyBelowInternational).ShouldBe(["pH 值"]);
        hcxm.Notes.Single(n => n.Kind == LeaderNoteKind.NotComparable).Excludes.ShouldBeFalse();
        LeaderWords.Note(hcxm.Notes.Single(n => n.Kind == LeaderNoteKind.NotComparable)).Zh.ShouldBe("限值与参照标准不能直接比较，不计为严于：pH 值");
    }

    [Fact]
    public void Should_FlagACandidate_OnlyWhenEveryProductConforms_AndEveryLimitLeads()
    {
        // When
        var entries = Rank().Lists[0].Entries.ToDictionary(e => e.StandardCode);

        // Then: the product of Q/PCFZ fails its own standard (formaldehyde 35 against ≤ 30) though it meets GB 18401 (≤ 75)
        var pcfz = entries["Q/PCFZ 0001-2026"];
        (pcfz.Products, pcfz.CompliantProducts).ShouldBe((1, 0));
        pcfz.Notes.Select(n => (n.Kind, n.Count)).ShouldBe([(LeaderNoteKind.OwnStandardNotMet, 1)]);

        // And: Q/DLMF's formaldehyde ≤ 100 is below the floor of GB 18401 (≤ 75) — named once — and short of OEKO-TEX
        var dlmf = entries["Q/DLMF 0002-2026"];
        dlmf.Notes.Select(n => (n.Kind, string.Join(",", n.Indicators.Select(i => i.En)))).ShouldBe(
        [
            (LeaderNoteKind.BelowNationalFloor, "Formaldehyde content"),
            (LeaderNoteKind.KeyBelowInternational, "Formaldehyde content"),
        ]);
        (dlmf.Products, dlmf.CompliantProducts).ShouldBe((1, 1));

        // And: Q/HYFZ leaves arsenic, mercury and antimony unlimited
        entries["Q/HYFZ 0002-2026"].Notes.ShouldHaveSingleItem().Kind.ShouldBe(LeaderNoteKind.Incomplete);
        entries["Q/HYFZ 0002-2026"].Notes[0].Indicators.Select(i => i.En).ShouldBe(
            ["Extractable heavy metal: arsenic (As)", "Extractable heavy metal: mercury (Hg)", "Extractable heavy metal: antimony (Sb)"]);

        // And: the two candidates have no note at all
        entries.Values.Where(e => e.Candidate).Select(e => e.StandardCode).ShouldBe(["Q/WNXY 0003-2025", "Q/QXFS 0001-2026"]);
        entries.Values.Where(e => e.Candidate).ShouldAllBe(e => e.Notes.Count == 0);
    }

    [Fact]
    public void Should_RankAStandard_OncePerEnterprise_WhateverTheNumberOfProductsDeclaringIt()
    {
        // When
        var wnxy = Rank().Lists[0].Entries.Where(e => e.StandardCode == "Q/WNXY 0003-2025").ToList();

        // Then
        var entry = wnxy.ShouldHaveSingleItem();
        (entry.Products, entry.CompliantProducts).ShouldBe((2, 2));
        entry.Enterprise.Name.ShouldBe("渭南新阳纺织有限公司");
    }

    [Fact]
    public void Should_FailTheCandidate_WhenOneOfItsProductsFailsAMandatoryRequirement()
    {
        // Given: the second product of Q/WNXY measures formaldehyde 90 mg/kg (GB 18401 class B: ≤ 75; its own: ≤ 30)
        var submissions = Submissions().Select(s => s.Product.Id == "XY-TEE-02"
            ? s with { Results = [.. s.Results.Select(r => r.IndicatorId == "formaldehyde" ? r with { Value = "90" } : r)] }
            : s);

        // When
        var wnxy = Rank(submissions: submissions).Lists[0].Entries.Single(e => e.StandardCode == "Q/WNXY 0003-2025");

        // Then: ranked on its limits as before, but not a candidate
        (wnxy.Rank, wnxy.Score, wnxy.Candidate).ShouldBe((1, 96.67m, false));
        wnxy.Notes.Select(n => (n.Kind, n.Count)).ShouldBe([(LeaderNoteKind.OwnStandardNotMet, 1), (LeaderNoteKind.BindingRequirementNotMet, 1)]);
        LeaderWords.Note(wnxy.Notes[1]).Zh.ShouldBe("1 个产品不符合强制性要求或所声明的其他标准");
    }

    [Fact]
    public void Should_TakeTheHalvesQuartersAndMonthsOfAYear_AndEveryPeriodWithoutOne()
    {
        // Given: the products of 2026 reported by half year
        var halves = Submissions().Select(s => s.Period == "2026" ? s with { Period = "2026-H2" } : s).ToList();

        // When
        var year = Rank("2026", halves);
        var all = Rank(null);

        // Then: the year takes in 2026-H2; without a period the 2025 edition of Q/QXFS is ranked too
        year.Lists[0].Entries.Count.ShouldBe(6);
        year.Periods.ShouldBe(["2025", "2026-H2"]);
        all.Lists[0].Entries.Select(e => e.StandardCode).ShouldContain("Q/QXFS 0001-2024");
        all.Lists[0].Entries.Count.ShouldBe(7);
        all.Products.ShouldBe(9);
    }

    [Fact]
    public void Should_ReportAPeriodWithoutProducts_WithThePeriodsPresent()
    {
        // When
        var table = Rank("2026-H1");

        // Then
        table.Lists.ShouldBeEmpty();
        var issue = table.Issues.ShouldHaveSingleItem();
        (issue.Code, issue.Severity).ShouldBe((IssueCodes.LeaderPeriod, Severity.Error));
        issue.Message.Zh.ShouldBe("品类“apparel”在报告期 2026-H1 中没有产品；该品类的报告期：2025、2026。");
    }

    [Fact]
    public void Should_ReportAnUnknownCategory_WithTheCategoriesPresent()
    {
        // When
        var table = LeaderRanking.Rank(Submissions(), Textiles, Catalogs.Options, "outerwear");

        // Then
        table.Lists.ShouldBeEmpty();
        var issue = table.Issues.ShouldHaveSingleItem();
        (issue.Code, issue.Severity).ShouldBe((IssueCodes.LeaderCategory, Severity.Error));
        issue.Message.Zh.ShouldBe("品类“outerwear”不在输入中；输入中的品类：apparel、home-textile。");
        issue.Message.En.ShouldBe("Category 'outerwear' is not in the input; the categories present: apparel, home-textile.");
    }

    [Fact]
    public void Should_RankEachVariety_OfTheCategory_AgainstItsOwnReferences()
    {
        // Given: Q/HCXM's product made for infants instead (GB 18401 class A, OEKO-TEX class I)
        var submissions = Submissions().Select(s => s.Product.Id == "XM-DRESS-03" ? s with { Product = s.Product with { ProductClass = "infant" } } : s);

        // When
        var lists = Rank(submissions: submissions).Lists;

        // Then: infants first (catalog order) with 17 reference indicators — saliva and wet rubbing are national only
        lists.Select(l => (l.ProductClass, l.References.Count, l.Entries.Count)).ShouldBe([("infant", 17, 1), ("skin-contact", 15, 5)]);
        var infant = lists[0];
        infant.References.Where(r => r.International.Count == 0).Select(r => r.Id).ShouldBe(["fastness-saliva", "fastness-wet-rubbing"]);

        // And: against class A, formaldehyde ≤ 50 is looser than GB's ≤ 20 and OEKO-TEX's ≤ 16
        var hcxm = infant.Entries.ShouldHaveSingleItem();
        var formaldehyde = hcxm.Indicators.Single(i => i.IndicatorId == "formaldehyde");
        (formaldehyde.National, formaldehyde.International).ShouldBe((ComparisonOutcome.Looser, ComparisonOutcome.Looser));
        hcxm.Coverage.ShouldBe(new Share(8, 17));
    }

    [Fact]
    public void Should_WarnWhenProductsOfOneStandardGiveDifferentLimits_AndRankOnTheFirstRead()
    {
        // Given: the second product of Q/WNXY writes formaldehyde ≤ 75
        var submissions = Submissions().Select(s => s.Product.Id == "XY-TEE-02"
            ? s with
            {
                EnterpriseStandard = s.EnterpriseStandard! with
                {
                    Limits = [.. s.EnterpriseStandard.Limits.Select(l => l.IndicatorId == "formaldehyde" ? l with { Limit = Limit.AtMost("75") } : l)],
                },
            }
            : s);

        // When
        var table = Rank(submissions: submissions);

        // Then
        var warning = table.Issues.ShouldHaveSingleItem();
        (warning.Code, warning.Severity).ShouldBe((IssueCodes.LeaderLimitsDiffer, Severity.Warning));
        warning.Message.Zh.ShouldBe("渭南新阳纺织有限公司 的 Q/WNXY 0003-2025：声明该标准的 2 个产品给出的限值不同，按首先读到的产品的限值排名。");
        var wnxy = table.Lists[0].Entries[0];
        (wnxy.StandardCode, wnxy.Score, wnxy.Candidate).ShouldBe(("Q/WNXY 0003-2025", 96.67m, true));
        wnxy.Notes.Select(n => (n.Kind, n.Count)).ShouldBe([(LeaderNoteKind.LimitsDiffer, 2)]);
    }

    [Fact]
    public void Should_GiveTheWeightOfAMissingLevel_ToTheOther()
    {
        // Given: the catalog without its OEKO-TEX requirements, so the variety has national references only
        var catalog = Textiles.Catalog with
        {
            Requirements = [.. Textiles.Catalog.Requirements.Where(r => !r.StandardCode.StartsWith("OEKO-TEX", StringComparison.Ordinal))],
        };

        // When
        var list = Rank(catalog: new SectorCatalog("textiles", catalog)).Lists.ShouldHaveSingleItem();

        // Then: 6 reference indicators; score = 100 × (0.5 C + 0.5 N)
        //   Q/QXFS: C 6/6, N 6/6 → 100.00; Q/HCXM: C 6/6, N 2/6 → 100 × (0.5 + 0.5/3) = 66.666… → 66.67
        list.References.Count.ShouldBe(6);
        list.Entries.Single(e => e.StandardCode == "Q/QXFS 0001-2026").Score.ShouldBe(100.00m);
        var hcxm = list.Entries.Single(e => e.StandardCode == "Q/HCXM 0001-2026");
        (hcxm.Coverage, hcxm.National, hcxm.International, hcxm.Score).ShouldBe((new Share(6, 6), new Share(2, 6), new Share(0, 0), 66.67m));
    }

    [Fact]
    public void Should_RoundAScoreExactlyHalfway_HalfToEven()
    {
        // 100 × (0.5 × 8/15 + 0.25 × 2/6 + 0.25 × 3/8) = 44.375 exactly: 44.38; 100 × 0.25 × 1/8 = 3.125: 3.12
        LeaderFormula.Score([(0.5m, new Share(8, 15)), (0.25m, new Share(2, 6)), (0.25m, new Share(3, 8))]).ShouldBe(44.38m);
        LeaderFormula.Score([(0.25m, new Share(1, 8)), (0.75m, new Share(0, 0))]).ShouldBe(3.12m);
        LeaderFormula.Percent(new Share(13, 15)).ShouldBe("86.7%");
        LeaderFormula.Percent(new Share(0, 0)).ShouldBe("—");
    }

    [Fact]
    public void Should_WordTheFormula_FromTheCriteria()
    {
        // When
        var standard = LeaderFormula.Lines(LeaderCriteria.Default);
        var custom = LeaderFormula.Lines(new LeaderCriteria { CoverageWeight = 0.4m, NationalWeight = 0.3m, InternationalWeight = 0.3m, MinCoverage = 0.8m, KeyIndicatorsAtInternationalLevel = false });

        // Then
        standard.Count.ShouldBe(7);
        standard[5].Zh.ShouldStartWith("得分 = 100 × (0.5 × C + 0.25 × N + 0.25 × I)，按 GB/T 8170 修约至 0.01；");
        standard[5].En.ShouldStartWith("Score = 100 × (0.5 × C + 0.25 × N + 0.25 × I), rounded half to even to 0.01 (GB/T 8170);");
        standard[6].Zh.ShouldBe("领跑者候选：声明该标准的产品全部达标（满足强制性要求和该企业标准本身）；C ≥ 100%；没有宽于国家/行业标准的限值；N ≥ 100%；核心指标的限值不宽于国际/国外先进标准。");
        custom[5].En.ShouldStartWith("Score = 100 × (0.4 × C + 0.3 × N + 0.3 × I)");
        custom[6].En.ShouldBe("Top-runner candidate: every product declaring the standard is compliant (meets the mandatory requirements and the standard itself); C ≥ 80%; no limit looser than a national or industry standard; N ≥ 100%.");
        Rank().Formula.ShouldBe(standard);
    }

    [Fact]
    public void Should_WriteTheCsv_WithFormulaCellsNeutralised()
    {
        // Given: an enterprise whose name a spreadsheet would run as a formula
        var submissions = Submissions().Select(s => s.Enterprise.Name == "华阴市华岳纺织有限公司" ? s with { Enterprise = s.Enterprise with { Name = "=HYPERLINK(\"http://x\")" } } : s);
        using var writer = new StringWriter();

        // When
        LeaderTableWriter.Csv(Rank(submissions: submissions), writer, "zh-CN");

        // Then
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("行业,品种,名次,企业,统一社会信用代码,标准编号,");
        lines.Length.ShouldBe(7);
        lines[1].ShouldStartWith("纺织服装,直接接触皮肤的产品（B类 / II类）,1,渭南新阳纺织有限公司,");
        lines[1].ShouldContain(",Q/WNXY 0003-2025,2,2,1.0000,15,15,1.0000,6,6,0.8667,13,15,96.67,是,");
        lines[5].ShouldContain("\"'=HYPERLINK(\"\"http://x\"\")\"");
        lines.ShouldNotContain(l => l.Contains(",=", StringComparison.Ordinal));
    }
}
