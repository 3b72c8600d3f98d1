using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Hosting;

/// <summary>Reads the project's JSON input files; every problem is an issue naming the file.</summary>
public static class InputFile
{
    /// <summary>
    /// Reads a JSON file. A missing or unreadable file is an issue (<c>WB4201</c>, <c>WB4202</c>); malformed JSON is
    /// <c>WB1001</c> with line and column. The value is null when any error was found. A document of the contract's
    /// model is read directly when it can be (<see cref="DirectJson"/>), else with <see cref="BenchmarkJson"/>.
    /// </summary>
    public static (T? Value, IReadOnlyList<Issue> Issues) ReadJson<T>(string path)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return (null, [new Issue
            {
                Code = IssueCodes.FileUnreadable,
                File = path,
                Message = new($"{path} 是文件夹，不是 JSON 文件。", $"{path} is a folder, not a JSON file."),
            }]);
        }

        if (!File.Exists(path))
        {
            return (null, [Missing(path)]);
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var why = FileErrors.Describe(ex);
            return (null, [new Issue
            {
                Code = IssueCodes.FileUnreadable,
                File = path,
                Message = new($"无法读取文件 {path}：{why.Zh}", $"Cannot read file {path}: {why.En}"),
            }]);
        }

        // Most inputs are plain, and read directly they read to the same value without an issue; any other is read,
        // and reported on, by the serializer.
        if (DirectJson.TryRead<T>(text) is { } direct)
        {
            return (direct, []);
        }

        var read = BenchmarkJson.Deserialize<T>(text, path);
        return (read.Issues.Any(i => i.Severity == Severity.Error) ? null : read.Value, read.Issues);
    }

    /// <summary>The issue for a missing input file or folder.</summary>
    public static Issue Missing(string path) => new()
    {
        Code = IssueCodes.FileNotFound,
        File = path,
        Message = new($"文件或文件夹不存在：{path}", $"File or folder not found: {path}"),
    };
}
