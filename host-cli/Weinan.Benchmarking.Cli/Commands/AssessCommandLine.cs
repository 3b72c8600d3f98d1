using Weinan.Benchmarking.Cli.Settings;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// The start path of a plain <c>wbench assess</c>, without the command-line framework: building Spectre.Console.Cli's
/// command model (reflection over every command's settings, type converters) takes longer than reading a submission. A
/// command line this reader takes in full — <c>assess</c>, one submission, options written <c>--name value</c> (or
/// <c>-o value</c>, and <c>-f</c> last or before an option), none of them twice unless repeatable, values that pass the settings' validation — runs
/// the command at once. Anything else (help, an unknown or repeated option, <c>--name=value</c>, grouped short options,
/// a value that looks like an option, an invalid value) goes to the full parser, which answers as it always has: the
/// outcome of a command line is the same either way, only sooner.
/// </summary>
internal static class AssessCommandLine
{
    /// <summary>The options that take one value, by every name they are written with.</summary>
    internal static IReadOnlyList<string> SingleValueOptions { get; } =
        ["--lang", "--format", "-o", "--out", "--method", "--decision-rule", "--guard-band", "--target-tier", "--date", "--templates"];

    /// <summary>The options that may be given more than once, each time with one value.</summary>
    internal static IReadOnlyList<string> RepeatableOptions { get; } = ["--plugins", "--catalog"];

    /// <summary>The options that take no value.</summary>
    internal static IReadOnlyList<string> Flags { get; } = ["-f", "--force"];

    /// <summary>The settings of <paramref name="args"/> when this reader takes them in full and they are valid; else null.</summary>
    public static AssessSettings? TryRead(IReadOnlyList<string> args)
    {
        if (args.Count < 2 || args[0] != "assess")
        {
            return null;
        }

        string? submission = null;
        var force = false;
        var single = new Dictionary<string, string>(StringComparer.Ordinal);
        var plugins = new List<string>();
        var catalogs = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            var token = args[i];
            if (!IsValue(token))
            {
                if (Flags.Contains(token))
                {
                    // The parser may take a value after a flag as the flag's (true, false): a flag is taken last or before an option only.
                    if (force || (i + 1 < args.Count && IsValue(args[i + 1])))
                    {
                        return null;
                    }

                    force = true;
                    continue;
                }

                var repeatable = RepeatableOptions.Contains(token);
                if (!repeatable && !SingleValueOptions.Contains(token))
                {
                    return null;
                }

                if (i + 1 >= args.Count || !IsValue(args[i + 1]))
                {
                    return null;
                }

                var value = args[++i];
                if (repeatable)
                {
                    (token == "--plugins" ? plugins : catalogs).Add(value);
                }
                else if (!single.TryAdd(Canonical(token), value))
                {
                    return null;
                }

                continue;
            }

            if (submission is not null)
            {
                return null;
            }

            submission = token;
        }

        if (submission is null)
        {
            return null;
        }

        var settings = new AssessSettings
        {
            Submission = submission,
            Lang = single.GetValueOrDefault("--lang"),
            Format = single.GetValueOrDefault("--format"),
            Out = single.GetValueOrDefault("--out"),
            Force = force,
            Method = single.GetValueOrDefault("--method"),
            DecisionRule = single.GetValueOrDefault("--decision-rule"),
            GuardBand = single.GetValueOrDefault("--guard-band"),
            TargetTier = single.GetValueOrDefault("--target-tier"),
            Date = single.GetValueOrDefault("--date"),
            Templates = single.GetValueOrDefault("--templates"),
            Plugins = [.. plugins],
            Catalogs = [.. catalogs],
        };
        return settings.Validate().Successful ? settings : null;
    }

    /// <summary>A token the parser reads as a value as it is: not empty, not starting with <c>-</c>.</summary>
    private static bool IsValue(string token) => token.Length > 0 && token[0] != '-';

    private static string Canonical(string option) => option == "-o" ? "--out" : option;
}
