namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// The plugins beside the application (<c>plugins/</c>, always searched first), loaded on a background thread while the
/// command line is still being parsed. <see cref="PluginHost.Load(IReadOnlyList{PluginSearchDirectory}, PluginPreload?)"/>
/// takes the result when it reaches that folder, so the outcome — plugins, issues, their order — is the same as loading
/// there and then; only the wait is shorter.
/// </summary>
public sealed class PluginPreload
{
    private readonly PluginSearchDirectory _directory;
    private readonly Task<FolderLoad> _load;

    private PluginPreload(PluginSearchDirectory directory)
    {
        _directory = directory;
        _load = Task.Run(() => PluginHost.LoadDirectory(directory));
    }

    /// <summary>Starts loading the plugins in <c>plugins/</c> under <paramref name="applicationDirectory"/>.</summary>
    public static PluginPreload Start(string applicationDirectory) =>
        new(PluginSearchDirectory.Resolve(applicationDirectory, null, null)[0]);

    /// <summary>The preloaded folder's result when <paramref name="directory"/> is that folder (waiting for it), else null.</summary>
    internal FolderLoad? For(PluginSearchDirectory directory) => directory == _directory ? _load.GetAwaiter().GetResult() : null;
}
