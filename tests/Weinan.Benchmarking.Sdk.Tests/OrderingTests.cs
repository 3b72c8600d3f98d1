using System.Text.RegularExpressions;
using Weinan.Benchmarking.Sdk.Assessment;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>
/// The sorts and matches written by hand in place of LINQ ordering and <c>Regex.Replace</c> give what those would:
/// equal items keep their order, the first of the smallest is the one <c>OrderBy(…).FirstOrDefault()</c> picks, and a
/// standard's family loses exactly the year suffix.
/// </summary>
public class OrderingTests
{
    private sealed record Item(int Key, string Name);

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Should_Sort_As_OrderBy_Does_Keeping_Equal_Items_In_Their_Order(int seed)
    {
        var random = new Random(seed);
        var items = Enumerable.Range(0, random.Next(0, 60)).Select(i => new Item(random.Next(0, 5), $"item {i}")).ToList();

        var sorted = StableOrder.Sorted(items, (a, b) => a.Key.CompareTo(b.Key));

        sorted.Select(i => i.Name).ShouldBe(items.OrderBy(i => i.Key).Select(i => i.Name));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Should_Pick_The_First_Of_The_Smallest_As_OrderBy_Does(int seed)
    {
        var random = new Random(seed);
        var items = Enumerable.Range(0, random.Next(0, 20)).Select(i => new Item(random.Next(0, 3), $"item {i}")).ToList();

        var first = StableOrder.First(items, (a, b) => a.Key.CompareTo(b.Key));

        first.ShouldBe(items.OrderBy(i => i.Key).FirstOrDefault());
    }

    [Theory]
    [InlineData("GB 18401-2010", "GB 18401")]
    [InlineData("  GB 18401-2010  ", "GB 18401")]
    [InlineData("GB/T 2912.1—2009", "GB/T 2912.1")]
    [InlineData("ISO 14184-1:2011", "ISO 14184-1")]
    [InlineData("FZ/T 73025 - 2019", "FZ/T 73025")]
    [InlineData("GB 31701", "GB 31701")]
    [InlineData("GB 5296-2010-2012", "GB 5296-2010")]
    [InlineData("2012", "2012")]
    [InlineData("-2012", "")]
    public void Should_Drop_The_Year_Of_A_Standard_Code_As_A_Replacement_Would(string code, string family)
    {
        EditionSelector.Family(code).ShouldBe(family);
        family.ShouldBe(Regex.Replace(code.Trim(), @"\s*[-—:：]\s*\d{4}$", ""));
    }
}
