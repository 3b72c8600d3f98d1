using System.Text;
using Spectre.Console;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli;

/// <summary>
/// What the commands see of the process: consoles and raw writers, whether they are terminals, the clock, the
/// application folder and environment variables. Tests build one with string writers and a test console.
/// </summary>
public sealed class CliEnvironment
{
    // The process's consoles are made when first used: detecting a terminal's capabilities takes a while, and a run
    // whose output is redirected, or that writes a file, never needs them.
    private Lazy<IAnsiConsole>? _console;
    private Lazy<IAnsiConsole>? _errorConsole;

    /// <summary>Console for rich standard output (tables, colours) when <see cref="Rich"/>.</summary>
    public IAnsiConsole Console
    {
        get => (_console ?? throw new InvalidOperationException("No console.")).Value;
        init => _console = new Lazy<IAnsiConsole>(value);
    }

    /// <summary>Console for rich error output when <see cref="ErrorRich"/>.</summary>
    public IAnsiConsole ErrorConsole
    {
        get => (_errorConsole ?? throw new InvalidOperationException("No error console.")).Value;
        init => _errorConsole = new Lazy<IAnsiConsole>(value);
    }

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

    /// <summary>The sector a submission file names at a glance (<see cref="SubmissionSector.Peek"/>), or null.</summary>
    internal Func<string, string?> PeekSector { get; init; } = SubmissionSector.Peek;

    /// <summary>The plugins beside the executable, already loading in the background; null to load them when asked.</summary>
    public PluginPreload? Preload { get; init; }

    /// <summary>
    /// Loads the plugins: beside the executable, then <paramref name="commandLine"/>, then <c>WBENCH_PLUGINS</c>; every
    /// plugin, or, when <paramref name="sector"/> is given, those that may serve it (see <see cref="PluginHost.LoadForSector(string, IEnumerable{string}?, string?, string, PluginPreload?)"/>).
    /// </summary>
    public PluginHost LoadPlugins(IEnumerable<string>? commandLine, string? sector = null)
    {
        var environment = GetVariable(PluginSearchDirectory.EnvironmentVariable);
        return sector is null
            ? PluginHost.Load(BaseDirectory, commandLine, environment, Preload)
            : PluginHost.LoadForSector(BaseDirectory, commandLine, environment, sector, Preload);
    }

    /// <summary>
    /// The environment of this process: colours and tables on a terminal, plain text when redirected, with the plugins
    /// that <paramref name="preload"/> started loading in the background (see <see cref="PluginPreloads.For"/>).
    /// </summary>
    public static CliEnvironment FromProcess(PluginPreload? preload)
    {
        // A stream redirected to a file or a pipe is written directly (DescriptorStream), without System.Console's
        // terminal set-up; a terminal, and every stream on Windows, through System.Console, in UTF-8.
        var direct = !OperatingSystem.IsWindows();
        var outRedirected = direct ? DescriptorStream.IsRedirected(1) : System.Console.IsOutputRedirected;
        var errorRedirected = direct ? DescriptorStream.IsRedirected(2) : System.Console.IsErrorRedirected;
        if (!(direct && outRedirected && errorRedirected))
        {
            System.Console.OutputEncoding = Encoding.UTF8;
        }

        var output = direct && outRedirected ? DescriptorStream.Writer(1) : System.Console.Out;
        var error = direct && errorRedirected ? DescriptorStream.Writer(2) : System.Console.Error;
        return new CliEnvironment
        {
            _console = new Lazy<IAnsiConsole>(() => CreateConsole(output, outRedirected)),
            _errorConsole = new Lazy<IAnsiConsole>(() => CreateConsole(error, errorRedirected)),
            Out = output,
            Error = error,
            Rich = !outRedirected,
            ErrorRich = !errorRedirected,
            Preload = preload,
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
