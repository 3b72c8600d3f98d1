using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Reporting;

/// <summary>Report output format.</summary>
public enum ReportFormat
{
    /// <summary>Self-contained HTML.</summary>
    Html,
    /// <summary>Markdown.</summary>
    Markdown,
}

/// <summary>Renders assessment results with Scriban templates (placeholder signature).</summary>
public sealed class ReportRenderer
{
    /// <summary>Loads and parses the templates once; template errors come back as issues with file and line.</summary>
    public static (ReportRenderer? Renderer, IReadOnlyList<Issue> Issues) Load(string? templatesDirectory = null,
        IReadOnlyDictionary<string, string>? pluginPartials = null) => throw new NotImplementedException();

    /// <summary>Renders a result.</summary>
    public string Render(AssessmentResult result, ReportFormat format, string language) => throw new NotImplementedException();
}
