using Spectre.Console.Testing;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Tests.Support;

/// <summary>What one in-process run of wbench printed and returned.</summary>
internal sealed record WbenchRun(int ExitCode, string Out, string Error, string Console)
{
    /// <summary>Everything printed.</summary>
    public string All => Out + Error + Console;
}

/// <summary>How an in-process run differs from a user's.</summary>
/// <param name="Rich">Whether the consoles are terminals.</param>
/// <param name="PeekSector">In place of the glance at a submission's sector, when given.</param>
/// <param name="Direct">Whether a plain <c>assess</c> command line may skip the command-line framework, as in a user's run.</param>
internal sealed record WbenchSetup(bool Rich = false, Func<string, string?>? PeekSector = null, bool Direct = true);

/// <summary>Runs wbench in-process with captured output; the environment variable WBENCH_PLUGINS is not read.</summary>
internal static class Wbench
{
    public static WbenchRun Run(string baseDirectory, params string[] args) => Run(baseDirectory, rich: false, args);

    public static WbenchRun Run(string baseDirectory, bool rich, params string[] args) => Run(baseDirectory, new WbenchSetup(Rich: rich), args);

    public static WbenchRun Run(string baseDirectory, WbenchSetup setup, params string[] args)
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
            Rich = setup.Rich,
            ErrorRich = setup.Rich,
            BaseDirectory = baseDirectory,
            GetVariable = _ => null,
            PeekSector = setup.PeekSector ?? SubmissionSector.Peek,
        };
        var code = WbenchApp.Run(args, env, setup.Direct);
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
