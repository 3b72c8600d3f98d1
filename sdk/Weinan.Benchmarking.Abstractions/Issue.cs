namespace Weinan.Benchmarking.Abstractions;

/// <summary>
/// A problem found in an input (submission, catalog, plugin, template): what, where and how bad.
/// User errors are reported as issues, never thrown.
/// </summary>
public sealed record Issue
{
    /// <summary>Stable code, e.g. <c>WB1002</c>: one of <see cref="IssueCodes"/>.</summary>
    public string Code { get; init; } = "";

    /// <summary>Error, warning or info.</summary>
    public Severity Severity { get; init; } = Severity.Error;

    /// <summary>Path inside the input, e.g. <c>results[3].value</c>.</summary>
    public string Path { get; init; } = "";

    /// <summary>Message in Chinese and English.</summary>
    public LocalizedText Message { get; init; } = LocalizedText.Empty;

    /// <summary>File the issue is in, if any.</summary>
    public string? File { get; init; }

    /// <summary>1-based line in <see cref="File"/>, if known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column in <see cref="File"/>, if known.</summary>
    public int? Column { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Severity.ToString().ToUpperInvariant()} {Code} {File}{(Line is null ? "" : $"({Line},{Column})")}{(File is null && Line is null ? "" : " ")}{Path}: {Message.En}";
}
