using Weinan.Benchmarking.Batch.Generation;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Batch.Tests.Support;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>
/// The fast reader of a batch row's JSON: what it reads, the format's reader reads to the same submission without any
/// issue; everything else is left to the format's reader — over generated batches (bad rows included), hand-made
/// oddities, and seeded mutations of generated lines.
/// </summary>
public class PlainReaderTests
{
    private static readonly string[] Sectors = ["textiles", "chemicals"];

    private const string Noise = "\"\u0000,:{}[]null1-e\\";

    [Fact]
    public void Should_Read_Generated_Lines_Fast_And_As_The_Format_Reader_Does()
    {
        var lines = GeneratedLines(2_000, 0.1m);
        var fast = 0;
        foreach (var line in lines)
        {
            fast += AgreesWithFormatReader(line) ? 1 : 0;
        }

        // Generated rows are written plainly (their defects are in values, not in JSON): nearly all are read fast.
        fast.ShouldBeGreaterThan(lines.Count * 9 / 10);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","period":null}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","results":null}""")]
    [InlineData("""{"schemaVersion":"1.0","id":7,"sector":"textiles"}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","sectr":"x"}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","sector":"food"}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","Sector":"food"}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","results":[{"indicatorId":"ph","value":"6","evidence":"declared,selfTested"}]}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","results":[{"indicatorId":"ph","value":"6","evidence":1}]}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","results":[{"indicatorId":"ph","value":"6","evidence":"1"}]}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","results":[{"indicatorId":"ph","value":"6","evidence":"SELFTESTED"}]}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","results":[{"indicatorId":"ph","value":6.50}]}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","results":[{"indicatorId":"ph","value":"6","belowDetectionLimit":"true"}]}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","results":[{"indicatorId":"ph","value":"6"},]}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a", /* note */ "sector":"textiles"}""")]
    [InlineData("""{'schemaVersion':'1.0','id':'a','sector':'textiles'}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"\ud800","sector":"textiles"}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles"} x""")]
    [InlineData("""[{"schemaVersion":"1.0","id":"a","sector":"textiles"}]""")]
    [InlineData("""{"id":"a","sector":"textiles"}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","enterpriseStandard":{"code":"Q/A 1","limits":[{"indicatorId":"ph","limit":{"kind":"range","min":"4","max":"8","minInclusive":false}}]}}""")]
    [InlineData("""{"schemaVersion":"1.0","id":"a","sector":"textiles","enterpriseStandard":{"code":"Q/A 1","limits":[{"indicatorId":"x","limit":{"kind":"declared","deviation":{"mode":"relative","below":"5","bands":[{"upTo":"10","mode":"absolute,relative"}]}}}]}}""")]
    [InlineData("""{"SchemaVersion":"1.0","ID":"a","sector":"textiles","product":{"declaredStandards":["GB 18401-2010"],"declaredValues":[{"indicatorId":"fibre","component":"cotton","value":"60"}]}}""")]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{}")]
    public void Should_Agree_With_The_Format_Reader_On_Oddities(string text) => AgreesWithFormatReader(text);

    [Fact]
    public void Should_Agree_With_The_Format_Reader_On_Mutated_Lines()
    {
        var lines = GeneratedLines(200, 0m);
        var random = new Random(20261130);
        for (var n = 0; n < 3_000; n++)
        {
            var line = lines[random.Next(lines.Count)];
            var at = random.Next(line.Length);
            var mutated = random.Next(4) switch
            {
                0 => line.Remove(at, 1),
                1 => line.Insert(at, line.Substring(random.Next(line.Length - 8), 8)),
                2 => line.Insert(at, Noise[random.Next(Noise.Length)].ToString()),
                _ => line[..at] + char.ToUpperInvariant(line[at]) + line[(at + 1)..],
            };
            AgreesWithFormatReader(mutated);
        }
    }

    /// <summary>Whether the fast reader read the text; when it did, the format's reader reads the same submission without issue.</summary>
    private static bool AgreesWithFormatReader(string text)
    {
        // As a JSONL row reaches it: its UTF-8 bytes.
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var fast = PlainSubmissionReader.TryRead(bytes);
        var read = BenchmarkJson.Deserialize<Submission>(text, "t.jsonl");
        if (fast is null)
        {
            PlainSubmissionReader.Read(bytes, "t.jsonl").Issues.ShouldBe(read.Issues);
            return false;
        }

        read.Issues.ShouldBeEmpty($"the fast reader read a text the format's reader reports on: {text}");
        BenchmarkJson.Serialize(fast).ShouldBe(BenchmarkJson.Serialize(read.Value!), text);
        return true;
    }

    private static List<string> GeneratedLines(int count, decimal badShare)
    {
        var sectors = Sectors.Select(Catalogs.SectorSamples).ToList();
        var generator = new SampleGenerator(sectors, new GeneratorOptions(count, 20261130, badShare, ["2026-H1"]));
        using var stream = new MemoryStream();
        SampleFiles.Write(stream, SampleFormat.Jsonl, generator, "zh-CN");
        return [.. System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
