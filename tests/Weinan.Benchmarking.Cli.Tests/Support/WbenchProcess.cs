using System.Diagnostics;

namespace Weinan.Benchmarking.Cli.Tests.Support;

/// <summary>The built wbench run as its own process (<c>dotnet Weinan.Benchmarking.Cli.dll …</c>), as a user runs it.</summary>
internal static class WbenchProcess
{
    /// <summary>Starts wbench with <paramref name="args"/>, standard output and error redirected; WBENCH_PLUGINS is not passed on.</summary>
    public static Process Start(params string[] args)
    {
        var dll = Path.Combine(TestPaths.CliOutput, "Weinan.Benchmarking.Cli.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestPaths.RepositoryRoot,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("WBENCH_PLUGINS");
        return Process.Start(start)!;
    }

    /// <summary>Runs wbench to its end: the exit code and what it printed.</summary>
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var process = Start(args);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
