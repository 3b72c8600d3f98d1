using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// Words a file-system failure in both languages, so a message never carries the runtime's English text (such as
/// "Could not find a part of the path") or the name of a temporary file.
/// </summary>
public static class FileErrors
{
    // errno values the runtime passes through as the HResult of an IOException on Linux and macOS.
    private const int NotADirectory = 20;
    private const int IsADirectory = 21;
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;

    /// <summary>What went wrong, without the path (the issue carries it).</summary>
    public static LocalizedText Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException => new("没有访问权限", "permission denied"),
        FileNotFoundException => new("文件不存在", "the file does not exist"),
        DirectoryNotFoundException => new("路径中的文件夹不存在", "a folder on the path does not exist"),
        PathTooLongException => new("路径过长", "the path is too long"),
        IOException { HResult: NotADirectory } => new("路径中的某一级不是文件夹", "a part of the path is not a folder"),
        IOException { HResult: IsADirectory } => new("这是文件夹，不是文件", "it is a folder, not a file"),
        IOException { HResult: NoSpace } => new("磁盘空间不足", "no space is left on the device"),
        IOException { HResult: ReadOnlyFileSystem } => new("文件系统只读", "the file system is read-only"),
        ArgumentException or NotSupportedException => new("路径无效", "the path is invalid"),
        _ => new("读写时发生输入输出错误", "an input/output error occurred"),
    };
}
