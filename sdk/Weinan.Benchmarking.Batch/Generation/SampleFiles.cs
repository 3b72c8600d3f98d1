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
        IEnumerable<GeneratedRow> Counted()
        {
            foreach (var row in generator.Rows())
            {
                if (row.Defect is { } defect)
                {
                    defects[defect] = defects.GetValueOrDefault(defect) + 1;
                }

                yield return row;
                if (++rows % 10_000 == 0)
                {
                    progress?.Report(rows);
                }
            }
        }

        switch (format)
        {
            case SampleFormat.Jsonl:
                Jsonl(output, Counted());
                break;
            case SampleFormat.Csv:
                Csv(output, generator.Columns(language), Counted());
                break;
            default:
                IntakeWorkbook.Write(output, generator.Columns(language), language, Counted().Select(r => IntakeCells.Of(r.Submission, language)));
                break;
        }

        progress?.Report(rows);
        return new GenerationTotals(rows, defects);
    }

    private static void Jsonl(Stream output, IEnumerable<GeneratedRow> rows)
    {
        var serializer = JsonSerializer.Create(BenchmarkJson.Settings);
        serializer.Formatting = Formatting.None;
        using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        foreach (var row in rows)
        {
            using (var json = new JsonTextWriter(text) { CloseOutput = false })
            {
                serializer.Serialize(json, row.Submission);
            }

            text.Write('\n');
        }
    }

    private static void Csv(Stream output, IReadOnlyList<IntakeColumn> columns, IEnumerable<GeneratedRow> rows)
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
            foreach (var (key, value) in IntakeCells.Of(row.Submission))
            {
                cells[index[key]] = value;
            }

            csv.WriteRecord(cells);
        }

        csv.Flush();
    }
}
