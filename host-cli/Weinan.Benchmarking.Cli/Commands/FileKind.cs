using System.Runtime.InteropServices;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>What a path names once symbolic links are followed.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    CharacterDevice,
    Fifo,
    Other,
}

/// <summary>
/// Tells a regular file from a device, a FIFO or a socket, which .NET does not expose: on Linux and macOS the runtime's
/// own native library answers <c>stat</c> in its platform-independent layout (file type in the <c>Mode</c> field at offset
/// 4, POSIX <c>S_IF*</c> values). On Windows every existing non-folder is a regular file.
/// </summary>
internal static partial class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int RegularType = 0x8000;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        if (Stat(path, out var status) != 0)
        {
            return Path.Exists(path) ? FileKind.Other : FileKind.Missing;
        }

        return (status.Mode & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            CharacterDeviceType => FileKind.CharacterDevice,
            FifoType => FileKind.Fifo,
            _ => FileKind.Other,
        };
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out FileStatus status);

    /// <summary>The runtime's <c>FileStatus</c>: flags, then the mode; the rest (times, sizes, ids) is not read.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
