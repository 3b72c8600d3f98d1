using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli;

/// <summary>
/// Which plugins to start loading for a command line, before anything else runs. Kept apart from the console code: the
/// program starts the preload first, before the console library's assembly is loaded.
/// </summary>
public static class PluginPreloads
{
    /// <summary>
    /// Whether <paramref name="args"/> name a command that loads the plugins beside the executable first
    /// (<c>assess</c>, <c>batch</c>, <c>samples</c>, <c>indicators</c>, <c>standards</c>, <c>plugins [list]</c>) and ask for no help or version.
    /// </summary>
    public static bool LoadsPlugins(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            return false;
        }

        // A plain loop: this runs first of all, before the thread that loads the plugins starts.
        foreach (var arg in args)
        {
            if (arg is "-h" or "--help" or "-?" or "-v" or "--version")
            {
                return false;
            }
        }

        return args[0] is "assess" or "batch" or "samples" or "indicators" or "standards" ||
               (args[0] == "plugins" && (args.Count == 1 || args[1] == "list" || args[1].StartsWith('-')));
    }

    /// <summary>
    /// What to preload for <paramref name="args"/>: null when the command loads no plugins; else the plugins serving the
    /// sector of <c>assess SUBMISSION</c> or of <c>--sector S</c>, or every plugin. A guess only: the command asks the host
    /// for what it needs, and the host loads whatever the preload did not.
    /// </summary>
    public static PluginPreload? For(IReadOnlyList<string> args, string applicationDirectory)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!LoadsPlugins(args))
        {
            return null;
        }

        if (args[0] == "assess" && args.Count > 1 && !args[1].StartsWith('-'))
        {
            return PluginPreload.ForSubmission(applicationDirectory, args[1]);
        }

        var sector = args[0] is "indicators" or "standards" ? SectorOption(args) : null;
        return sector is null ? PluginPreload.Start(applicationDirectory) : PluginPreload.ForSector(applicationDirectory, sector);
    }

    private static string? SectorOption(IReadOnlyList<string> args)
    {
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] is "-s" or "--sector" && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--sector=", StringComparison.Ordinal))
            {
                return args[i]["--sector=".Length..];
            }
        }

        return null;
    }
}
