using System.Runtime.CompilerServices;

namespace Weinan.Benchmarking.Reporting.Tests.Support;

/// <summary>
/// The system's Chromium for the browser tests (Playwright's own browser download is never used), and whether those
/// tests are required: they are when the environment variable <c>CI</c> is set, as <c>.ci/run</c> does.
/// </summary>
internal static class Chromium
{
    private const string Default = "/usr/bin/chromium";

    private static readonly string[] Names = ["chromium", "chromium-browser"];

    /// <summary><c>/usr/bin/chromium</c>, else the first <c>chromium</c> or <c>chromium-browser</c> on <c>PATH</c>, else null.</summary>
    public static string? Installed { get; } = Find();

    /// <summary>The Chromium to launch: the installed one, or <c>/usr/bin/chromium</c> so a missing one fails with that path.</summary>
    public static string ExecutablePath => Installed ?? Default;

    /// <summary>Whether the browser tests must run: <c>CI</c> is set to anything but empty, <c>0</c> or <c>false</c>.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci &&
                                   ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests are skipped, or null when they run.</summary>
    public static string? SkipReason => Installed is null && !Required
        ? $"Chromium is not installed ({Default}, or {string.Join(" or ", Names)} on PATH); install it to run this test " +
          "(apt-get install chromium). .ci/run installs it and sets CI, which makes the test required."
        : null;

    private static string? Find()
    {
        if (File.Exists(Default))
        {
            return Default;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>
/// A theory run in headless Chromium. Without Chromium it is reported as skipped — unless <c>CI</c> is set: then it runs
/// and fails, so CI never passes without the browser test. A skipped test carries the reason in its name, so
/// <c>dotnet test</c> shows it at the default verbosity.
/// </summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> and the display name when Chromium is missing and not required.</summary>
    /// <param name="test">The test method's name (filled in by the compiler).</param>
    public ChromiumTheoryAttribute([CallerMemberName] string test = "")
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
            DisplayName = $"{test} — not run: {reason}";
        }
    }
}
