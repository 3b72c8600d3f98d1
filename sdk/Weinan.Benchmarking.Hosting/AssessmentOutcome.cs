using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>The outcome of an assessment run from files.</summary>
/// <param name="Result">The result, or null when the inputs had errors.</param>
/// <param name="Selection">The catalog used, when one was selected.</param>
/// <param name="Issues">Issues found in the inputs (errors stop the run; warnings do not).</param>
public sealed record AssessmentOutcome(AssessmentResult? Result, CatalogSelection? Selection, IReadOnlyList<Issue> Issues)
{
    /// <summary>Whether the submission's sector was not found among the loaded plugins.</summary>
    public bool UnknownSector => Issues.Any(i => i.Code == IssueCodes.UnknownSector);
}
