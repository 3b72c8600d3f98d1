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
/// <c>wbench plugins check PATH</c>: loads one plugin folder or assembly (and parses its report partials), or reads one
/// catalog file, and prints every issue. Exits 1 when any is an error.
/// </summary>
public sealed class CheckPluginCommand(CliEnvironment env) : Command<PluginsCheckSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, PluginsCheckSettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        var path = settings.Path;
        IReadOnlyList<Issue> issues;
        if (Directory.Exists(path) || path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
        {
            var attempt = Directory.Exists(path) ? SectorPluginLoader.LoadFolder(path) : SectorPluginLoader.LoadAssembly(path);
            issues = attempt.Issues;
            if (attempt.Plugin is { } plugin)
            {
                output.Line(Counts(output, $"{plugin.Descriptor.Id} {plugin.Descriptor.Version}", plugin.Catalog));
                issues = [.. issues, .. PartialIssues(plugin)];
            }
        }
        else if (File.Exists(path))
        {
            var (file, readIssues) = CatalogFile.Read(path);
            issues = file is null ? readIssues : [.. readIssues, .. InputValidation.ValidateCatalog(file.Catalog, path)];
            if (file is not null)
            {
                output.Line(Counts(output, $"{file.Catalog.Id} {file.Catalog.Version}", file.Catalog));
            }
        }
        else
        {
            output.Issues([InputFile.Missing(path)]);
            return ExitCodes.InputError;
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

    private static string Counts(CliOutput output, string name, Catalog catalog) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: {catalog.Standards.Count} {output.T("项标准", "standard(s)")}, {catalog.Indicators.Count} {output.T("个指标", "indicator(s)")}, {catalog.Requirements.Count} {output.T("条要求", "requirement(s)")}");
}
