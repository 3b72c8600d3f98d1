namespace Weinan.Benchmarking.Reporting;

/// <summary>Report output format.</summary>
public enum ReportFormat
{
    /// <summary>One self-contained HTML file (inline CSS and SVG, no network, no script).</summary>
    Html,
    /// <summary>Markdown tables, no charts, for pasting into documents.</summary>
    Markdown,
}
