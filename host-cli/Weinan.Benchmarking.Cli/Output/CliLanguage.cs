namespace Weinan.Benchmarking.Cli.Output;

/// <summary>The output languages: zh-CN (default) and en.</summary>
public static class CliLanguage
{
    /// <summary>Simplified Chinese, the default.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Normalises a <c>--lang</c> value: zh, zh-CN → zh-CN; en, en-US, en-GB → en; anything else → null.</summary>
    public static string? Normalize(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "zh" or "zh-cn" or "zh-hans" => Chinese,
        "en" or "en-us" or "en-gb" => English,
        _ => null,
    };

    /// <summary>Picks the language from raw arguments (for messages printed before settings are bound).</summary>
    public static string FromArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--lang=", StringComparison.Ordinal))
            {
                return Normalize(arg["--lang=".Length..]) ?? Chinese;
            }

            if (arg == "--lang" && i + 1 < args.Count)
            {
                return Normalize(args[i + 1]) ?? Chinese;
            }
        }

        return Chinese;
    }
}
