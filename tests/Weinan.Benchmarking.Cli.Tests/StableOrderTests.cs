using Weinan.Benchmarking.Cli.Output;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>The console's lists (issues by severity, gaps by priority) come in the order <c>OrderBy</c> would give.</summary>
public class StableOrderTests
{
    private sealed record Item(int Key, string Name);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Should_Order_By_Key_Keeping_Equal_Keys_In_Their_Order(int seed)
    {
        var random = new Random(seed);
        var items = Enumerable.Range(0, random.Next(0, 40)).Select(i => new Item(random.Next(0, 4), $"item {i}")).ToList();

        var ordered = StableOrder.By(items, i => i.Key);

        ordered.Select(i => i.Name).ShouldBe(items.OrderBy(i => i.Key).Select(i => i.Name));
    }
}
