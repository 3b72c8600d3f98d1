using System.IO.Pipes;
using System.Text;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// Standard output and error written straight to their descriptors when redirected (<see cref="DescriptorStream"/>): in
/// order, all of it, at the descriptor's shared position, and silently to a reader that has gone.
/// </summary>
public sealed class DescriptorStreamTests
{
    [Fact]
    public async Task Should_WriteEverythingInOrder_When_ThePipeIsSmallerThanTheText()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // System.Console's streams are used on Windows.
        }

        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"行 {i}\n"));
        var reader = Task.Run(() => new StreamReader(pipe, Encoding.UTF8).ReadToEnd());

        using (var writer = DescriptorStream.Writer((int)pipe.ClientSafePipeHandle.DangerousGetHandle()))
        {
            writer.Write(text);
        }

        pipe.DisposeLocalCopyOfClientHandle();
        (await reader.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(text);
    }

    [Fact]
    public void Should_KeepTheOrderOfTwoStreams_When_TheyShareOneDescriptor()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // As `wbench … > file 2>&1`: output and errors through one open file. Writes at a position of their own (as a
        // FileStream makes them) would overwrite each other.
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "both.txt");
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            var descriptor = (int)file.SafeFileHandle.DangerousGetHandle();
            var output = DescriptorStream.Writer(descriptor);
            var error = DescriptorStream.Writer(descriptor);
            output.Write("一");
            error.Write("二");
            output.Write("三");
        }

        File.ReadAllText(path).ShouldBe("一二三");
    }

    [Fact]
    public void Should_TellAFileOrAPipeFromATerminal()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempDirectory();
        using var file = new FileStream(Path.Combine(temp.Path, "out.txt"), FileMode.Create, FileAccess.Write);
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);

        DescriptorStream.IsRedirected((int)file.SafeFileHandle.DangerousGetHandle()).ShouldBeTrue();
        DescriptorStream.IsRedirected((int)pipe.ClientSafePipeHandle.DangerousGetHandle()).ShouldBeTrue();
    }

    [Fact]
    public void Should_StopWritingQuietly_When_TheReaderHasGone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        var client = pipe.ClientSafePipeHandle;
        pipe.Dispose();

        var writer = DescriptorStream.Writer((int)client.DangerousGetHandle());

        Should.NotThrow(() => writer.Write(new string('x', 100_000)));
        client.Dispose();
    }
}
