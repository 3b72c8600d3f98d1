using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Weinan.Benchmarking.Cli.Tests.Fuzzing;
using Weinan.Benchmarking.Cli.Tests.Support;
using Xunit.Abstractions;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// Seeded, structure-aware fuzzing of what <c>wbench assess</c> and <c>wbench plugins check</c> read: the shipped samples
/// and catalogs of every sector (textiles, food, chemicals, metallurgy, building materials), the formats' example catalog
/// and submission, and a data-only catalog merged into the textiles one, each mutated (<see cref="JsonMutator"/>) and run
/// in-process with varied options. The sectors share the budget: each mutated sample or catalog is of a sector drawn at
/// random, so the case count and run time stay those of one sector. No input may reach the internal
/// error path (exit 70, WB4999) or throw; every issue must stay one line without raw control characters, with a code
/// of the registry (<see cref="IssueCodes"/>) and the severity the registry gives it. The first failure prints the seed,
/// the case and the mutated input. WB_FUZZ_SEED and WB_FUZZ_CASES explore other seeds locally.
/// </summary>
public sealed partial class FuzzTests(ITestOutputHelper log)
{
    private const int Seed = 20251129;
    private const int Cases = 2000;
    private const string Date = "2026-11-27";

    [GeneratedRegex("[\\u0000-\\u0009\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]")]
    private static partial Regex RawControl();

    [GeneratedRegex(@"^(error|warning|info|错误|警告|提示) (WB\d{4})\b", RegexOptions.Multiline)]
    private static partial Regex IssueLine();

    private static string Repository(params string[] parts) => Path.Combine([TestPaths.RepositoryRoot, .. parts]);

    /// <summary>A sector's catalog and sample submissions, the seeds of its cases.</summary>
    private sealed record Sector(string Name, string Catalog, string[] Samples);

    private static Sector Seeds(string name, string plugin, params string[] samples) => new(name,
        File.ReadAllText(Repository("plugins", plugin, "catalog.json")),
        [.. (samples.Length > 0 ? samples.Select(n => Repository("samples", name, n + ".json")) : Directory.GetFiles(Repository("samples", name), "*.json").Order(StringComparer.Ordinal))
            .Select(File.ReadAllText)]);

    private static readonly Sector[] Sectors =
    [
        Seeds("textiles", "Weinan.Benchmarking.Plugins.Textiles", "cotton-shirt", "curtain", "infant-bodysuit"),
        Seeds("food", "Weinan.Benchmarking.Plugins.FoodProcessing"),
        Seeds("chemicals", "Weinan.Benchmarking.Plugins.Chemicals"),
        Seeds("metallurgy", "Weinan.Benchmarking.Plugins.Metallurgy"),
        Seeds("building-materials", "Weinan.Benchmarking.Plugins.BuildingMaterials"),
    ];

    private static readonly Sector Textiles = Sectors[0];
    private static readonly string ExampleCatalog = File.ReadAllText(Repository("docs", "examples", "catalog.json"));
    private static readonly string ExampleSubmission = File.ReadAllText(Repository("docs", "examples", "submission.json"));

    private const string GroupCatalog = """
        {
          "schemaVersion": "1.0", "id": "wnfz-group", "version": "2025.1", "sectors": ["textiles"],
          "standards": [ { "code": "T/WNFZ 001-2025", "title": { "zh": "婴幼儿纺织服装", "en": "Infant textile apparel" },
            "tier": "group", "force": "recommended", "editionYear": 2025, "effective": "2025-03-01" } ],
          "indicators": [ { "id": "lead-extra", "name": { "zh": "铅", "en": "Lead" }, "unit": "mg/kg", "kind": "quantitative",
            "direction": "lowerIsBetter", "category": "safety" } ],
          "requirements": [ { "id": "t-wnfz-001-2025.formaldehyde.infant", "indicatorId": "formaldehyde", "standardCode": "T/WNFZ 001-2025",
            "clause": "5.2", "limit": { "kind": "upper", "max": "10" }, "unit": "mg/kg", "roundingInterval": "0.5", "method": "rounded",
            "appliesTo": { "productClasses": ["infant"] }, "provenance": { "source": "T/WNFZ 001-2025 5.2", "confidence": "confirmed" } } ],
          "productClasses": [ { "id": "outdoor", "name": { "zh": "户外", "en": "Outdoor" }, "exemptions": [] } ],
          "conversions": [ { "fromUnit": "%", "toUnit": "mg/kg", "factor": "20000/2", "indicatorId": "formaldehyde" } ]
        }
        """;

    [Fact]
    public void Should_NeverReachTheInternalErrorPath_ForMutatedSamplesAndCatalogs()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("WB_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Seed;
        var cases = int.TryParse(Environment.GetEnvironmentVariable("WB_FUZZ_CASES"), CultureInfo.InvariantCulture, out var c) ? c : Cases;
        using var temp = new TempDirectory();
        var master = new Random(seed);
        var clock = Stopwatch.StartNew();
        var exits = new Dictionary<int, int>();
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cases; i++)
        {
            var caseSeed = master.Next();
            var fuzzCase = Build(new Random(caseSeed), temp.Path);
            WbenchRun run;
            try
            {
                run = Wbench.Run(Wbench.Bare, fuzzCase.Rich, fuzzCase.Args);
            }
            catch (Exception ex)
            {
                Assert.Fail(Report(seed, i, caseSeed, fuzzCase, $"escaped exception {ex}"));
                return;
            }

            var problem = run.ExitCode == ExitCodes.InternalError || run.All.Contains(IssueCodes.InternalError, StringComparison.Ordinal)
                ? "internal error: " + run.Error + run.Console
                : RawControl().IsMatch(run.Error) ? "raw control character on standard error: " + run.Error
                : run.All.Contains("   at ", StringComparison.Ordinal) ? "stack trace: " + run.All
                : NotAsRegistered(run.Error + run.Console, codes);
            if (problem is not null)
            {
                Assert.Fail(Report(seed, i, caseSeed, fuzzCase, problem));
            }

            exits[run.ExitCode] = exits.GetValueOrDefault(run.ExitCode) + 1;
        }

        log.WriteLine($"{cases} cases, seed {seed}, {clock.Elapsed.TotalSeconds:0.0} s; exit codes: " +
                      string.Join(", ", exits.OrderBy(e => e.Key).Select(e => $"{e.Key} × {e.Value}")) +
                      $"; {codes.Count} issue codes: {string.Join(' ', codes)}");
        exits.Keys.ShouldContain(ExitCodes.Ok);
        exits.Keys.ShouldContain(ExitCodes.Failed);
        exits.Keys.ShouldContain(ExitCodes.InputError);
        codes.ShouldNotBeEmpty("no issue line was recognised, so no severity was checked");
    }

    /// <summary>
    /// The first issue line whose code the registry does not have, or whose severity is not the registry's default for
    /// the code (unless the registry says it varies); null when all are as registered. The codes seen are collected.
    /// </summary>
    private static string? NotAsRegistered(string printed, ISet<string> seen)
    {
        foreach (Match line in IssueLine().Matches(printed))
        {
            var code = line.Groups[2].Value;
            var severity = line.Groups[1].Value switch
            {
                "error" or "错误" => Severity.Error,
                "warning" or "警告" => Severity.Warning,
                _ => Severity.Info,
            };
            seen.Add(code);
            if (IssueCodes.Find(code) is not { } definition)
            {
                return $"code {code} is not in the registry: {line.Value}";
            }

            if (severity != definition.DefaultSeverity && !definition.SeverityVaries)
            {
                return $"{code} reported as {severity}, registered as {definition.DefaultSeverity}: {printed}";
            }
        }

        return null;
    }

    /// <summary>One case: the files written, the arguments, and what was mutated.</summary>
    private sealed record FuzzCase(string[] Args, bool Rich, string Kind, string Mutation, string Input);

    private static FuzzCase Build(Random random, string folder)
    {
        var mutator = new JsonMutator(random);
        var sector = Sectors[random.Next(Sectors.Length)];
        var sample = sector.Samples[random.Next(sector.Samples.Length)];
        string input;
        string mutation;
        switch (random.Next(20))
        {
            case < 8:
                (input, mutation) = mutator.Mutate(sample);
                return Assess($"{sector.Name} submission", input, sector.Catalog, null);
            case < 11:
                (input, mutation) = mutator.Mutate(sector.Catalog);
                return Assess($"{sector.Name} catalog", sample, input, null);
            case < 14:
                (input, mutation) = mutator.Mutate(GroupCatalog);
                return Assess("data-only catalog merged into the textiles catalog", Textiles.Samples[2], Textiles.Catalog, input);
            case < 16 when random.Next(2) == 0:
                (input, mutation) = mutator.Mutate(ExampleCatalog);
                return Assess("example catalog", ExampleSubmission, input, null);
            case < 16:
                (input, mutation) = mutator.Mutate(ExampleSubmission);
                return Assess("example submission", input, ExampleCatalog, null);
            default:
                (input, mutation) = mutator.Mutate(random.Next(2) == 0 ? sector.Catalog : GroupCatalog);
                var checkedFile = Write("catalog.json", input);
                return new FuzzCase(["plugins", "check", checkedFile, .. Language(random)], random.Next(5) == 0, "plugins check of a catalog", mutation, input);
        }

        string Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            return path;
        }

        FuzzCase Assess(string kind, string submission, string catalog, string? addition)
        {
            List<string> args = ["assess", Write("submission.json", submission), "--catalog", Write("catalog.json", catalog)];
            if (addition is not null)
            {
                args.AddRange(["--catalog", Write("addition.json", addition)]);
            }

            args.AddRange(Options(random, folder));
            return new FuzzCase([.. args], random.Next(5) == 0, kind, mutation, input);
        }
    }

    private static string[] Language(Random random) => random.Next(2) == 0 ? ["--lang", "en"] : [];

    private static IEnumerable<string> Options(Random random, string folder)
    {
        yield return "--date";
        yield return random.Next(10) == 0 ? "2010-01-01" : Date;
        foreach (var option in Language(random))
        {
            yield return option;
        }

        var format = random.Next(10) switch
        {
            < 3 => null,
            < 7 => "json",
            < 9 => "md",
            _ => "html",
        };
        if (format is not null)
        {
            yield return "--format";
            yield return format;
            if (random.Next(4) == 0)
            {
                yield return "--out";
                yield return Path.Combine(folder, "out", "result." + format);
            }
        }

        if (random.Next(3) == 0)
        {
            yield return "--method";
            yield return "rounded";
        }

        if (random.Next(2) == 0)
        {
            yield return "--decision-rule";
            yield return random.Next(2) == 0 ? "guard-band" : "non-binary";
            yield return "--guard-band";
            yield return new[] { "0", "1", "2.5", "99999999999999999999", "1e19" }[random.Next(5)];
        }

        if (random.Next(5) == 0)
        {
            yield return "--target-tier";
            yield return new[] { "international-advanced", "compliant", "no-such-rung" }[random.Next(3)];
        }
    }

    private string Report(int seed, int index, int caseSeed, FuzzCase fuzzCase, string problem)
    {
        var text = $"""
            Fuzz case {index} of seed {seed} (case seed {caseSeed}) failed: {problem}
            kind: {fuzzCase.Kind}
            mutation: {fuzzCase.Mutation}
            wbench {string.Join(' ', fuzzCase.Args)}{(fuzzCase.Rich ? " (terminal)" : "")}
            mutated input ({fuzzCase.Input.Length} characters):
            {(fuzzCase.Input.Length > 6000 ? fuzzCase.Input[..6000] + " …" : fuzzCase.Input)}
            """;
        log.WriteLine(text);
        return text;
    }
}
