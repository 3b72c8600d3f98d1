using System.Text;
using CsvHelper;
using Newtonsoft.Json;
using Weinan.Benchmarking.Batch.Intake;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Batch.Generation;

/// <summary>The file formats generated rows are written in.</summary>
public enum SampleFormat
{
    /// <summary>One submission JSON object per line.</summary>
    Jsonl,

    /// <summary>CSV with header keys, one product per row (UTF-8 with a byte order mark).</summary>
    Csv,

    /// <summary>The intake workbook, filled.</summary>
    Xlsx,
}

/// <summary>How many rows were written, and how many of them carry each defect.</summary>
/// <param name="Rows">Rows written.</param>
/// <param name="Defects">Rows spoiled on purpose, by defect.</param>
public sealed record GenerationTotals(long Rows, IReadOnlyDictionary<RowDefect, long> Defects)
{
    /// <summary>Rows spoiled on purpose.</summary>
    public long Bad => Defects.Values.Sum();
}

/// <summary>Writes generated rows as JSONL, CSV or an intake workbook, streamed.</summary>
public static class SampleFiles
{
    /// <summary>The format of a file name (<c>.jsonl</c>, <c>.ndjson</c>, <c>.csv</c>, <c>.xlsx</c>), or null.</summary>
    public static SampleFormat? FormatOf(string path) => Path.GetExtension(path ?? "").ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => SampleFormat.Jsonl,
        ".csv" => SampleFormat.Csv,
        ".xlsx" => SampleFormat.Xlsx,
        _ => null,
    };

    /// <summary>Writes the generator's rows.</summary>
    /// <param name="output">Where they go.</param>
    /// <param name="format">The format.</param>
    /// <param name="generator">The rows.</param>
    /// <param name="language">The language of a workbook's headers and evidence names (zh-CN or en).</param>
    /// <param name="progress">Told the number of rows written, every 10,000 rows.</param>
    public static GenerationTotals Write(Stream output, SampleFormat format, SampleGenerator generator, string language, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(generator);
        var defects = new Dictionary<RowDefect, long>();
        long rows = 0;
        IEnumerable<T> Counted<T>(IEnumerable<(RowDefect? Defect, T Value)> drawn)
        {
            foreach (var (defect, value) in drawn)
            {
                if (defect is { } d)
                {
                    defects[d] = defects.GetValueOrDefault(d) + 1;
                }

                yield return value;
                if (++rows % 10_000 == 0)
                {
                    progress?.Report(rows);
                }
            }
        }

        // Rows are drawn and turned into text in parallel, and written in order.
        switch (format)
        {
            case SampleFormat.Jsonl:
                Lines(output, Counted(generator.Rows(r => (r.Defect, JsonConvert.SerializeObject(r.Submission, Compact)))));
                break;
            case SampleFormat.Csv:
                Csv(output, generator.Columns(language), Counted(generator.Rows(r => (r.Defect, IntakeCells.Of(r.Submission)))));
                break;
            default:
                IntakeWorkbook.Write(output, generator.Columns(language), language, Counted(generator.Rows(r => (r.Defect, IntakeCells.Of(r.Submission, language)))));
                break;
        }

        progress?.Report(rows);
        return new GenerationTotals(rows, defects);
    }

    /// <summary>The submission format on one line.</summary>
    private static readonly JsonSerializerSettings Compact = new(BenchmarkJson.Settings) { Formatting = Formatting.None };

    private static void Lines(Stream output, IEnumerable<string> lines)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        foreach (var line in lines)
        {
            text.Write(line);
            text.Write('\n');
        }
    }

    private static void Csv(Stream output, IReadOnlyList<IntakeColumn> columns, IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        // A byte order mark so that spreadsheets read the Chinese text as UTF-8.
        using var text = new StreamWriter(output, new UTF8Encoding(true), 1 << 16, leaveOpen: true);
        using var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape, NewLine = "\n" }, leaveOpen: true);
        var keys = columns.Select(c => c.Key).ToArray();
        var index = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        csv.WriteHeader(keys);
        var cells = new string[keys.Length];
        foreach (var row in rows)
        {
            Array.Fill(cells, "");
            foreach (var (key, value) in row)
            {
                cells[index[key]] = value;
            }

            csv.WriteRecord(cells);
        }

        csv.Flush();
    }
}
