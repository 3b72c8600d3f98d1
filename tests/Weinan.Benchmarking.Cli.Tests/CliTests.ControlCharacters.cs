using System.Text.RegularExpressions;
using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>Text from inputs never acts on the terminal: control and bidi characters are shown as visible marks.</summary>
public sealed partial class CliTests
{
    private const string Hostile = "Evil\\u001b[31mRed\\u001b]0;pwned\\u0007\\u0000\\u009b2J\\u202eEnd\\u2066";

    [GeneratedRegex("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]")]
    private static partial Regex RawControl();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_ShowControlAndBidiCharactersAsMarks_InSummariesTablesAndIssueLines(bool rich)
    {
        using var temp = new TempDirectory();
        var hostile = Submission("fixture", "ph").Replace("渭南测试有限公司", Hostile);
        var summary = temp.File("summary.json", hostile);
        var invalid = temp.File("invalid.json", hostile.Replace("\"indicatorId\": \"ph\"", $"\"indicatorId\": \"{Hostile}\""));

        var shown = Wbench.Run(Wbench.Bare, rich, "assess", summary, "--plugins", GoodPlugin, "--lang", "en");
        var refused = Wbench.Run(Wbench.Bare, rich, "assess", invalid, "--plugins", GoodPlugin, "--lang", "en");

        shown.ExitCode.ShouldBe(ExitCodes.Ok, shown.All);
        refused.ExitCode.ShouldBe(ExitCodes.InputError, refused.All);
        foreach (var run in new[] { shown, refused })
        {
            RawControl().IsMatch(run.Out + run.Error).ShouldBeFalse(run.All);
            RawControl().IsMatch(run.Console.Replace("\u001b[", "", StringComparison.Ordinal)).ShouldBeFalse(run.Console);
        }

        (shown.Out + shown.Console).ShouldContain("Evil<U+001B>[31mRed<U+001B>]0;pwned<U+0007><U+0000><U+009B>2J<U+202E>End<U+2066>");
        (refused.Error + refused.Console).ShouldContain("\"Evil<U+001B>[31mRed");
    }

    [Fact]
    public void Should_EscapeControlAndBidiCharacters_InTheResultJson()
    {
        using var temp = new TempDirectory();
        var submission = temp.File("s.json", Submission("fixture", "ph").Replace("渭南测试有限公司", Hostile));

        var run = Wbench.Run(Wbench.Bare, "assess", submission, "--plugins", GoodPlugin, "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        RawControl().IsMatch(run.Out).ShouldBeFalse();
        run.Out.ShouldContain("\"name\": \"Evil\\u001b[31mRed\\u001b]0;pwned\\u0007\\u0000\\u009b2J\\u202eEnd\\u2066\"");
        var read = Weinan.Benchmarking.Sdk.Json.BenchmarkJson.Deserialize<AssessmentResult>(run.Out);
        read.Value.ShouldNotBeNull().Enterprise.Name.ShouldBe("Evil\u001b[31mRed\u001b]0;pwned\u0007\u0000\u009b2J\u202eEnd\u2066");
    }
}
