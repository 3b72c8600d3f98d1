using System.Text;
using Spectre.Console;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli;

/// <summary>
/// What the commands see of the process: consoles and raw writers, whether they are terminals, the clock, the
/// application folder and environment variables. Tests build one with string writers and a test console.
/// </summary>
public sealed class CliEnvironment
{
    /// <summary>Console for rich standard output (tables, colours) when <see cref="Rich"/>.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>Console for rich error output when <see cref="ErrorRich"/>.</summary>
    public required IAnsiConsole ErrorConsole { get; init; }

    /// <summary>Raw standard output (JSON, reports, plain text).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Raw standard error (plain issue lines).</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Whether standard output is a terminal (tables and colours) rather than redirected (plain text).</summary>
    public bool Rich { get; init; }

    /// <summary>Whether standard error is a terminal.</summary>
    public bool ErrorRich { get; init; }

    /// <summary>The clock; read only for the default assessment date.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Folder of the executable: holds <c>plugins/</c> and <c>templates/reports/</c>.</summary>
    public string BaseDirectory { get; init; } = AppContext.BaseDirectory;

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Today in the local time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>Loads the plugins: beside the executable, then <paramref name="commandLine"/>, then <c>WBENCH_PLUGINS</c>.</summary>
    public PluginHost LoadPlugins(IEnumerable<string>? commandLine) =>
        PluginHost.Load(BaseDirectory, commandLine, GetVariable(PluginSearchDirectory.EnvironmentVariable));

    /// <summary>The environment of this process: colours and tables on a terminal, plain text when redirected.</summary>
    public static CliEnvironment FromProcess()
    {
        System.Console.OutputEncoding = Encoding.UTF8;
        var outRedirected = System.Console.IsOutputRedirected;
        var errorRedirected = System.Console.IsErrorRedirected;
        return new CliEnvironment
        {
            Console = CreateConsole(System.Console.Out, outRedirected),
            ErrorConsole = CreateConsole(System.Console.Error, errorRedirected),
            Out = System.Console.Out,
            Error = System.Console.Error,
            Rich = !outRedirected,
            ErrorRich = !errorRedirected,
        };
    }

    private static IAnsiConsole CreateConsole(TextWriter writer, bool redirected) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        Out = new AnsiConsoleOutput(writer),
    });
}
