using System.Globalization;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;
using Weinan.Benchmarking.Hosting;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary><c>wbench templates export DIR</c>: copies the default report templates to customise.</summary>
public sealed class ExportTemplatesCommand(CliEnvironment env) : Command<TemplatesExportSettings>
{
    /// <summary>Where the default templates sit, relative to the executable.</summary>
    public const string TemplatesFolder = "templates/reports";

    /// <inheritdoc />
    public override int Execute(CommandContext context, TemplatesExportSettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        var source = Path.Combine(env.BaseDirectory, TemplatesFolder);
        if (!Directory.Exists(source))
        {
            output.Issues([InputFile.Missing(source)]);
            return ExitCodes.InputError;
        }

        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var targets = files.Select(f => Path.Combine(settings.Directory, Path.GetRelativePath(source, f))).ToList();
        var existing = targets.Where(File.Exists).ToList();
        if (existing.Count > 0 && !settings.Force)
        {
            output.Issues(existing.Select(f => new Issue
            {
                Code = IssueCodes.OutputFailed,
                File = f,
                Message = new("文件已存在；使用 --force 覆盖。", "The file exists; use --force to overwrite it."),
            }));
            return ExitCodes.InputError;
        }

        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targets[i]))!);
                File.Copy(files[i], targets[i], overwrite: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var why = FileErrors.Describe(ex);
            output.Issues([new Issue
            {
                Code = IssueCodes.OutputFailed,
                File = settings.Directory,
                Message = new($"无法导出模板：{why.Zh}", $"Cannot export the templates: {why.En}"),
            }]);
            return ExitCodes.OutputError;
        }

        output.Line(new LocalizedText(string.Create(CultureInfo.InvariantCulture, $"已导出 {files.Count} 个模板文件到 {settings.Directory}；用 --templates {settings.Directory} 使用它们。"),
            string.Create(CultureInfo.InvariantCulture, $"Exported {files.Count} template file(s) to {settings.Directory}; use them with --templates {settings.Directory}.")));
        return ExitCodes.Ok;
    }
}
