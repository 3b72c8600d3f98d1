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
        var list = inputs.ToList();
        var folders = new Dictionary<string, IReadOnlyList<FolderFile>>(StringComparer.Ordinal);
        foreach (var input in list)
        {
            Expect(input, counters, folders);
        }

        return list.SelectMany(input => Open(input, options, counters, folders));
    }

    // The size of every input is counted before the first is read, so the share read tells the time left. A folder is
    // listed once: the files counted are the files read.
    private static void Expect(string input, BatchCounters counters, Dictionary<string, IReadOnlyList<FolderFile>> folders)
    {
        try
        {
            if (Directory.Exists(input))
            {
                if (!folders.TryGetValue(input, out var files))
                {
                    folders[input] = files = JsonSources.FolderFiles(input);
                }

                counters.Expect(files.Sum(f => f.Size));
            }
            else if (File.Exists(input))
            {
                if (Path.GetExtension(input).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    counters.Unsized();
                }
                else
                {
                    counters.Expect(new FileInfo(input).Length);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reading the input reports what is wrong with it; its size only feeds the estimate.
            counters.Unsized();
        }
    }

    private static IEnumerable<SourceRecord> Open(string input, IntakeOptions options, BatchCounters counters,
        Dictionary<string, IReadOnlyList<FolderFile>> folders)
    {
        if (folders.TryGetValue(input, out var files))
        {
            return JsonSources.Folder(files, counters);
        }

        if (Directory.Exists(input))
        {
            return JsonSources.Folder(JsonSources.FolderFiles(input), counters);
        }

        if (!File.Exists(input))
        {
            return [new ReadRecord(new SourceRow(input, 0, null, [SourceIssues.Missing(input)]))];
        }

        return Path.GetExtension(input).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" => JsonSources.Lines(input, counters),
            ".json" => JsonSources.OneFile(input, counters),
            ".csv" => TabularSources.Csv(input, options, counters),
            ".xlsx" => TabularSources.Xlsx(input, options, counters),
            _ => [new ReadRecord(new SourceRow(input, 0, null, [SourceIssues.Kind(input)]))],
        };
    }
}
