using System.Runtime.InteropServices;

namespace Weinan.Benchmarking.Cli.Output;

/// <summary>
/// Standard output or error, when redirected to a file or a pipe on Linux or macOS, written with the system's own write
/// call through the runtime's native library (as <see cref="Commands.FileKinds"/> asks it for <c>stat</c>). System.Console's
/// streams set up the terminal and its signal handling before their first write, terminal or not: some 5–8 ms of a cold
/// start that a redirected run never needs. Like System.Console's streams, writes go straight to the descriptor, at
/// its shared position (a file opened for appending, or one descriptor behind both <c>&gt;</c> and <c>2&gt;&amp;1</c>, keep
/// their order), and a reader that has gone (a broken pipe) ends the output silently.
/// </summary>
internal sealed partial class DescriptorStream(int descriptor) : Stream
{
    // errno values, the same on Linux and macOS but for EAGAIN.
    private const int BrokenPipe = 32;
    private const int LinuxWouldBlock = 11;
    private const int MacWouldBlock = 35;

    /// <summary>
    /// Whether standard output (1) or error (2) is redirected: not a terminal, as System.Console tells it on Linux and
    /// macOS, without System.Console's own start-up.
    /// </summary>
    public static bool IsRedirected(int descriptor) => IsTerminal(descriptor) == 0;

    /// <summary>Standard output (1) or error (2) as UTF-8 text, flushed at every write, safe to share between threads.</summary>
    public static TextWriter Writer(int descriptor) =>
        TextWriter.Synchronized(new StreamWriter(new DescriptorStream(descriptor), new System.Text.UTF8Encoding(false), 4096) { AutoFlush = true });

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            int written;
            fixed (byte* bytes = buffer)
            {
                written = Write(descriptor, bytes, buffer.Length);
            }

            if (written >= 0)
            {
                buffer = buffer[written..];
                continue;
            }

            var error = Marshal.GetLastPInvokeError();
            if (error == BrokenPipe)
            {
                return;
            }

            if (error is LinuxWouldBlock or MacWouldBlock)
            {
                // A descriptor set non-blocking by whoever opened it: wait for room.
                Thread.Sleep(1);
                continue;
            }

            throw new IOException(Marshal.GetPInvokeErrorMessage(error), error);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_IsATty")]
    private static partial int IsTerminal(nint descriptor);

    // Retries when interrupted by a signal; -1 and errno otherwise on failure.
    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Write", SetLastError = true)]
    private static unsafe partial int Write(nint descriptor, byte* buffer, int bufferSize);
}
