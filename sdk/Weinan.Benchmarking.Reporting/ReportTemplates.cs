using System.Text;

namespace Weinan.Benchmarking.Reporting;

/// <summary>
/// The default report templates, embedded in this assembly from <c>templates/reports/</c> (resource name = path relative to
/// that folder, e.g. <c>partials/ladder.sbn-html</c>). Export them, edit a copy, and pass the folder to
/// <see cref="ReportRenderer.Load"/> (<c>wbench assess --templates DIR</c>): files in the folder replace the defaults of the
/// same relative path, the others keep the defaults.
/// </summary>
public static class ReportTemplates
{
    /// <summary>Main HTML template; it includes the partials.</summary>
    public const string HtmlMain = "report.sbn-html";

    /// <summary>Main Markdown template.</summary>
    public const string MarkdownMain = "report.sbn-md";

    /// <summary>Extension of HTML templates and partials.</summary>
    public const string HtmlExtension = ".sbn-html";

    /// <summary>Extension of Markdown templates and partials.</summary>
    public const string MarkdownExtension = ".sbn-md";

    /// <summary>Relative paths of the default templates, sorted ordinally.</summary>
    public static IReadOnlyList<string> DefaultNames { get; } = typeof(ReportTemplates).Assembly.GetManifestResourceNames()
        .Where(IsTemplateName).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>The text of a default template (LF newlines).</summary>
    /// <exception cref="ArgumentException">No default template has that name.</exception>
    public static string ReadDefault(string name)
    {
        using var stream = typeof(ReportTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new ArgumentException($"No default report template named '{name}'.", nameof(name));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Normalize(reader.ReadToEnd());
    }

    /// <summary>Writes the default templates into a folder (created if needed), keeping their relative paths.</summary>
    /// <param name="directory">Target folder.</param>
    /// <param name="overwrite">Whether to replace files that already exist; if false they are left as they are.</param>
    /// <returns>The full paths of the files written.</returns>
    public static IReadOnlyList<string> ExportDefaults(string directory, bool overwrite = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var written = new List<string>();
        foreach (var name in DefaultNames)
        {
            var path = Path.GetFullPath(Path.Combine(directory, name.Replace('/', Path.DirectorySeparatorChar)));
            if (File.Exists(path) && !overwrite)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, ReadDefault(name), new UTF8Encoding(false));
            written.Add(path);
        }

        return written;
    }

    internal static bool IsTemplateName(string name) =>
        name.EndsWith(HtmlExtension, StringComparison.Ordinal) || name.EndsWith(MarkdownExtension, StringComparison.Ordinal);

    internal static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
}
