using System.Diagnostics;
using Weinan.Benchmarking.Cli.Commands;
using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

public sealed class OutputFileTests
{
    [Fact]
    public void Should_ReplaceTheTarget_And_LeaveNoTemporaryFile()
    {
        using var temp = new TempDirectory();
        var target = temp.File("out/report.html", "old");

        var issue = OutputFile.Write(target, "新的 report");

        issue.ShouldBeNull();
        File.ReadAllText(target).ShouldBe("新的 report");
        Directory.GetFiles(Path.GetDirectoryName(target)!).ShouldBe([target]);
    }

    [Fact]
    public void Should_CreateTheFolder_When_ItDoesNotExist()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "a", "b", "result.json");

        OutputFile.Write(target, "{}").ShouldBeNull();

        File.ReadAllText(target).ShouldBe("{}");
    }

    [Fact]
    public void Should_ReturnAnIssue_When_TheTargetIsAFolder()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "taken");
        Directory.CreateDirectory(Path.Combine(target, "child"));

        var issue = OutputFile.Write(target, "text");

        issue.ShouldNotBeNull().Code.ShouldBe(IssueCodes.OutputFailed);
        issue.Message.En.ShouldBe("Cannot write the output: it is a folder, not a file");
        Directory.GetFiles(temp.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Should_SayWhichPartOfThePathIsWrong_When_AFolderOnItIsAFile()
    {
        using var temp = new TempDirectory();
        var file = temp.File("plain.txt", "x");

        var issue = OutputFile.Write(Path.Combine(file, "sub", "report.html"), "text").ShouldNotBeNull();

        issue.Message.Zh.ShouldBe("无法写入：路径中的某一级不是文件夹");
        issue.Message.En.ShouldNotContain("Could not");
        File.ReadAllText(file).ShouldBe("x");
    }

    [Fact]
    public void Should_RefuseAReadOnlyFile_UnlessForced()
    {
        using var temp = new TempDirectory();
        var target = temp.File("locked.json", "old");
        File.SetAttributes(target, FileAttributes.ReadOnly);

        var refused = OutputFile.Write(target, "new");
        var contentAfterRefusal = File.ReadAllText(target);
        var forced = OutputFile.Write(target, "new", force: true);

        refused.ShouldNotBeNull().Message.En.ShouldContain("read-only; use --force");
        contentAfterRefusal.ShouldBe("old");
        forced.ShouldBeNull();
        File.ReadAllText(target).ShouldBe("new");
        File.SetAttributes(target, FileAttributes.Normal);
    }

    [Fact]
    public void Should_KeepThePermissionsOfAnExistingFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only.
        }

        using var temp = new TempDirectory();
        var target = temp.File("secret.json", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        OutputFile.Write(target, "new").ShouldBeNull();

        File.ReadAllText(target).ShouldBe("new");
        File.GetUnixFileMode(target).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void Should_WriteThroughASymbolicLink_And_KeepTheLink()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating symbolic links needs a privilege on Windows.
        }

        using var temp = new TempDirectory();
        var real = temp.File("real.html", "old");
        File.SetUnixFileMode(real, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var link = Path.Combine(temp.Path, "link.html");
        File.CreateSymbolicLink(link, "real.html");
        var dangling = Path.Combine(temp.Path, "dangling.html");
        File.CreateSymbolicLink(dangling, "made-by-wbench.html");

        OutputFile.Write(link, "new").ShouldBeNull();
        OutputFile.Write(dangling, "created").ShouldBeNull();

        new FileInfo(link).LinkTarget.ShouldBe("real.html");
        File.ReadAllText(real).ShouldBe("new");
        File.GetUnixFileMode(real).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        new FileInfo(dangling).LinkTarget.ShouldBe("made-by-wbench.html");
        File.ReadAllText(Path.Combine(temp.Path, "made-by-wbench.html")).ShouldBe("created");
        Directory.GetFiles(temp.Path).Length.ShouldBe(4);
    }

    [Fact]
    public void Should_ReportALoopOfSymbolicLinks()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating symbolic links needs a privilege on Windows.
        }

        using var temp = new TempDirectory();
        var a = Path.Combine(temp.Path, "a");
        File.CreateSymbolicLink(a, Path.Combine(temp.Path, "b"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "b"), a);

        OutputFile.Write(a, "x").ShouldNotBeNull().Message.En.ShouldContain("symbolic link cannot be resolved");
    }

    [Fact]
    public async Task Should_WriteToAFifoDirectly_And_LeaveItAFifo()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No FIFOs on Windows.
        }

        using var temp = new TempDirectory();
        var fifo = Path.Combine(temp.Path, "pipe");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.ShouldBe(0);
        }

        var reader = Task.Run(() => File.ReadAllText(fifo));
        var issue = OutputFile.Write(fifo, "结果 through the pipe");

        issue.ShouldBeNull();
        (await reader.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe("结果 through the pipe");
        FileKinds.Of(fifo).ShouldBe(FileKind.Fifo);
        Directory.GetFiles(temp.Path).ShouldBe([fifo]);
    }

    [Fact]
    public void Should_WriteToACharacterDeviceDirectly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No /dev/null on Windows.
        }

        OutputFile.Write("/dev/null", "discarded").ShouldBeNull();

        FileKinds.Of("/dev/null").ShouldBe(FileKind.CharacterDevice);
    }
}
