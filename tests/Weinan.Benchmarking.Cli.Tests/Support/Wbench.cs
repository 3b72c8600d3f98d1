using Spectre.Console.Testing;

namespace Weinan.Benchmarking.Cli.Tests.Support;

/// <summary>What one in-process run of wbench printed and returned.</summary>
internal sealed record WbenchRun(int ExitCode, string Out, string Error, string Console)
{
    /// <summary>Everything printed.</summary>
    public string All => Out + Error + Console;
}

/// <summary>Runs wbench in-process with captured output; the environment variable WBENCH_PLUGINS is not read.</summary>
internal static class Wbench
{
    public static WbenchRun Run(string baseDirectory, params string[] args) => Run(baseDirectory, rich: false, args);

    public static WbenchRun Run(string baseDirectory, bool rich, params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 240;
        var errorConsole = new TestConsole();
        errorConsole.Profile.Width = 240;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = new CliEnvironment
        {
            Console = console,
            ErrorConsole = errorConsole,
            Out = output,
            Error = error,
            Rich = rich,
            ErrorRich = rich,
            BaseDirectory = baseDirectory,
            GetVariable = _ => null,
        };
        var code = WbenchApp.Run(args, env);
        return new WbenchRun(code, output.ToString(), error.ToString(), console.Output + errorConsole.Output);
    }

    /// <summary>An application folder with no plugins beside it.</summary>
    public static string Bare { get; } = Directory.CreateTempSubdirectory("wbench-bare-").FullName;

    /// <summary>Asserts nothing printed looks like a stack trace.</summary>
    public static void ShouldHaveNoStackTrace(this WbenchRun run)
    {
        run.All.ShouldNotContain("   at ");
        run.All.ShouldNotContain("--- End of");
    }
}
