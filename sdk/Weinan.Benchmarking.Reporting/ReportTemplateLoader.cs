using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Weinan.Benchmarking.Reporting;

/// <summary>
/// Resolves <c>include</c> names only among the templates parsed at load: relative paths inside the templates folder
/// (e.g. <c>partials/ladder.sbn-html</c>) and plugin partials by name. Nothing is read from disk at render time.
/// </summary>
internal sealed class ReportTemplateLoader(IReadOnlyDictionary<string, string> texts) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.Replace('\\', '/');
        if (name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal) || name.Split('/').Any(part => part is ".." or "."))
        {
            throw new ScriptRuntimeException(callerSpan, $"Include '{templateName}' is outside the templates folder.");
        }

        return texts.ContainsKey(name) ? name : throw new ScriptRuntimeException(callerSpan, $"Include '{templateName}' not found among the report templates.");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        texts.TryGetValue(templatePath, out var text) ? text : throw new ScriptRuntimeException(callerSpan, $"Include '{templatePath}' not found.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
