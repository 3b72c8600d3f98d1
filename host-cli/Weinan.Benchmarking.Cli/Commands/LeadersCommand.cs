using System.Collections.Concurrent;
using System.Globalization;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch;
using Weinan.Benchmarking.Batch.Leaders;
using Weinan.Benchmarking.Batch.Sources;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// <c>wbench leaders --category C [--period P] [--top N] INPUT…</c>: ranks the enterprise standards declared in a product
/// category by coverage and advancement, prints the formula used and flags the 领跑者 candidates (see
/// <c>docs/batch.md</c>). The inputs are read as <c>wbench batch</c> reads them; only the category's rows are assessed.
/// </summary>
public sealed class LeadersCommand(CliEnvironment env) : Command<LeadersSettings>
{
    /// <summary>Issues of rows that could not be read or assessed printed at most; the rest are counted.</summary>
    private const int RejectedShown = 20;

    /// <inheritdoc />
    public override int Execute(CommandContext context, LeadersSettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        using var host = env.LoadPlugins(settings.Plugins);
        if (CatalogAdditions.Read(host, settings.Catalogs, output) is not { } additions)
        {
            return ExitCodes.InputError;
        }

        if (SectorCatalogs.CheckDefault(host, settings.Sector, additions, output) is { } sectorExit)
        {
            return sectorExit;
        }

        var sectors = new ConcurrentDictionary<string, Lazy<SectorResolution>>(StringComparer.Ordinal);
        SectorResolution Resolve(string sector) => sectors.GetOrAdd(sector, s => new Lazy<SectorResolution>(() =>
        {
            var selection = host.Catalogs.Select(s, additions);
            return new SectorResolution(selection.Sector, selection.Issues);
        })).Value;

        // As the batch reads them: an enterprise limit cell is read by its indicator's kind (≥ 3-4 for a grade, pass for a category).
        var intake = IntakeOptions.ForCatalogs(s => Resolve(s).Catalog?.Catalog, settings.Sector, host.Catalogs.Sectors);
        var ranking = new LeaderRanking(settings.Category!, settings.Period, settings.ToOptions(env.Today));
        var counters = new BatchCounters();
        long read = 0, rejected = 0;
        var shown = 0;
        foreach (var (product, issues) in SubmissionSources.Read(settings.Inputs, intake, counters)
                     .AsParallel().AsOrdered()
                     .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                     .WithCancellation(cancellationToken)
                     .Select(record => Step(record, ranking, Resolve)))
        {
            read++;
            if (product is not null)
            {
                ranking.Add(product);
            }

            if (issues.Count > 0)
            {
                rejected++;
                if (shown++ < RejectedShown)
                {
                    output.Issues(issues);
                }
            }
        }

        output.Issues(counters.Notices);
        var table = ranking.Build();
        output.Issues(table.Issues);
        if (table.Issues.Any(i => i.Severity == Severity.Error))
        {
            return ExitCodes.InputError;
        }

        table = Top(table, settings.TopRanks);
        var written = settings.ResolvedFormat switch
        {
            LeadersFormat.Json => Write(output, settings, LeaderTableWriter.Json(table, settings.Language)),
            LeadersFormat.Csv => Write(output, settings, Csv(table, settings.Language, settings.Out is not null)),
            _ => Print(output, table),
        };
        if (!written)
        {
            return ExitCodes.OutputError;
        }

        if (settings.ResolvedFormat == LeadersFormat.Table || settings.Out is not null)
        {
            output.Line(new LocalizedText(
                $"读取 {read} 行：品类“{table.Category}”的产品 {table.Products} 个（未声明企业标准 {table.WithoutEnterpriseStandard} 个，未能评价 {table.NotAssessed} 个）；无法读取或评价而未计入 {rejected} 行。",
                $"Read {read} rows: {table.Products} products of category '{table.Category}' ({table.WithoutEnterpriseStandard} without an enterprise standard, {table.NotAssessed} not assessed); {rejected} rows not counted because they could not be read or assessed."));
        }

        if (rejected > RejectedShown)
        {
            output.Line(new LocalizedText($"另有 {rejected - RejectedShown} 行的问题未列出。", $"The issues of {rejected - RejectedShown} more rows are not listed."));
        }

        return rejected > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>
    /// One row: read it; a submission of the category and period is assessed against its sector's catalog. Rows that
    /// cannot be read, and rows of the category that cannot be assessed, come back with their issues.
    /// </summary>
    private static (LeaderProduct? Product, IReadOnlyList<Issue> Issues) Step(SourceRecord record, LeaderRanking ranking, Func<string, SectorResolution> resolve)
    {
        var row = record.Parse();
        if (row.Submission is not { } submission)
        {
            return (null, Locate(row, row.Issues));
        }

        if (!ranking.Matches(submission))
        {
            return (ranking.Evaluate(submission, null), []);
        }

        var resolution = resolve(submission.Sector);
        var product = ranking.Evaluate(submission, resolution.Catalog);
        return product.Rejected ? (product, Locate(row, [.. row.Issues, .. resolution.Issues, .. product.Issues])) : (product, []);
    }

    private static IReadOnlyList<Issue> Locate(SourceRow row, IEnumerable<Issue> issues) =>
        [.. issues.Select(i => i with { File = row.File, Line = row.Row > 0 ? row.Row : i.Line })];

    /// <summary>The table with ranks 1 to <paramref name="top"/> only.</summary>
    private static LeaderTable Top(LeaderTable table, int? top) => top is not { } n ? table : table with
    {
        Lists = [.. table.Lists.Select(l => l with { Entries = [.. l.Entries.Where(e => e.Rank <= n)] })],
    };

    private static string Csv(LeaderTable table, string language, bool file)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        if (file)
        {
            // A byte order mark so that spreadsheets read the Chinese text as UTF-8.
            writer.Write('\uFEFF');
        }

        LeaderTableWriter.Csv(table, writer, language);
        return writer.ToString();
    }

    private bool Write(CliOutput output, LeadersSettings settings, string text)
    {
        if (settings.Out is not { } path)
        {
            output.Raw(text);
            return true;
        }

        if (OutputFile.Write(path, text) is { } issue)
        {
            output.Issues([issue]);
            return false;
        }

        output.Line(new LocalizedText($"已写入 {path}", $"Written to {path}"));
        return true;
    }

    /// <summary>The formula, then per variety its reference indicators, the ranking and the notes.</summary>
    private static bool Print(CliOutput output, LeaderTable table)
    {
        var period = table.Period is { } p ? output.T($"报告期 {p}", $"period {p}") : output.T("全部报告期", "every period");
        output.Line(output.T(
            $"企业标准“领跑者”候选：品类“{table.Category}”，{period}，评价日期 {table.AssessmentDate:yyyy-MM-dd}",
            $"Top-runner candidates among enterprise standards: category '{table.Category}', {period}, assessed on {table.AssessmentDate:yyyy-MM-dd}"), "bold");
        output.Line(output.T("计算方法：", "Formula:"));
        foreach (var line in table.Formula)
        {
            output.Line("  " + output.T(line));
        }

        if (table.Lists.Count == 0)
        {
            output.Line(output.T("该品类中没有声明企业标准（Q/…）的产品，没有可排名的标准。",
                "No product of the category declares an enterprise standard (Q/…); there is nothing to rank."));
        }

        foreach (var list in table.Lists)
        {
            output.Line();
            output.Line(output.T(
                $"{list.SectorName.Zh} · {list.Name.Zh}：参照指标 {list.References.Count} 个 — {string.Join("、", list.References.Select(r => r.Name.Zh))}",
                $"{list.SectorName.En} · {list.Name.En}: {list.References.Count} reference indicators — {string.Join(", ", list.References.Select(r => r.Name.En))}"));
            output.Table(null, LeaderTableWriter.Columns(output.Language), list.Entries.Select(e => LeaderTableWriter.Cells(e, output.Language)));
            foreach (var entry in list.Entries.Where(e => e.Notes.Count > 0))
            {
                output.Line(output.T(
                    $"  {entry.StandardCode}（{entry.Enterprise.Name}）：{string.Join("；", entry.Notes.Select(n => LeaderWords.Note(n).Zh))}",
                    $"  {entry.StandardCode} ({entry.Enterprise.Name}): {string.Join("; ", entry.Notes.Select(n => LeaderWords.Note(n).En))}"));
            }
        }

        return true;
    }
}
