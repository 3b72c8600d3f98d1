using System.Text;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// Writes <c>--out</c> without changing what the target is. An absent target or a regular file is written through a
/// temporary file in its folder, then moved over it, keeping the existing file's permissions (a 0600 file stays 0600); a
/// read-only file is refused unless forced. A character device or FIFO is written directly (a FIFO waits for its
/// reader). A symbolic link is followed and the file it points to is written; the link stays a link. A folder, a block
/// device or a socket is refused. Every failure is one issue naming the target, never a temporary file.
/// </summary>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no BOM); a failure is an issue, the target untouched.</summary>
    /// <param name="path">The target as given.</param>
    /// <param name="text">What to write.</param>
    /// <param name="force">Whether to replace a read-only file.</param>
    public static Issue? Write(string path, string text, bool force = false) =>
        Write(path, stream => stream.Write(Utf8.GetBytes(text)), force);

    /// <summary>
    /// Writes what <paramref name="write"/> writes to a stream; a failure to write is an issue, the target untouched. An
    /// exception of <paramref name="write"/> other than an I/O error is not a failure to write: it is thrown as it is.
    /// </summary>
    /// <param name="path">The target as given.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="force">Whether to replace a read-only file.</param>
    public static Issue? Write(string path, Action<Stream> write, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return WriteTo(path, stream =>
            {
                try
                {
                    write(stream);
                }
                catch (Exception ex) when (ex is not (IOException or UnauthorizedAccessException))
                {
                    throw new ContentFailed(ex);
                }
            }, force);
        }
        catch (ContentFailed failed)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed.InnerException!);
            throw;
        }
    }

    /// <summary>Carries an exception of the content past the handling of file errors.</summary>
    private sealed class ContentFailed(Exception inner) : Exception(inner.Message, inner);

    private static Issue? WriteTo(string path, Action<Stream> write, bool force)
    {
        string target;
        try
        {
            target = Path.GetFullPath(path);
            if (new FileInfo(target).LinkTarget is not null)
            {
                target = File.ResolveLinkTarget(target, returnFinalTarget: true)!.FullName;
            }
        }
        catch (IOException)
        {
            return Failed(path, new("符号链接无法解析（可能成环）", "the symbolic link cannot be resolved (it may loop)"));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or UnauthorizedAccessException)
        {
            return Failed(path, FileErrors.Describe(ex));
        }

        try
        {
            switch (FileKinds.Of(target))
            {
                case FileKind.Missing when BlockedFolder(target):
                    return Failed(path, new("路径中的某一级不是文件夹", "a part of the path is not a folder"));
                case FileKind.Missing:
                    Replace(target, write, null);
                    return null;
                case FileKind.Regular when !force && File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly):
                    return Failed(path, new("文件只读；使用 --force 覆盖", "the file is read-only; use --force to overwrite it"));
                case FileKind.Regular when OperatingSystem.IsWindows():
                    var attributes = File.GetAttributes(target);
                    File.SetAttributes(target, attributes & ~FileAttributes.ReadOnly);
                    Replace(target, write, null);
                    File.SetAttributes(target, attributes);
                    return null;
                case FileKind.Regular:
                    Replace(target, write, File.GetUnixFileMode(target));
                    return null;
                case FileKind.CharacterDevice or FileKind.Fifo:
                    using (var stream = new FileStream(target, FileMode.Open, FileAccess.Write))
                    {
                        write(stream);
                    }

                    return null;
                case FileKind.Directory:
                    return Failed(path, new("这是文件夹，不是文件", "it is a folder, not a file"));
                default:
                    return Failed(path, new("既不是普通文件，也不是字符设备或管道", "it is neither a regular file nor a character device or FIFO"));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed(path, FileErrors.Describe(ex));
        }
    }

    /// <summary>Writes a temporary file beside the target, gives it the target's mode, and moves it over the target.</summary>
    private static void Replace(string target, Action<Stream> write, UnixFileMode? mode)
    {
        var directory = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            if (mode is { } keep && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, keep);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Whether the nearest existing ancestor of a missing target is not a folder (so none can be created there).</summary>
    private static bool BlockedFolder(string target)
    {
        for (var folder = Path.GetDirectoryName(target); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (Path.Exists(folder))
            {
                return !Directory.Exists(folder);
            }
        }

        return false;
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the original error is reported.
        }
    }

    private static Issue Failed(string path, LocalizedText why) => new()
    {
        Code = IssueCodes.OutputFailed,
        File = path,
        Message = new($"无法写入：{why.Zh}", $"Cannot write the output: {why.En}"),
    };
}
