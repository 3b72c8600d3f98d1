using System.Reflection;
using System.Runtime.Loader;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// The load context of one plugin. The contract assembly (<c>Weinan.Benchmarking.Abstractions</c>) always comes from the
/// host, so the plugin's types implement the host's <see cref="ISectorPlugin"/>; every other assembly the plugin's
/// <c>.deps.json</c> lists (or, without one, that its folder holds) is the plugin's own copy; the rest — the framework —
/// comes from the host. Resolution is the runtime's own (<see cref="AssemblyDependencyResolver"/>), so nothing is parsed
/// in managed code at start-up.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private static readonly string ContractName = typeof(ISectorPlugin).Assembly.GetName().Name!;

    private readonly AssemblyDependencyResolver _resolver;
    private readonly string _folder;

    /// <summary>Creates the context of the plugin whose main assembly is <paramref name="mainAssemblyPath"/>.</summary>
    /// <exception cref="InvalidOperationException">The plugin's <c>.deps.json</c> cannot be read.</exception>
    public PluginLoadContext(string mainAssemblyPath)
        : base(Path.GetFileNameWithoutExtension(mainAssemblyPath))
    {
        _folder = Path.GetDirectoryName(mainAssemblyPath) ?? mainAssemblyPath;
        _resolver = new AssemblyDependencyResolver(mainAssemblyPath);
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || assemblyName.Name == ContractName)
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null && string.IsNullOrEmpty(assemblyName.CultureName))
        {
            // An assembly the deps.json does not list but the folder holds is still the plugin's own.
            var local = Path.Combine(_folder, assemblyName.Name + ".dll");
            path = File.Exists(local) ? local : null;
        }

        return path is null ? null : LoadFromAssemblyPath(path);
    }

    /// <inheritdoc />
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
