namespace Weinan.Benchmarking.Cli;

/// <summary>The exit codes of <c>wbench</c>, documented in <c>docs/cli.md</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success: the product passes, or the command found nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The assessment ran but the product fails (a failing level); or a check found errors.</summary>
    public const int Failed = 1;

    /// <summary>Usage or input error: bad option, missing file, malformed JSON, unknown indicator or sector.</summary>
    public const int InputError = 2;

    /// <summary>A plugin failed to load (<c>plugins list</c>), or the sector asked for may be served by a plugin that failed.</summary>
    public const int PluginLoadFailure = 3;

    /// <summary>An output file could not be written.</summary>
    public const int OutputError = 4;

    /// <summary>An unexpected internal error (a bug); the message says what failed.</summary>
    public const int InternalError = 70;
}
