namespace Weinan.Benchmarking.Abstractions;

/// <summary>
/// One code of the issue registry (<see cref="IssueCodes.All"/>): the code, the severity it is reported with and what it
/// means. The message is the meaning of the code in both languages, a template with <c>{placeholders}</c> where a
/// reporting site fills in details; an <see cref="Issue"/> carries the site's own full message.
/// </summary>
/// <param name="Code">The stable code: <c>WB</c> and four digits.</param>
/// <param name="DefaultSeverity">The severity an issue with this code has (see <see cref="SeverityVaries"/>).</param>
/// <param name="Message">The meaning in zh-CN and English, with <c>{placeholders}</c> for the details.</param>
public sealed record IssueDefinition(string Code, Severity DefaultSeverity, LocalizedText Message)
{
    /// <summary>
    /// True when a site may also report the code with another severity than <see cref="DefaultSeverity"/>
    /// (a missing plugin folder named by an environment variable, a template warning of the parser).
    /// </summary>
    public bool SeverityVaries { get; init; }
}
