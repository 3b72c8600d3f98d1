namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>Opens batch inputs by kind: <c>.xlsx</c>, <c>.csv</c>, <c>.jsonl</c>, <c>.json</c> files and folders of JSON files.</summary>
public static class SubmissionSources
{
    /// <summary>The records of every input, in the order given; an input that cannot be read is one rejected record.</summary>
    public static IEnumerable<SourceRecord> Read(IEnumerable<string> inputs, IntakeOptions options, BatchCounters counters)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(counters);
        return inputs.SelectMany(input => Open(input, options, counters));
    }

    private static IEnumerable<SourceRecord> Open(string input, IntakeOptions options, BatchCounters counters)
    {
        if (Directory.Exists(input))
        {
            return JsonSources.Folder(input);
        }

        if (!File.Exists(input))
        {
            return [new ReadRecord(new SourceRow(input, 0, null, [SourceIssues.Missing(input)]))];
        }

        return Path.GetExtension(input).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" => JsonSources.Lines(input, counters),
            ".json" => [new JsonFileRecord(input)],
            ".csv" => TabularSources.Csv(input, options, counters),
            ".xlsx" => TabularSources.Xlsx(input, options, counters),
            _ => [new ReadRecord(new SourceRow(input, 0, null, [SourceIssues.Kind(input)]))],
        };
    }
}
