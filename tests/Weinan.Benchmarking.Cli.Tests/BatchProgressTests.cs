using Weinan.Benchmarking.Batch;
using Weinan.Benchmarking.Cli.Output;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>The progress line of a batch: rows, rate, elapsed time, and the share read with the time left when known.</summary>
public sealed class BatchProgressTests
{
    private static CliOutput Output(string language) => new(new CliEnvironment
    {
        Console = new Spectre.Console.Testing.TestConsole(),
        ErrorConsole = new Spectre.Console.Testing.TestConsole(),
        Out = TextWriter.Null,
        Error = TextWriter.Null,
        GetVariable = _ => null,
    }, language);

    [Theory]
    [InlineData("zh-CN", "已处理 2,000 行（评价 1,900，拒收 100），200 行/秒，用时 10 秒；已读 25%，约剩 30 秒")]
    [InlineData("en", "2,000 rows (1,900 assessed, 100 rejected), 200 rows/s, 10 s; 25 % read, about 30 s left")]
    public void Should_Show_The_Share_Read_And_The_Time_Left_When_The_Inputs_Size_Tells_Them(string language, string expected) =>
        BatchProgressDisplay.Text(Output(language), new BatchProgress(2000, 1900, 100, TimeSpan.FromSeconds(10), 0.25), readOnly: false)
            .ShouldBe(expected);

    [Theory]
    [InlineData("zh-CN", "已读取 2,000 行（可读 2,000，拒收 0；只读），200 行/秒，用时 10 秒")]
    [InlineData("en", "2,000 rows (2,000 readable, 0 rejected; read only), 200 rows/s, 10 s")]
    public void Should_Say_What_A_Read_Only_Pass_Counts_And_No_Estimate_Without_A_Size(string language, string expected) =>
        BatchProgressDisplay.Text(Output(language), new BatchProgress(2000, 2000, 0, TimeSpan.FromSeconds(10)), readOnly: true)
            .ShouldBe(expected);
}
