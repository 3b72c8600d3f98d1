using System.Text;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>Writes a file atomically: a temporary file in the same folder, then a move over the target.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 (no BOM); a failure is an issue, the target untouched.</summary>
    public static Issue? Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the original error is reported.
            }

            return new Issue
            {
                Code = HostingIssueCodes.OutputFailed,
                File = full,
                Message = new($"无法写入 {full}：{ex.Message}", $"Cannot write {full}: {ex.Message}"),
            };
        }
    }
}
