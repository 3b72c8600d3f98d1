using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Output of <c>wbench assess</c>.</summary>
public enum OutputFormat
{
    /// <summary>A summary on the console.</summary>
    Summary,
    /// <summary>Self-contained HTML report.</summary>
    Html,
    /// <summary>Markdown report.</summary>
    Markdown,
    /// <summary>The result JSON.</summary>
    Json,
}

/// <summary>Options of <c>wbench assess</c>.</summary>
public sealed class AssessSettings : JudgementSettings
{
    /// <summary>The submission JSON file.</summary>
    [CommandArgument(0, "<SUBMISSION>")]
    [Description("提交的 JSON 文件 / Submission JSON file")]
    public string Submission { get; init; } = "";

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("html、md 或 json；省略时终端上显示摘要 / html, md or json; without it a summary is shown")]
    public string? Format { get; init; }

    /// <summary>Output file, written atomically.</summary>
    [CommandOption("-o|--out <PATH>")]
    [Description("输出文件（原子写入；格式可由扩展名推断）/ Output file (written atomically; format from the extension)")]
    public string? Out { get; init; }

    /// <summary>Replace a read-only output file.</summary>
    [CommandOption("-f|--force")]
    [Description("覆盖只读的输出文件 / Overwrite a read-only output file")]
    public bool Force { get; init; }

    /// <summary>Folder of report templates replacing the defaults.</summary>
    [CommandOption("--templates <DIR>")]
    [Description("自定义报告模板文件夹 / Folder of custom report templates")]
    public string? Templates { get; init; }

    /// <summary>The output format: <c>--format</c>, else from the <c>--out</c> extension, else a summary.</summary>
    public OutputFormat ResolvedFormat => ParseFormat(Format) ?? (Out is null
        ? OutputFormat.Summary
        : Path.GetExtension(Out).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => OutputFormat.Markdown,
            ".json" => OutputFormat.Json,
            _ => OutputFormat.Html,
        });

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        result = Paths([("SUBMISSION", Submission), ("--out", Out), ("--templates", Templates)]);
        if (!result.Successful)
        {
            return result;
        }

        if (Format is not null && ParseFormat(Format) is null)
        {
            return Invalid("--format", Format, "html, md, json");
        }

        return ValidationResult.Success();
    }

    private static OutputFormat? ParseFormat(string? value) => value?.ToLowerInvariant() switch
    {
        "html" or "htm" => OutputFormat.Html,
        "md" or "markdown" => OutputFormat.Markdown,
        "json" => OutputFormat.Json,
        _ => null,
    };
}
