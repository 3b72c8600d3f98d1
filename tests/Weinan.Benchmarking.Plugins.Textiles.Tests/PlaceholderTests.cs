namespace Weinan.Benchmarking.Plugins.Textiles.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Should_Build() => typeof(PlaceholderTests).Assembly.ShouldNotBeNull();
}
