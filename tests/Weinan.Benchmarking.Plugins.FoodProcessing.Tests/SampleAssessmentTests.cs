namespace Weinan.Benchmarking.Plugins.FoodProcessing.Tests;

/// <summary>Each shipped sample through the real engine on 2026-11-27, and planted variants of them.</summary>
public class SampleAssessmentTests
{
    [Theory]
    // Every binding limit met; aflatoxin M1 0.06 (as reconstituted milk) fails the EU 0.05, so not 国际先进; goat milk powder
    // has no domestic grade above the mandatory one, so 国内领先 is skipped.
    [InlineData("goat-milk-powder", DefaultLadder.Compliant, LevelScope.AllIndicators)]
    // Fat 33.0 against a label of 27.0 (above 120 %) and 386 g in a 400 g pack (more than 12 g short): label claims fail.
    [InlineData("goat-milk-powder-label", DefaultLadder.NonCompliant, LevelScope.AllIndicators)]
    // Patulin 58 μg/kg (11.2 °Brix) over the mandatory GB 2761 50.
    [InlineData("apple-juice-concentrate-patulin", DefaultLadder.NonCompliant, LevelScope.AllIndicators)]
    // Key indicators (patulin, lead) meet every reference by more than U; additives not detected; own standard met.
    [InlineData("apple-juice-concentrate", DefaultLadder.InternationalLeading, LevelScope.AllIndicators)]
    public void Should_Reach_The_Expected_Level(string sample, string level, LevelScope scope)
    {
        var result = FoodFixture.Assess(sample);

        result.Issues.ShouldBeEmpty();
        result.Level.Determined.ShouldBeTrue();
        result.Level.Rung.ShouldBe(level);
        result.Level.Scope.ShouldBe(scope);
    }

    [Fact]
    public void Should_Stop_The_Goat_Milk_Powder_Short_Of_International_Advanced_On_Aflatoxin_M1()
    {
        var result = FoodFixture.Assess("goat-milk-powder");

        result.Level.Reason!.Zh.ShouldBe("未达到“国际先进”：黄曲霉毒素M1（以复原乳计）（未达到 Regulation (EC) No 1881/2006）");
        result.Level.Obstacles.Single().ShouldSatisfyAllConditions(
            o => o.IndicatorId.ShouldBe("aflatoxin-m1"), o => o.Kind.ShouldBe(ObstacleKind.Fails), o => o.Rung.ShouldBe(DefaultLadder.InternationalAdvanced),
            o => o.Requirement!.RequirementId.ShouldBe("eu1881-2006.aflatoxin-m1"));
        result.Level.SkippedRungs.ShouldContain(s => s.Rung == DefaultLadder.DomesticLeading && s.Reason.En == "no domestic grade above the mandatory one");
        var afm1 = FoodFixture.Indicator(result, "aflatoxin-m1");
        afm1.Judgements.Where(j => j.Binding).Select(j => $"{j.Requirement.StandardCode}:{j.Verdict}").ShouldBe(["GB 2761-2017:Pass"]);
        result.Gaps[0].ShouldSatisfyAllConditions(g => g.IndicatorId.ShouldBe("aflatoxin-m1"), g => g.Required.ShouldBe("≤ 0.05"), g => g.Binding.ShouldBeFalse());
    }

    [Fact]
    public void Should_Fail_The_Concentrate_On_Patulin_Under_GB_2761_And_The_EU()
    {
        var result = FoodFixture.Assess("apple-juice-concentrate-patulin");
        var patulin = FoodFixture.Indicator(result, "patulin");

        patulin.Judgements.Select(j => $"{j.Requirement.StandardCode}:{j.Binding}:{j.Verdict}").ShouldBe(
            ["GB 2761-2017:True:Fail", "Regulation (EC) No 1881/2006:False:Fail", "CXS 193-1995:False:Fail"], ignoreOrder: true);
        result.Level.Reason!.Zh.ShouldBe("不符合强制性要求：展青霉素（不符合 GB 2761-2017）");
        result.Gaps[0].ShouldSatisfyAllConditions(g => g.IndicatorId.ShouldBe("patulin"), g => g.Binding.ShouldBeTrue(), g => g.Required.ShouldBe("≤ 50"));
    }

    [Fact]
    public void Should_Judge_The_Label_Claims_Of_The_Goat_Milk_Powder_Against_Their_Tolerances()
    {
        var result = FoodFixture.Assess("goat-milk-powder-label");

        string Claim(string id) => FoodFixture.Indicator(result, id).Judgements.Single(j => j.Requirement.Limit.Kind == LimitKind.Declared) is var j
            ? $"{j.Declared}:{j.Value}:{j.AcceptanceBounds}:{j.Verdict}:{j.Binding}"
            : "";

        Claim("fat").ShouldBe("27.0:33.0:≤ 32.4:Fail:True");
        Claim("protein").ShouldBe("25.0:23.0:≥ 20:Pass:True");
        Claim("net-content").ShouldBe("400:386:≥ 388:Fail:True");
        result.Level.Reason!.Zh.ShouldBe("不符合明示标准或标示值：脂肪（不符合 GB 28050-2011）、净含量（不符合 质检总局令第75号（2005））");

        // Every mandatory limit is met: the product fails only what its label says.
        result.Indicators.SelectMany(i => i.Judgements).Where(j => j.Binding && j.Requirement.Limit.Kind != LimitKind.Declared).ShouldAllBe(j => j.Verdict == Verdict.Pass);
    }

    [Theory]
    // Shortfall bands: 9 % up to 50 g, 4.5 g up to 100 g, 3 % up to 500 g, 15 g up to 1 kg, 1.5 % up to 10 kg.
    [InlineData("40", "36.4", "≥ 36.4", Verdict.Pass)]
    [InlineData("80", "75.4", "≥ 75.5", Verdict.Fail)]
    [InlineData("400", "388", "≥ 388", Verdict.Pass)]
    [InlineData("900", "884", "≥ 885", Verdict.Fail)]
    [InlineData("2000", "1970", "≥ 1970", Verdict.Pass)]
    public void Should_Pick_The_Net_Content_Band_By_The_Declared_Quantity(string declared, string measured, string bounds, Verdict verdict)
    {
        var sample = FoodFixture.Sample("goat-milk-powder");
        var planted = FoodFixture.WithResult(sample, "net-content", r => r with { Value = measured }) with
        {
            Product = sample.Product with { DeclaredValues = [.. sample.Product.DeclaredValues!.Select(d => d.IndicatorId == "net-content" ? d with { Value = declared } : d)] },
        };

        var judgement = FoodFixture.Indicator(FoodFixture.Assess(planted), "net-content").Judgements.Single();

        (judgement.AcceptanceBounds, judgement.Verdict).ShouldBe((bounds, verdict));
        judgement.Note!.En.ShouldContain("this edition is withdrawn; replaced by 市场监管总局令第70号（2023）");
    }

    [Fact]
    public void Should_Name_The_Edition_That_Replaced_GB_19644_2010_And_The_EU_Regulation()
    {
        var result = FoodFixture.Assess("goat-milk-powder");

        var moisture = FoodFixture.Indicator(result, "moisture").Judgements.Single(j => j.Requirement.StandardCode == "GB 19644-2010");
        moisture.Note!.Zh.ShouldBe("该版本已废止，被 GB 19644-2024 代替");
        moisture.Note.En.ShouldBe("this edition is withdrawn; replaced by GB 19644-2024");
        moisture.Binding.ShouldBeTrue();
        var eu = FoodFixture.Indicator(result, "aflatoxin-m1").Judgements.Single(j => j.Requirement.StandardCode == "Regulation (EC) No 1881/2006");
        eu.Note!.En.ShouldContain("replaced by Regulation (EU) 2023/915");
        result.Standards.Select(s => $"{s.Code}:{s.Status}:{s.SupersededBy}").ShouldBe(
        [
            "CXS 193-1995:InForce:", "CXS 207-1999:InForce:", "Regulation (EC) No 1881/2006:Withdrawn:Regulation (EU) 2023/915", "Regulation (EU) 2023/915:InForce:",
            "GB 19644-2010:Withdrawn:GB 19644-2024", "GB 19644-2024:InForce:", "GB 2761-2017:InForce:", "GB 28050-2011:InForce:",
            "市场监管总局令第70号（2023）:InForce:", "质检总局令第75号（2005）:Withdrawn:市场监管总局令第70号（2023）",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Should_Decide_The_Acidity_Grade_By_The_Product_Class()
    {
        // 15.2 °T: outside the goat range 7–14 of GB 19644-2010, inside the cow limit ≤ 18.
        var goat = FoodFixture.WithResult(FoodFixture.Sample("goat-milk-powder"), "acidity", r => r with { Value = "15.2" });
        var cow = goat with { Product = goat.Product with { ProductClass = "cow-milk-powder" } };

        var asGoat = FoodFixture.Indicator(FoodFixture.Assess(goat), "acidity").Judgements.Single();
        var asCow = FoodFixture.Indicator(FoodFixture.Assess(cow), "acidity").Judgements.Single();

        (asGoat.Requirement.Grade!.Label, asGoat.AcceptanceBounds, asGoat.Verdict).ShouldBe(("羊乳", "7 ~ 14", Verdict.Fail));
        (asCow.Requirement.Grade!.Label, asCow.AcceptanceBounds, asCow.Verdict).ShouldBe(("牛乳", "≤ 18", Verdict.Pass));
        FoodFixture.Assess(goat).Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
    }

    [Fact]
    public void Should_Convert_The_Enterprise_Benzoate_Limit_From_mg_Per_kg_And_Refuse_Codex_Without_A_Basis()
    {
        var comparisons = FoodFixture.Assess("apple-juice-concentrate").Comparisons.Where(c => c.IndicatorId == "benzoic-acid").ToList();

        var gb = comparisons.Single(c => c.Subject.StandardCode == "Q/WNCG 0001S-2025" && c.Reference.StandardCode == "GB 2760-2024");
        gb.Outcome.ShouldBe(ComparisonOutcome.Stricter);
        gb.Note!.En.ShouldBe("converted (mg/kg → g/kg ×0.001): ≤ 0.5 vs ≤ 2");
        var codex = comparisons.Single(c => c.Subject.StandardCode == "GB 2760-2024" && c.Reference.StandardCode == "CXS 192-1995");
        codex.Outcome.ShouldBe(ComparisonOutcome.NotComparable);
        codex.Note!.En.ShouldBe("no conversion from g/kg (C6H5COOH) to mg/kg");
    }

    [Fact]
    public void Should_Convert_A_Sodium_Benzoate_Result_To_Benzoic_Acid_Before_Judging_It()
    {
        // 2.3 g/kg sodium benzoate is 2.3 × 122.12 / 144.11 = 1.94904 g/kg as benzoic acid: within GB 2760's 2.0.
        var sample = FoodFixture.WithResult(FoodFixture.Sample("apple-juice-concentrate"), "benzoic-acid",
            r => r with { Value = "2.3", Basis = "C6H5COONa", BelowDetectionLimit = false, DetectionLimit = null });

        var benzoate = FoodFixture.Indicator(FoodFixture.Assess(sample), "benzoic-acid");
        var gb = benzoate.Judgements.Single(j => j.Requirement.StandardCode == "GB 2760-2024");

        gb.Verdict.ShouldBe(Verdict.Pass);
        gb.Conversion.ShouldBe("C6H5COONa → C6H5COOH ×0.847408");
        gb.ComparedValue.ShouldBe("1.949039");
        gb.Note!.Zh.ShouldContain("已换算");
        benzoate.Judgements.Single(j => j.Requirement.StandardCode == "Q/WNCG 0001S-2025").Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void Should_Not_Judge_A_Patulin_Value_Of_Unknown_Basis_Against_Limits_Written_On_The_Reconstituted_Juice()
    {
        var sample = FoodFixture.WithResult(FoodFixture.Sample("apple-juice-concentrate"), "patulin", r => r with { Basis = null });

        var result = FoodFixture.Assess(sample);
        var patulin = FoodFixture.Indicator(result, "patulin");

        var eu = patulin.Judgements.Single(j => j.Requirement.StandardCode == "Regulation (EC) No 1881/2006");
        eu.Verdict.ShouldBe(Verdict.Indeterminate);
        eu.Note!.En.ShouldContain("the limit is expressed as 11.2 °Brix, but the value's basis is not given");
        patulin.Judgements.Single(j => j.Requirement.StandardCode == "GB 2761-2017").Verdict.ShouldBe(Verdict.Pass);

        // The enterprise's own limit is written on the same basis, so what the product declares cannot be decided either.
        patulin.Judgements.Single(j => j.Requirement.StandardCode == "Q/WNCG 0001S-2025").Verdict.ShouldBe(Verdict.Indeterminate);
        result.Level.Determined.ShouldBeFalse();
        result.Level.Failing.ShouldBeFalse();
        result.Level.Obstacles.ShouldContain(o => o.IndicatorId == "patulin" && o.Kind == ObstacleKind.Indeterminate && o.Rung == DefaultLadder.Compliant);
    }

    [Fact]
    public void Should_Fail_A_Preservative_That_GB_2760_Does_Not_Permit_In_Apple_Juice()
    {
        var juice = Juice("from-concentrate",
            new MeasuredResult { IndicatorId = "soluble-solids", Value = "11.4", Unit = "%", Evidence = EvidenceGrade.AccreditedLab },
            new MeasuredResult { IndicatorId = "patulin", Value = "6", Evidence = EvidenceGrade.AccreditedLab },
            new MeasuredResult { IndicatorId = "lead", Value = "0.004", Evidence = EvidenceGrade.AccreditedLab, TestMethod = "GB 5009.12-2023" },
            new MeasuredResult { IndicatorId = "sulfur-dioxide", Value = "0.012", Evidence = EvidenceGrade.AccreditedLab },
            new MeasuredResult { IndicatorId = "benzoic-acid", Value = "0.15", Basis = "C6H5COONa", Evidence = EvidenceGrade.AccreditedLab });

        var result = FoodFixture.Assess(juice);
        var benzoate = FoodFixture.Indicator(result, "benzoic-acid");

        benzoate.Judgements.Select(j => $"{j.Requirement.RequirementId}:{j.Binding}:{j.Verdict}").ShouldBe(
            ["gb2760-2024.benzoic-acid.juice:True:Fail", "cxs192.benzoates.juice:False:Fail"], ignoreOrder: true);
        result.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        result.Level.Reason!.Zh.ShouldBe("不符合强制性要求：苯甲酸及其钠盐（以苯甲酸计）（不符合 GB 2760-2024）");

        // Sorbate, not reported, is taken as not used (the condition), not as unevaluated.
        result.NotEvaluated.ShouldContain(n => n.IndicatorId == "sorbic-acid" && n.Kind == NotEvaluatedKind.NotApplicable);

        // Without the preservative the juice is compliant: GB 2762-2022 lead and the EU minimum Brix both hold.
        var clean = juice with { Results = [.. juice.Results.Where(r => r.IndicatorId != "benzoic-acid")] };
        var cleanResult = FoodFixture.Assess(clean);
        cleanResult.Level.Failing.ShouldBeFalse();
        FoodFixture.Indicator(cleanResult, "lead").Judgements.Select(j => $"{j.Requirement.StandardCode}:{j.Verdict}")
            .ShouldBe(["GB 2762-2022:Pass", "Regulation (EC) No 1881/2006:Pass"], ignoreOrder: true);
        FoodFixture.Indicator(cleanResult, "soluble-solids").Judgements.Single().Conversion.ShouldBe("% → °Brix ×1");
    }

    [Fact]
    public void Should_Pass_A_Not_Detected_Preservative_In_Apple_Juice_And_Fail_A_Quantified_One()
    {
        var notDetected = Juice("not-from-concentrate",
            new MeasuredResult { IndicatorId = "benzoic-acid", Value = "<0.005", BelowDetectionLimit = true, DetectionLimit = "0.005", Evidence = EvidenceGrade.AccreditedLab },
            new MeasuredResult { IndicatorId = "sorbic-acid", Value = "ND", DetectionLimit = "0.005", Evidence = EvidenceGrade.AccreditedLab });
        var quantified = FoodFixture.WithResult(notDetected, "sorbic-acid", r => r with { Value = "0.012" });

        var clean = FoodFixture.Assess(notDetected);
        var dirty = FoodFixture.Assess(quantified);

        FoodFixture.Indicator(clean, "benzoic-acid").Judgements.Select(j => $"{j.Requirement.RequirementId}:{j.Verdict}:{j.ComparedValue}").ShouldBe(
            ["gb2760-2024.benzoic-acid.juice:Pass:<0.005", "cxs192.benzoates.juice:Pass:<5"], ignoreOrder: true);
        FoodFixture.Indicator(clean, "sorbic-acid").Judgements.Single().Verdict.ShouldBe(Verdict.Pass);
        clean.Level.Failing.ShouldBeFalse();
        clean.Gaps.ShouldNotContain(g => g.IndicatorId == "benzoic-acid" || g.IndicatorId == "sorbic-acid");

        var sorbate = FoodFixture.Indicator(dirty, "sorbic-acid").Judgements.Single();
        sorbate.Verdict.ShouldBe(Verdict.Fail);
        sorbate.Note!.Zh.ShouldBe("检出并定量：不得使用");
        dirty.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        var gap = dirty.Gaps.Single(g => g.IndicatorId == "sorbic-acid");
        gap.RequiredText!.Zh.ShouldBe("未检出（低于检出限）");
        gap.RequiredText.En.ShouldBe("not detected (below the detection limit)");
    }

    [Fact]
    public void Should_Compare_Not_Permitted_In_Juice_As_Equal_Between_GB_2760_And_The_GSFA()
    {
        var juice = Juice("not-from-concentrate",
            new MeasuredResult { IndicatorId = "benzoic-acid", Value = "<0.005", BelowDetectionLimit = true, DetectionLimit = "0.005", Evidence = EvidenceGrade.AccreditedLab });

        var result = FoodFixture.Assess(juice);

        result.Comparisons.Where(c => c.IndicatorId == "benzoic-acid").Select(c => $"{c.Subject.StandardCode}>{c.Reference.StandardCode}:{c.Outcome}")
            .ShouldBe(["GB 2760-2024>CXS 192-1995:Equal"]);
    }

    [Fact]
    public void Should_Tell_Food_Industry_Concentrate_From_One_For_Other_Use_By_Category()
    {
        // 1.2 g/kg sorbic acid: within 2.0 for food-industry use, over 0.5 otherwise.
        var industry = FoodFixture.WithResult(FoodFixture.Sample("apple-juice-concentrate"), "sorbic-acid",
            r => r with { Value = "1.2", BelowDetectionLimit = false, DetectionLimit = null });
        var consumer = industry with { Product = industry.Product with { Category = "consumer-use" } };

        FoodFixture.Indicator(FoodFixture.Assess(industry), "sorbic-acid").Judgements.Single().ShouldSatisfyAllConditions(
            j => j.Requirement.RequirementId.ShouldBe("gb2760-2024.sorbic-acid.concentrate.industry"), j => j.Verdict.ShouldBe(Verdict.Pass));
        FoodFixture.Indicator(FoodFixture.Assess(consumer), "sorbic-acid").Judgements.Single().ShouldSatisfyAllConditions(
            j => j.Requirement.RequirementId.ShouldBe("gb2760-2024.sorbic-acid.concentrate.consumer"), j => j.Verdict.ShouldBe(Verdict.Fail));
    }

    [Fact]
    public void Should_Keep_A_Concentrate_That_Fails_Its_Own_Standard_Off_Compliant()
    {
        // 68.7 % is inside QB/T 1687 (≥ 60) but outside the declared 70.0 ± 1.0.
        var sample = FoodFixture.WithResult(FoodFixture.Sample("apple-juice-concentrate"), "soluble-solids", r => r with { Value = "68.7" });

        var result = FoodFixture.Assess(sample);

        result.Level.Rung.ShouldBe(DefaultLadder.NonCompliant);
        result.Level.Reason!.Zh.ShouldBe("不符合明示标准或标示值：可溶性固形物（20 ℃，折光计法）（不符合 Q/WNCG 0001S-2025）");
        FoodFixture.Indicator(result, "soluble-solids").Judgements.Single(j => j.Requirement.StandardCode == "QB/T 1687-1993").Verdict.ShouldBe(Verdict.Pass);
    }

    [Fact]
    public void Should_Bind_The_Industry_Standard_Only_When_The_Product_Declares_It()
    {
        var sample = FoodFixture.Sample("apple-juice-concentrate-patulin");
        var declaring = sample with { Product = sample.Product with { DeclaredStandards = ["QB/T 1687-1993"] } };

        FoodFixture.Indicator(FoodFixture.Assess(sample), "soluble-solids").Judgements.Single().Binding.ShouldBeFalse();
        FoodFixture.Indicator(FoodFixture.Assess(declaring), "soluble-solids").Judgements.Single().Binding.ShouldBeTrue();
    }

    /// <summary>An apple juice of a Linwei juice plant (a planted case: no juice sample ships).</summary>
    private static Submission Juice(string category, params MeasuredResult[] results) => new()
    {
        Id = "planted-juice-" + category,
        Sector = "food",
        Enterprise = new Enterprise { Name = "渭南临渭果汁饮品有限公司" },
        Product = new Product { Name = "苹果汁", Category = category, ProductClass = "apple-juice" },
        Results = results,
    };
}
