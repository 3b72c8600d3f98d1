using System.Xml;
using System.Xml.Linq;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// A plugin's source project folder (one holding a <c>.csproj</c>, as <c>plugins/&lt;Name&gt;/</c> in a clone): where its
/// build output is. Nothing is built here; a project that was never built is an issue telling how to build it.
/// </summary>
public static class PluginProject
{
    private static readonly string[] SourcePatterns = ["*.cs", "*.csproj", "catalog.json"];

    /// <summary>Whether <paramref name="folder"/> holds a project file.</summary>
    public static bool IsProjectFolder(string folder) =>
        Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.csproj").Any();

    /// <summary>
    /// The plugin assembly the project in <paramref name="folder"/> was last built to: the newest
    /// <c>bin/&lt;Configuration&gt;/&lt;tfm&gt;/…/&lt;AssemblyName&gt;.dll</c>, where the assembly name is the project's
    /// <c>AssemblyName</c> or its file name. Without one the result holds <c>WB4015</c> ("build it first"); with one older
    /// than the project's sources (code, project file, <c>catalog.json</c>, report partials) a <c>WB4016</c> warning.
    /// </summary>
    public static PluginBuildOutput FindBuildOutput(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var names = Directory.EnumerateFiles(full, "*.csproj").Order(StringComparer.Ordinal).Select(AssemblyName).Distinct().ToList();
        var bin = Path.Combine(full, "bin");
        var built = Directory.Exists(bin)
            ? names.SelectMany(n => Directory.EnumerateFiles(bin, n + ".dll", SearchOption.AllDirectories)).Select(p => new FileInfo(p))
                .OrderByDescending(f => f.LastWriteTimeUtc).ThenBy(f => f.FullName, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (built is null)
        {
            return new PluginBuildOutput(null, [PluginIssues.ProjectNotBuilt(full, names)]);
        }

        var newer = Sources(full).Where(f => f.LastWriteTimeUtc > built.LastWriteTimeUtc)
            .OrderByDescending(f => f.LastWriteTimeUtc).ThenBy(f => f.FullName, StringComparer.Ordinal).FirstOrDefault();
        return new PluginBuildOutput(built.FullName, newer is null ? [] : [PluginIssues.BuildOutputStale(full, newer.FullName, built.FullName)]);
    }

    /// <summary>The project's <c>AssemblyName</c> when written as a plain name, else the project file's name.</summary>
    private static string AssemblyName(string project)
    {
        var fallback = Path.GetFileNameWithoutExtension(project);
        try
        {
            var written = XDocument.Load(project).Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value.Trim();
            return string.IsNullOrEmpty(written) || written.Contains("$(", StringComparison.Ordinal) ? fallback : written;
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            return fallback;
        }
    }

    /// <summary>The files a build of the project reads, outside <c>bin/</c> and <c>obj/</c>.</summary>
    private static IEnumerable<FileInfo> Sources(string folder)
    {
        var top = SourcePatterns.SelectMany(p => Directory.EnumerateFiles(folder, p));
        var partials = Path.Combine(folder, "partials");
        var nested = Directory.EnumerateDirectories(folder)
            .Where(d => Path.GetFileName(d) is not ("bin" or "obj") && !Path.GetFileName(d).StartsWith('.'))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories));
        var templates = Directory.Exists(partials) ? Directory.EnumerateFiles(partials) : [];
        return top.Concat(nested).Concat(templates).Distinct(StringComparer.Ordinal).Select(p => new FileInfo(p));
    }
}

/// <summary>What <see cref="PluginProject.FindBuildOutput"/> found.</summary>
/// <param name="AssemblyPath">The built plugin assembly, or null when the project has not been built.</param>
/// <param name="Issues"><c>WB4015</c> when not built; a <c>WB4016</c> warning when the build is older than the sources.</param>
public sealed record PluginBuildOutput(string? AssemblyPath, IReadOnlyList<Issue> Issues);
