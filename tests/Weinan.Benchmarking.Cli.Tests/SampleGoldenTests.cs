using System.Runtime.CompilerServices;
using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Reporting.Tests.Support;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// Golden files for every shipped sample, <c>samples/&lt;sector&gt;/*.json</c>, found rather than listed: a new sample is
/// covered at once and fails until its output is approved. Each runs the real command path in-process — the CLI with
/// the plugins beside it, on a fixed assessment date — and its result JSON and its zh-CN and en HTML reports must equal
/// <c>Approved/samples/&lt;sector&gt;/&lt;sample&gt;…</c>. Approve deliberate changes with WBENCH_APPROVE=1 and review the diff.
/// </summary>
public sealed class SampleGoldenTests
{
    private const string Date = "2026-11-27";

    private static string SamplesRoot => Path.Combine(TestPaths.RepositoryRoot, "samples");

    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(SamplesRoot, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(file)!), Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    public static TheoryData<string, string, string> Reports()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (sector, sample) in Samples().Select(row => ((string)row[0], (string)row[1])))
        {
            data.Add(sector, sample, "zh-CN");
            data.Add(sector, sample, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_WriteTheApprovedResultJson_WithTheExitCodeOfItsLevel(string sector, string sample)
    {
        var run = Assess(sector, sample, "--format", "json");

        var result = BenchmarkJson.Deserialize<AssessmentResult>(run.Out).Value.ShouldNotBeNull();
        result.Rules.AssessmentDate.ShouldBe(DateOnly.Parse(Date, System.Globalization.CultureInfo.InvariantCulture));
        result.Catalogs.ShouldNotBeEmpty();
        run.ExitCode.ShouldBe(result.Level.Failing ? ExitCodes.Failed : ExitCodes.Ok, run.All);
        Approve(run.Out, sector, sample, "json");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Should_WriteTheApprovedHtmlReport(string sector, string sample, string language)
    {
        var run = Assess(sector, sample, "--format", "html", "--lang", language);

        run.Out.ShouldStartWith("<!DOCTYPE html>", Case.Insensitive);
        Approve(run.Out, sector, $"{sample}.{language}", "html");
    }

    [Fact]
    public void Should_KeepGoldenFilesOnlyForSamplesThatExist()
    {
        var samples = Samples().Select(row => $"{row[0]}/{row[1]}").ToHashSet(StringComparer.Ordinal);
        var folder = GoldenFolder();

        var goldens = Directory.GetFiles(folder, "*.approved.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .ToList();

        goldens.Count.ShouldBe(samples.Count * 3);
        goldens.Where(g => !samples.Contains(g[..g.IndexOf('.', g.IndexOf('/', StringComparison.Ordinal))])).ShouldBeEmpty();
    }

    /// <summary>Runs <c>wbench assess</c> on the sample; it must run, write to standard output and print no issue.</summary>
    private static WbenchRun Assess(string sector, string sample, params string[] options)
    {
        var run = Wbench.Run(TestPaths.CliOutput, ["assess", Path.Combine(SamplesRoot, sector, sample + ".json"), "--date", Date, .. options]);

        run.ExitCode.ShouldBeOneOf(ExitCodes.Ok, ExitCodes.Failed);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldNotBeEmpty();
        return run;
    }

    private static void Approve(string text, string sector, string scenario, string extension) =>
        ReportApprovals.VerifyIn(Path.Combine(GoldenFolder(), sector), text, scenario, extension);

    private static string GoldenFolder([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Approved", "samples");
}
