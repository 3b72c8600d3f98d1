using Weinan.Benchmarking.Batch.Tests.Support;
using Weinan.Benchmarking.Store;

namespace Weinan.Benchmarking.Batch.Tests.Store;

/// <summary>Changes between periods: by the indicator's direction, as decimals, and "not comparable" when they cannot be told.</summary>
public class HistoryTests
{
    private const string Code = "91610503MA6Y4R2N50";

    [Fact]
    public void Should_Mark_Each_Indicator_By_Its_Direction_And_Say_When_Values_Cannot_Be_Ordered()
    {
        // Given: one shirt in 2025 and 2026 (the later period written first), and the current result of 2025 corrected once
        using var temp = new TempDirectory();
        var file = temp.File("in.jsonl", string.Join("\n",
            Shirt("2026", ("formaldehyde", "30"), ("fastness-water", "3"), ("extractable-cd", "0.05"), ("ph", "7.9")),
            Shirt("2025", ("formaldehyde", "99"), ("fastness-water", "3-4"), ("extractable-cd", "<0.1"), ("ph", "7.9")),
            Shirt("2025", ("formaldehyde", "82.0"), ("fastness-water", "3-4"), ("extractable-cd", "<0.1"), ("ph", "7.9"))) + "\n");
        var db = Path.Combine(temp.Path, "wbench.db");
        StoreRuns.Run(db, [file]);

        // When
        using var store = StoreRuns.Open(db, readOnly: true);
        var product = EnterpriseHistory.Read(store, Code)!.Products.ShouldHaveSingleItem();

        // Then: periods in time order, the corrected 2025 value current
        product.Periods.Select(p => p.Period).ShouldBe(["2025", "2026"]);
        Cell(product, "formaldehyde").ShouldBe(("82.0", "30", Change.Improved));
        Cell(product, "fastness-water").ShouldBe(("3-4", "3", Change.Regressed));
        Cell(product, "ph").ShouldBe(("7.9", "7.9", Change.Unchanged));
        Cell(product, "extractable-cd").ShouldBe(("<0.1", "0.05", Change.NotComparable));
        product.Indicators.Single(i => i.IndicatorId == "formaldehyde").Direction.ShouldBe(Direction.LowerIsBetter);
        product.Periods[0].Change.ShouldBeNull();
        product.Periods[1].Change!.Change.ShouldBe(Change.Improved);
        product.Periods[0].Failing.ShouldBeTrue();
    }

    [Fact]
    public void Should_Compare_Values_As_Decimals_And_Values_Below_A_Detection_Limit_Only_When_They_Order()
    {
        // Given
        using var temp = new TempDirectory();
        var file = temp.File("in.jsonl", string.Join("\n",
            Shirt("2025-H1", ("formaldehyde", "75.0"), ("extractable-cd", "0.05")),
            Shirt("2025-H2", ("formaldehyde", "75"), ("extractable-cd", "<0.01")),
            Shirt("2026-Q1", ("formaldehyde", "75.000001"), ("extractable-cd", "<0.01"))) + "\n");
        var db = Path.Combine(temp.Path, "wbench.db");
        StoreRuns.Run(db, [file]);

        // When
        using var store = StoreRuns.Open(db, readOnly: true);
        var product = EnterpriseHistory.Read(store, Code)!.Products.Single();

        // Then
        var formaldehyde = product.Indicators.Single(i => i.IndicatorId == "formaldehyde");
        formaldehyde.Changes.Select(c => c?.Change).ShouldBe([null, Change.Unchanged, Change.Regressed]);
        var cadmium = product.Indicators.Single(i => i.IndicatorId == "extractable-cd");
        cadmium.Changes.Select(c => c?.Change).ShouldBe([null, Change.Improved, Change.Unchanged]);
        EnterpriseHistory.Read(store, "91610000000000000X").ShouldBeNull();
    }

    private static (string, string, Change) Cell(ProductHistory product, string indicator)
    {
        var history = product.Indicators.Single(i => i.IndicatorId == indicator);
        return (history.Cells[0]!.Value.Zh, history.Cells[1]!.Value.Zh, history.Changes[1]!.Change);
    }

    private static string Shirt(string period, params (string Indicator, string Value)[] values) => StoreRuns.Line("textiles", "cotton-shirt", s =>
    {
        s["id"] = $"shirt-{period}-{string.Concat(values.Select(v => v.Value))}";
        s["period"] = period;
        foreach (var (indicator, value) in values)
        {
            StoreRuns.Value(s, indicator, value);
        }
    });
}
