using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>Assesses a submission against a catalog. Pure: no clock, culture or file system.</summary>
public static class Assessor
{
    /// <summary>Assesses a submission.</summary>
    public static AssessmentResult Assess(Submission submission, Catalog catalog, AssessmentOptions options,
        IReadOnlyList<IDerivedIndicator>? derived = null, IReadOnlyList<CatalogReference>? catalogs = null) =>
        throw new NotImplementedException("engine pending");
}
