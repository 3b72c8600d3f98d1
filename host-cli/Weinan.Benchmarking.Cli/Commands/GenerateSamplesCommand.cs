using System.Diagnostics;
using System.Globalization;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch.Generation;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// <c>wbench samples generate --count N --seed S --out FILE</c>: a realistic batch varied from the sample submissions of
/// the sectors that have plugins (see <c>docs/batch.md</c>, "Generated batches").
/// </summary>
public sealed class GenerateSamplesCommand(CliEnvironment env) : Command<GenerateSamplesSettings>
{
    /// <summary>Where the sample submissions sit, relative to the executable.</summary>
    public const string SamplesFolder = "samples";

    /// <inheritdoc />
    public override int Execute(CommandContext context, GenerateSamplesSettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        using var host = env.LoadPlugins(settings.Plugins);
        var explicitSectors = settings.Sectors.Length > 0;
        var sectors = explicitSectors ? [.. settings.Sectors.Distinct(StringComparer.Ordinal)] : host.Plugins.Select(p => p.Sectors[0]).ToList();
        var (catalogs, exit) = SectorCatalogs.Resolve(host, sectors, [], output);
        if (exit is { } code)
        {
            return code;
        }

        if (explicitSectors)
        {
            // By id, as the samples name their sector: --sector may have named one by its catalog's name.
            sectors = [.. catalogs.Select(c => c.Sectors)];
        }

        var folder = settings.Samples ?? Path.Combine(env.BaseDirectory, SamplesFolder);
        if (!Directory.Exists(folder))
        {
            output.Issues([Hosting.InputFile.Missing(folder)]);
            return ExitCodes.InputError;
        }

        var samples = ReadSamples(folder, output);
        var inputs = new List<SectorSamples>();
        for (var i = 0; i < sectors.Count; i++)
        {
            var own = samples.Where(s => string.Equals(s.Sector, sectors[i], StringComparison.OrdinalIgnoreCase)).ToList();
            if (own.Count == 0)
            {
                output.Issues([new Issue
                {
                    Code = IssueCodes.BatchNoSamples,
                    Severity = explicitSectors ? Severity.Error : Severity.Warning,
                    File = folder,
                    Message = new($"{folder} 中没有“{catalogs[i].Catalog.Name.Zh}”行业的样例提交，无法为该行业生成数据。", $"{folder} holds no sample submission of sector {sectors[i]}; none is generated for it."),
                }]);
                if (explicitSectors)
                {
                    return ExitCodes.InputError;
                }

                continue;
            }

            inputs.Add(new SectorSamples(sectors[i], catalogs[i].Catalog, own));
        }

        SampleGenerator generator;
        try
        {
            generator = new SampleGenerator(inputs, new GeneratorOptions(settings.Rows, settings.SeedValue, settings.Share, settings.PeriodList));
        }
        catch (ArgumentException)
        {
            output.Issues([new Issue
            {
                Code = IssueCodes.BatchNoSamples,
                File = folder,
                Message = new($"{folder} 中没有可用的样例提交。", $"{folder} holds no usable sample submission."),
            }]);
            return ExitCodes.InputError;
        }

        var clock = Stopwatch.StartNew();
        GenerationTotals? totals = null;
        var failure = Commands.OutputFile.Write(settings.Out!,
            stream => totals = SampleFiles.Write(stream, SampleFiles.FormatOf(settings.Out!)!.Value, generator, settings.Language), settings.Force);
        if (failure is not null)
        {
            output.Issues([failure]);
            return ExitCodes.OutputError;
        }

        var t = totals!;
        var defects = t.Defects.OrderBy(d => d.Key).Select(d => (Name: RowDefects.Name(d.Key), d.Value)).ToList();
        output.Line(new LocalizedText(
            string.Create(CultureInfo.InvariantCulture,
                $"已生成 {t.Rows} 行到 {settings.Out}（行业 {string.Join("、", catalogs.Where(c => generator.Sectors.Contains(c.Sectors)).Select(c => c.Catalog.Name.Zh))}；种子 {settings.SeedValue}；用时 {clock.Elapsed.TotalSeconds:0.0} 秒）"),
            string.Create(CultureInfo.InvariantCulture,
                $"Generated {t.Rows} rows into {settings.Out} (sectors {string.Join(", ", generator.Sectors)}; seed {settings.SeedValue}; {clock.Elapsed.TotalSeconds:0.0} s)")));
        output.Line(new LocalizedText(
            string.Create(CultureInfo.InvariantCulture, $"问题行 {t.Bad} 行{(defects.Count == 0 ? "" : "：" + string.Join("，", defects.Select(d => $"{d.Name.Zh} {d.Value}")))}"),
            string.Create(CultureInfo.InvariantCulture, $"Bad rows: {t.Bad}{(defects.Count == 0 ? "" : " (" + string.Join(", ", defects.Select(d => $"{d.Name.En} {d.Value}")) + ")")}")));
        return ExitCodes.Ok;
    }

    /// <summary>Every submission JSON file under the folder, in ordinal order of their paths; unreadable ones are warned about and left out.</summary>
    private static List<Submission> ReadSamples(string folder, CliOutput output)
    {
        var samples = new List<Submission>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            JsonReadResult<Submission>? read = null;
            try
            {
                read = BenchmarkJson.Deserialize<Submission>(File.ReadAllText(file), file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Reported below like any other unusable file.
            }

            if (read?.Value is { Results.Count: > 0 } submission && !read.Issues.Any(i => i.Severity == Severity.Error))
            {
                samples.Add(submission);
            }
            else
            {
                output.Issues([new Issue
                {
                    Code = IssueCodes.BatchSampleUnreadable,
                    Severity = Severity.Warning,
                    File = file,
                    Message = new("该文件不是可用的样例提交，已跳过。", "The file is not a usable sample submission; it is left out."),
                }]);
            }
        }

        return samples;
    }
}
