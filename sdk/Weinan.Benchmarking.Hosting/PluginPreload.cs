using System.Runtime.ExceptionServices;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// The plugins beside the application (<c>plugins/</c>, always searched first), loaded on a background thread while the
/// command line is still being parsed: every plugin, or those that may serve one sector. <see cref="PluginHost"/> takes
/// the folder when it reaches it and loads itself whatever it needs that the preload did not, so the outcome — plugins,
/// issues, their order — is the same as loading there and then; only the wait is shorter.
/// </summary>
public sealed class PluginPreload
{
    private readonly Thread _thread;
    private PluginSearchDirectory? _directory;
    private PluginFolder? _folder;
    private ExceptionDispatchInfo? _failure;

    private PluginPreload(string applicationDirectory, Func<string?> sector)
    {
        // A thread of its own rather than the thread pool: a short command then never starts the pool, whose idle
        // workers spin on a processor for a while before they sleep. It starts before anything else is done here, even
        // finding the folder it searches: the load that follows is what a command waits for.
        _thread = new Thread(() =>
        {
            try
            {
                _directory = PluginSearchDirectory.Application(applicationDirectory);
                var folder = PluginHost.Discover(_directory);
                var wanted = sector();
                foreach (var candidate in folder.Candidates.Where(c => wanted is null || c.Needed(wanted)))
                {
                    candidate.Load();
                }

                _folder = folder;
            }
            catch (Exception ex)
            {
                _failure = ExceptionDispatchInfo.Capture(ex);
            }
        })
        {
            IsBackground = true,
            Name = "wbench plugin preload",
        };
        _thread.Start();
    }

    /// <summary>Starts loading every plugin in <c>plugins/</c> under <paramref name="applicationDirectory"/>.</summary>
    public static PluginPreload Start(string applicationDirectory) => new(applicationDirectory, () => null);

    /// <summary>Starts loading the plugins in <c>plugins/</c> under <paramref name="applicationDirectory"/> that may serve <paramref name="sector"/>.</summary>
    public static PluginPreload ForSector(string applicationDirectory, string sector) => new(applicationDirectory, () => sector);

    /// <summary>
    /// Starts loading the plugins in <c>plugins/</c> under <paramref name="applicationDirectory"/> that may serve the
    /// sector of the submission at <paramref name="submissionPath"/> (read in the background, see
    /// <see cref="SubmissionSector.Peek"/>), or every plugin when it names none that can be read.
    /// </summary>
    public static PluginPreload ForSubmission(string applicationDirectory, string submissionPath) =>
        new(applicationDirectory, () => SubmissionSector.Peek(submissionPath));

    /// <summary>
    /// The preloaded folder when <paramref name="directory"/> is that folder, else null; waits for the preload either way
    /// (the folder it searches is the first of every search order).
    /// </summary>
    internal PluginFolder? For(PluginSearchDirectory directory)
    {
        _thread.Join();

        // Compared member by member: the record's own equality compares its enum through a comparer the JIT compiles.
        if (_directory is null || directory.Origin != _directory.Origin || !string.Equals(directory.Path, _directory.Path, StringComparison.Ordinal))
        {
            return null;
        }

        _failure?.Throw();
        return _folder;
    }
}
