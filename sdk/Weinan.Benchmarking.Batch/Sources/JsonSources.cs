using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>A submission written as JSON text: a line of a JSONL file, as its UTF-8 bytes.</summary>
internal sealed class JsonTextRecord(string file, int row, byte[] text) : SourceRecord
{
    public override SourceRow Parse()
    {
        var read = PlainSubmissionReader.Read(text, file);
        // The reader counts lines within the text; a JSONL row is one line of the file.
        if (read.Issues.Count == 0)
        {
            return new SourceRow(file, row, read.Value, []);
        }

        var issues = read.Issues.Select(i => i with { Line = row }).ToList();
        var failed = issues.Any(i => i.Severity == Severity.Error);
        return new SourceRow(file, row, failed ? null : read.Value, issues);
    }
}

/// <summary>A submission JSON file, read when parsed.</summary>
internal sealed class JsonFileRecord(string file) : SourceRecord
{
    public override SourceRow Parse()
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new SourceRow(file, 0, null, [SourceIssues.Unreadable(file, ex)]);
        }

        var read = BenchmarkJson.Deserialize<Submission>(text, file);
        var failed = read.Issues.Any(i => i.Severity == Severity.Error);
        return new SourceRow(file, 1, failed ? null : read.Value, read.Issues);
    }
}

/// <summary>Reads JSONL files line by line and folders of submission JSON files.</summary>
internal static class JsonSources
{
    /// <summary>One record per non-blank line; blank lines are counted, not read.</summary>
    public static IEnumerable<SourceRecord> Lines(string file, BatchCounters counters)
    {
        Utf8LineReader reader;
        try
        {
            reader = Utf8LineReader.Open(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new ReadRecord(new SourceRow(file, 0, null, [SourceIssues.Unreadable(file, ex)]))];
        }

        return Read(reader, file, counters);
    }

    private static IEnumerable<SourceRecord> Read(Utf8LineReader reader, string file, BatchCounters counters)
    {
        using (reader)
        {
            var row = 0;
            var position = 0L;
            while (true)
            {
                byte[]? line;
                try
                {
                    line = reader.ReadLine();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    line = null;
                    counters.Notice(SourceIssues.Unreadable(file, ex) with { Line = row + 1 });
                }

                position = counters.Advance(reader.FilePosition, position);
                if (line is null)
                {
                    yield break;
                }

                row++;
                if (IsBlank(line))
                {
                    counters.Blank();
                    continue;
                }

                yield return new JsonTextRecord(file, row, line);
            }
        }
    }

    /// <summary>Whether a line is blank: nothing but white space (<see cref="string.IsNullOrWhiteSpace"/>, an ideographic space included).</summary>
    private static bool IsBlank(byte[] line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or 0x0B or 0x0C) && b < 0x80)
            {
                return false;
            }
        }

        return string.IsNullOrWhiteSpace(System.Text.Encoding.UTF8.GetString(line));
    }

    /// <summary>One submission JSON file.</summary>
    public static IEnumerable<SourceRecord> OneFile(string file, BatchCounters counters) => OneFile(file, Size(file), counters);

    private static IEnumerable<SourceRecord> OneFile(string file, long size, BatchCounters counters)
    {
        yield return new JsonFileRecord(file);
        counters.Consumed(size);
    }

    /// <summary>The files of a folder (see <see cref="FolderFiles"/>), one record each.</summary>
    public static IEnumerable<SourceRecord> Folder(IReadOnlyList<FolderFile> files, BatchCounters counters) =>
        files.SelectMany(f => OneFile(f.Path, f.Size, counters));

    /// <summary>The <c>*.json</c> files under a folder with their sizes, in ordinal order of their relative paths.</summary>
    internal static IReadOnlyList<FolderFile> FolderFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Order(StringComparer.Ordinal)
            .Select(f => new FolderFile(f, Size(f)))];

    private static long Size(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}

/// <summary>A submission file found in a folder, and its size when listed (for the share of the inputs read).</summary>
/// <param name="Path">The file.</param>
/// <param name="Size">Its size in bytes (0 when it could not be told).</param>
internal sealed record FolderFile(string Path, long Size);
