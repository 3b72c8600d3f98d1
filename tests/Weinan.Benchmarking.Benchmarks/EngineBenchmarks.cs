using BenchmarkDotNet.Attributes;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Plugins.Textiles;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Benchmarks;

/// <summary>Cost of one assessment and its parts, on the shipped textiles catalog and samples.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Catalog _catalog = null!;
    private Submission _shirt = null!;
    private string _shirtJson = "";
    private readonly AssessmentOptions _options = new() { AssessmentDate = new DateOnly(2026, 11, 27) };

    [GlobalSetup]
    public void Setup()
    {
        _catalog = BenchmarkJson.Deserialize<Catalog>(new TextilesPlugin().ReadCatalogJson()).Value!;
        _shirtJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "cotton-shirt.json"));
        _shirt = BenchmarkJson.Deserialize<Submission>(_shirtJson).Value!;
    }

    /// <summary>One full assessment: editions, judgements, comparisons, ladder, gaps.</summary>
    [Benchmark(Baseline = true)]
    public AssessmentResult Assess() => Assessor.Assess(_shirt, _catalog, _options);

    /// <summary>Reading a submission from JSON.</summary>
    [Benchmark]
    public Submission? ParseSubmission() => BenchmarkJson.Deserialize<Submission>(_shirtJson).Value;

    /// <summary>Writing a result as JSON.</summary>
    [Benchmark]
    public string SerializeResult() => BenchmarkJson.Serialize(Assessor.Assess(_shirt, _catalog, _options));

    /// <summary>One GB/T 8170 rounding.</summary>
    [Benchmark]
    public decimal Round() => Rounding.ToInterval(new WrittenNumber(96.95m), 0.1m);
}
