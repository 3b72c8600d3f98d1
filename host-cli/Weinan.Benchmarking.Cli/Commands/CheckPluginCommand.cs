using System.Globalization;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;
using Weinan.Benchmarking.Hosting;
using Weinan.Benchmarking.Reporting;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// <c>wbench plugins check TARGET</c>: checks what a consultant names — a built plugin folder, a plugin's source project
/// folder (its last build output), a plugin assembly, a catalog file, or the id of a loaded plugin — and prints every
/// issue: the plugin is loaded and its report partials parsed, or the catalog file read and validated. Exits 1 when any
/// issue is an error, 2 when there is nothing to check (a missing path, an unknown id, a project never built).
/// </summary>
public sealed class CheckPluginCommand(CliEnvironment env) : Command<PluginsCheckSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, PluginsCheckSettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        var path = settings.Path;
        if (Directory.Exists(path))
        {
            return PluginProject.IsProjectFolder(path) && !SectorPluginLoader.IsPluginFolder(path)
                ? CheckProject(output, path)
                : CheckAttempt(output, SectorPluginLoader.LoadFolder(path), []);
        }

        if (File.Exists(path))
        {
            return path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                ? CheckAttempt(output, SectorPluginLoader.LoadAssembly(path), [])
                : CheckCatalogFile(output, path);
        }

        return LooksLikeAPath(path) ? Missing(output, InputFile.Missing(path)) : CheckLoadedPlugin(output, path, settings);
    }

    /// <summary>A source project folder: the plugin as it was last built, or "build it first".</summary>
    private static int CheckProject(CliOutput output, string folder)
    {
        var build = PluginProject.FindBuildOutput(folder);
        if (build.AssemblyPath is null)
        {
            return Missing(output, build.Issues);
        }

        output.Line(output.T($"检查项目的构建输出：{build.AssemblyPath}", $"Checking the project's build output: {build.AssemblyPath}"));
        return CheckAttempt(output, SectorPluginLoader.LoadAssembly(build.AssemblyPath), build.Issues);
    }

    /// <summary>A plugin found by its id (or a sector it serves) among the plugins the other commands load.</summary>
    private int CheckLoadedPlugin(CliOutput output, string id, PluginsCheckSettings settings)
    {
        using var host = env.LoadPlugins(settings.Plugins);
        var plugin = host.Plugins.FirstOrDefault(p => string.Equals(p.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase)) ??
                     host.Plugins.FirstOrDefault(p => p.Sectors.Contains(id, StringComparer.OrdinalIgnoreCase));
        if (plugin is null)
        {
            // A plugin that failed to load has no id to find it by: its issues may tell which one was meant.
            output.Issues(PluginIssueExit.AsWarnings(host.Issues));
            var ids = host.Plugins.Select(p => p.Descriptor.Id).ToList();
            return Missing(output, new Issue
            {
                Code = IssueCodes.FileNotFound,
                File = id,
                Message = new($"“{id}”既不是文件或文件夹，也不是已加载插件的标识。已加载的插件：{(ids.Count == 0 ? "无" : string.Join("、", ids))}。",
                    $"'{id}' is neither a file, a folder nor the id of a loaded plugin. Plugins loaded: {(ids.Count == 0 ? "none" : string.Join(", ", ids))}."),
            });
        }

        output.Line(output.T($"检查已加载的插件 {plugin.Descriptor.Id}：{plugin.AssemblyPath}", $"Checking the loaded plugin {plugin.Descriptor.Id}: {plugin.AssemblyPath}"));
        return Report(output, [.. plugin.Warnings, .. PartialIssues(plugin)], Counts(output, plugin));
    }

    private static int CheckAttempt(CliOutput output, PluginLoadAttempt attempt, IReadOnlyList<Issue> before) => attempt.Plugin is { } plugin
        ? Report(output, [.. before, .. attempt.Issues, .. PartialIssues(plugin)], Counts(output, plugin))
        : Report(output, [.. before, .. attempt.Issues], null);

    private static int CheckCatalogFile(CliOutput output, string path)
    {
        var (file, readIssues) = CatalogFile.Read(path);
        return file is null
            ? Report(output, readIssues, null)
            : Report(output, [.. readIssues, .. InputValidation.ValidateCatalog(file.Catalog, path)],
                Counts(output, $"{file.Catalog.Id} {file.Catalog.Version}", file.Catalog));
    }

    /// <summary>Prints the counts line (if the plugin or catalog was read), every issue and the verdict.</summary>
    private static int Report(CliOutput output, IReadOnlyList<Issue> issues, string? counts)
    {
        if (counts is not null)
        {
            output.Line(counts);
        }

        output.Issues(issues);
        var errors = issues.Count(i => i.Severity == Severity.Error);
        var warnings = issues.Count(i => i.Severity == Severity.Warning);
        output.Line(errors == 0
                ? output.T($"检查通过：0 个错误，{warnings} 个警告。", $"Check passed: 0 errors, {warnings} warning(s).")
                : output.T($"检查未通过：{errors} 个错误，{warnings} 个警告。", $"Check failed: {errors} error(s), {warnings} warning(s)."),
            errors == 0 ? "green" : "red");
        return errors == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>Nothing to check: the issues, and exit code 2.</summary>
    private static int Missing(CliOutput output, params IEnumerable<Issue> issues)
    {
        output.Issues(issues);
        return ExitCodes.InputError;
    }

    /// <summary>A target with a folder separator or a file extension names a path, never a plugin id.</summary>
    private static bool LooksLikeAPath(string target) =>
        target.IndexOfAny(['/', '\\']) >= 0 || Path.GetExtension(target).ToLowerInvariant() is ".dll" or ".json";

    /// <summary>
    /// Parses the plugin's report partials as a report would (<c>WB5001</c> with line and column, <c>WB5003</c> for a bad
    /// name); each issue names the plugin assembly and the partial, e.g. <c>Plugin.dll#notes.sbn-html:2:1</c>.
    /// </summary>
    private static IEnumerable<Issue> PartialIssues(LoadedPlugin plugin)
    {
        var (_, issues) = ReportRenderer.Load(null, plugin.Plugin.ReportPartials);
        return issues.Select(i => i.File is { } file && file.StartsWith(PartialFile, StringComparison.Ordinal)
            ? i with { File = $"{plugin.AssemblyPath}#{file[PartialFile.Length..]}" }
            : i);
    }

    // How the renderer names a plugin partial it parsed.
    private const string PartialFile = "plugin:";

    private static string Counts(CliOutput output, LoadedPlugin plugin) =>
        Counts(output, $"{plugin.Descriptor.Id} {plugin.Descriptor.Version}", plugin.Catalog);

    private static string Counts(CliOutput output, string name, Catalog catalog) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: {catalog.Standards.Count} {output.T("项标准", "standard(s)")}, {catalog.Indicators.Count} {output.T("个指标", "indicator(s)")}, {catalog.Requirements.Count} {output.T("条要求", "requirement(s)")}");
}
