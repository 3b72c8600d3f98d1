namespace Weinan.Benchmarking.Cli.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Should_Build() => typeof(PlaceholderTests).Assembly.ShouldNotBeNull();
}
