using System.Globalization;
using System.Text;

namespace Weinan.Benchmarking.Batch.Sinks;

/// <summary>
/// File names of per-row reports: <c>&lt;row&gt;-&lt;credit code&gt;-&lt;submission id&gt;.html</c>, where the row is
/// the item's place in the batch (so names are unique per row) and the other parts are sanitised and length-limited:
/// only ASCII letters, digits, <c>-</c> and <c>_</c> are kept, so no name holds a path separator, a dot sequence such
/// as <c>..</c>, or is a reserved device name; enterprise names are never used.
/// </summary>
public static class ReportFileNames
{
    /// <summary>The most characters kept of the credit code and of the submission id.</summary>
    public const int PartLength = 40;

    private static readonly string[] Reserved = ["CON", "PRN", "AUX", "NUL"];

    /// <summary>The report file name of an item.</summary>
    public static string For(BatchItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var submission = item.Row.Submission;
        return For(item.Sequence, item.Result?.Enterprise.CreditCode ?? submission?.Enterprise.CreditCode, item.Result?.SubmissionId ?? submission?.Id);
    }

    /// <summary>The report file name of the row at <paramref name="sequence"/> (from 0).</summary>
    public static string For(long sequence, string? creditCode, string? submissionId)
    {
        var name = new StringBuilder(100);
        name.Append((sequence + 1).ToString("D6", CultureInfo.InvariantCulture));
        foreach (var part in new[] { Part(creditCode), Part(submissionId) })
        {
            if (part.Length > 0)
            {
                name.Append('-').Append(part);
            }
        }

        return name.Append(".html").ToString();
    }

    /// <summary>
    /// A sanitised part of a file name: every run of characters other than ASCII letters, digits, <c>-</c> and <c>_</c>
    /// becomes one <c>_</c>, leading and trailing <c>_</c> and <c>-</c> are dropped, at most <see cref="PartLength"/>
    /// characters are kept, and a reserved device name (CON, NUL, COM1, …) is prefixed with <c>_</c>. Null becomes empty.
    /// </summary>
    public static string Part(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var part = new StringBuilder(Math.Min(text.Length, PartLength + 1));
        foreach (var c in text)
        {
            if (part.Length >= PartLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                part.Append(c);
            }
            else if (part.Length > 0 && part[^1] != '_')
            {
                part.Append('_');
            }
        }

        var result = part.ToString().Trim('_', '-');
        return IsReserved(result) ? "_" + result : result;
    }

    private static bool IsReserved(string name) =>
        Reserved.Contains(name, StringComparer.OrdinalIgnoreCase) ||
        (name.Length == 4 && (name.StartsWith("COM", StringComparison.OrdinalIgnoreCase) || name.StartsWith("LPT", StringComparison.OrdinalIgnoreCase)) && char.IsAsciiDigit(name[3]));
}
