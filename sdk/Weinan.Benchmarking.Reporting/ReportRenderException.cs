using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Reporting;

/// <summary>A template failed while rendering (e.g. an unknown variable in a customised template); <see cref="Issue"/> says where.</summary>
public sealed class ReportRenderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportRenderException(Issue issue, Exception? inner = null) : base(issue.ToString(), inner) => Issue = issue;

    /// <summary>Creates the exception.</summary>
    public ReportRenderException() : this(new Issue()) { }

    /// <summary>Creates the exception.</summary>
    public ReportRenderException(string message) : this(new Issue { Message = new(message, message) }) { }

    /// <summary>Creates the exception.</summary>
    public ReportRenderException(string message, Exception inner) : this(new Issue { Message = new(message, message) }, inner) { }

    /// <summary>The issue: code <see cref="IssueCodes.TemplateRenderFailed"/> (WB5005), template file and line.</summary>
    public Issue Issue { get; }
}
