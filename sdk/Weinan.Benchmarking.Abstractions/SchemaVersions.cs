namespace Weinan.Benchmarking.Abstractions;

/// <summary>Versions of the JSON formats documented in <c>docs/formats.md</c>.</summary>
public static class SchemaVersions
{
    /// <summary>Catalog format version.</summary>
    public const string Catalog = "1.1";

    /// <summary>Submission format version.</summary>
    public const string Submission = "1.2";

    /// <summary>Assessment result format version.</summary>
    public const string Result = "1.2";
}
