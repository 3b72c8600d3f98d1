namespace Weinan.Benchmarking.Abstractions;

/// <summary>Versions of the JSON formats documented in <c>docs/formats.md</c>.</summary>
public static class SchemaVersions
{
    /// <summary>Catalog format version (1.2: the <c>notPermitted</c> limit kind and a conversion's <c>confidence</c>).</summary>
    public const string Catalog = "1.2";

    /// <summary>Submission format version.</summary>
    public const string Submission = "1.2";

    /// <summary>Assessment result format version (1.3: the <c>conversions</c> applied).</summary>
    public const string Result = "1.3";
}
