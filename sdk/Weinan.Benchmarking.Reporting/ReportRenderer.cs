using System.Globalization;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Reporting.Model;

namespace Weinan.Benchmarking.Reporting;

/// <summary>
/// Renders assessment results with Scriban templates. Every template (defaults, folder overrides, plugin partials) is parsed
/// once in <see cref="Load"/>; template errors come back as issues with file and line. Rendering uses strict variables,
/// loop and recursion limits, the invariant culture, and an include loader confined to the parsed templates.
/// Templates see the <see cref="ReportModel"/> as <c>report</c> (snake_case members), the labels as <c>l</c>, and the
/// plugin partials for the output format as <c>plugin_partials</c>. All data is escaped in the model, so data text is
/// never markup and never template text.
/// </summary>
public sealed partial class ReportRenderer
{
    /// <summary>Prefix of plugin partial include names: <c>plugins/NAME</c>.</summary>
    public const string PluginPrefix = "plugins/";

    private readonly Dictionary<string, Template> _templates;
    private readonly ReportTemplateLoader _loader;
    private readonly Dictionary<string, string> _files;

    private ReportRenderer(Dictionary<string, Template> templates, Dictionary<string, string> texts, Dictionary<string, string> files)
    {
        _templates = templates;
        _files = files;
        _loader = new ReportTemplateLoader(texts);
    }

    /// <summary>Names of every template loaded (relative paths, plugin partials as <c>plugins/NAME</c>), sorted.</summary>
    public IReadOnlyList<string> TemplateNames => _templates.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Loads and parses the templates once; template errors come back as issues with file and line.</summary>
    /// <param name="templatesDirectory">A folder whose <c>*.sbn-html</c>/<c>*.sbn-md</c> files replace the defaults of the same
    /// relative path; null = the defaults only.</param>
    /// <param name="pluginPartials">Plugin partials by name (e.g. <c>textiles-notes.sbn-html</c>) to template text; included by
    /// the main templates after the standard sections, as <c>plugins/NAME</c>.</param>
    /// <returns>The renderer, or null when any template has an error; and every issue found (warnings included).</returns>
    public static (ReportRenderer? Renderer, IReadOnlyList<Issue> Issues) Load(string? templatesDirectory = null,
        IReadOnlyDictionary<string, string>? pluginPartials = null)
    {
        var issues = new List<Issue>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in ReportTemplates.DefaultNames)
        {
            texts[name] = ReportTemplates.ReadDefault(name);
            files[name] = "templates/reports/" + name;
        }

        if (templatesDirectory is not null)
        {
            ReadFolder(templatesDirectory, texts, files, issues);
        }

        foreach (var (name, text) in (pluginPartials ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!PartialName().IsMatch(name))
            {
                issues.Add(Problem(IssueCodes.PartialNameInvalid, $"plugin:{name}", null, null,
                    $"插件报告片段名称“{name}”无效：应为字母、数字、点、连字符，并以 .sbn-html 或 .sbn-md 结尾。",
                    $"Plugin report partial name '{name}' is invalid: use letters, digits, dots and hyphens, ending in .sbn-html or .sbn-md."));
                continue;
            }

            texts[PluginPrefix + name] = ReportTemplates.Normalize(text ?? "");
            files[PluginPrefix + name] = $"plugin:{name}";
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (name, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var template = Template.Parse(text, files[name]);
            foreach (var message in template.Messages)
            {
                var error = message.Type == ParserMessageType.Error;
                issues.Add(new Issue
                {
                    Code = IssueCodes.TemplateSyntax,
                    Severity = error ? Severity.Error : Severity.Warning,
                    Path = name,
                    File = files[name],
                    Line = message.Span.Start.Line + 1,
                    Column = message.Span.Start.Column + 1,
                    Message = new($"报告模板{(error ? "错误" : "警告")}：{message.Message}", $"Report template {(error ? "error" : "warning")}: {message.Message}"),
                });
            }

            templates[name] = template;
        }

        foreach (var main in new[] { ReportTemplates.HtmlMain, ReportTemplates.MarkdownMain })
        {
            if (!templates.ContainsKey(main))
            {
                issues.Add(Problem(IssueCodes.MainTemplateMissing, main, null, null, $"缺少主报告模板 {main}。", $"The main report template {main} is missing."));
            }
        }

        return issues.Any(i => i.Severity == Severity.Error) ? (null, issues) : (new ReportRenderer(templates, texts, files), issues);
    }

    /// <summary>Renders a result.</summary>
    /// <param name="result">The assessment result.</param>
    /// <param name="format">HTML or Markdown.</param>
    /// <param name="language"><c>zh-CN</c> (default for anything not starting with <c>en</c>) or <c>en</c>.</param>
    /// <returns>The report text, with <c>\n</c> newlines.</returns>
    /// <exception cref="ReportRenderException">A (customised) template failed at render time; the issue names file and line.</exception>
    public string Render(AssessmentResult result, ReportFormat format, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var model = ReportModelBuilder.Build(result, format, language ?? "zh-CN");
        var esc = TextEscaper.For(format);
        var labels = new ScriptObject();
        foreach (var (key, value) in ReportStrings.Labels(model.Language))
        {
            labels.SetValue(key, esc(value), true);
        }

        var extension = format == ReportFormat.Html ? ReportTemplates.HtmlExtension : ReportTemplates.MarkdownExtension;
        var partials = new ScriptArray(_templates.Keys
            .Where(k => k.StartsWith(PluginPrefix, StringComparison.Ordinal) && k.EndsWith(extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal));

        var globals = new ScriptObject();
        globals.SetValue("report", model, true);
        globals.SetValue("l", labels, true);
        globals.SetValue("plugin_partials", partials, true);

        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = 100_000,
            RecursiveLimit = 32,
            LimitToString = 0,
            MemberRenamer = StandardMemberRenamer.Default,
            TemplateLoader = _loader,
            RegexTimeOut = TimeSpan.FromSeconds(2),
            TryGetMember = UnknownMember,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        foreach (var (name, template) in _templates)
        {
            context.CachedTemplates[name] = template;
        }

        context.PushGlobal(globals);
        var main = format == ReportFormat.Html ? ReportTemplates.HtmlMain : ReportTemplates.MarkdownMain;
        try
        {
            return _templates[main].Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            var file = string.IsNullOrEmpty(span.FileName) ? _files[main] : span.FileName;
            throw new ReportRenderException(Problem(IssueCodes.TemplateRenderFailed, file, span.Start.Line + 1, span.Start.Column + 1,
                $"报告模板渲染失败：{ex.OriginalMessage}", $"Report template failed while rendering: {ex.OriginalMessage}"), ex);
        }
    }

    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value) =>
        throw new ScriptRuntimeException(span, $"Unknown member '{member}'. Template variables are snake_case members of the report model.");

    private static void ReadFolder(string directory, Dictionary<string, string> texts, Dictionary<string, string> files, List<Issue> issues)
    {
        if (!Directory.Exists(directory))
        {
            issues.Add(Problem(IssueCodes.TemplatesFolderMissing, directory, null, null, $"报告模板文件夹不存在：{directory}", $"Report templates folder not found: {directory}"));
            return;
        }

        var root = Path.GetFullPath(directory);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (!ReportTemplates.IsTemplateName(name))
            {
                continue;
            }

            try
            {
                texts[name] = ReportTemplates.Normalize(File.ReadAllText(path));
                files[name] = path;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                issues.Add(Problem(IssueCodes.TemplateUnreadable, path, null, null, $"无法读取报告模板：{ex.Message}", $"Cannot read the report template: {ex.Message}"));
            }
        }
    }

    private static Issue Problem(string code, string file, int? line, int? column, string zh, string en) => new()
    {
        Code = code,
        Severity = Severity.Error,
        File = file,
        Line = line,
        Column = column,
        Message = new(zh, en),
    };

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*\.sbn-(html|md)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartialName();
}
