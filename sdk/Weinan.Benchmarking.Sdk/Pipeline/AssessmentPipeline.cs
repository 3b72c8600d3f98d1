using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Pipeline;

/// <summary>The outcome of one submission through the pipeline.</summary>
/// <param name="Result">The result; null when the submission has errors and was not assessed.</param>
/// <param name="Issues">Validation issues of the submission (errors stop it, warnings do not). A result carries these
/// warnings too, ahead of the engine's own, in <see cref="AssessmentResult.Issues"/>: a report or result file shows every
/// warning its input had.</param>
public sealed record AssessmentStep(AssessmentResult? Result, IReadOnlyList<Issue> Issues)
{
    /// <summary>Whether the submission was assessed.</summary>
    public bool Assessed => Result is not null;
}

/// <summary>
/// One step per submission, shared by <c>wbench assess</c> and <c>wbench batch</c>: validate the submission against the
/// sector's catalog, then assess it. No file system, no plugin host, no clock: the same inputs give the same outcome, and
/// any number of steps may run in parallel over one <see cref="SectorCatalog"/>.
/// </summary>
public static class AssessmentPipeline
{
    /// <summary>Validates and assesses a submission against its sector's catalog.</summary>
    /// <param name="submission">The submission.</param>
    /// <param name="catalog">The resolved catalog of the submission's sector.</param>
    /// <param name="options">Assessment options (the caller supplies the date).</param>
    /// <param name="source">Where the submission came from (file, or file and row), copied into its issues.</param>
    public static AssessmentStep Assess(Submission submission, SectorCatalog catalog, AssessmentOptions options, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);

        var issues = InputValidation.ValidateSubmission(submission, catalog.Catalog, source);
        if (issues.Any(i => i.Severity == Severity.Error))
        {
            return new AssessmentStep(null, issues);
        }

        var result = Assessor.Assess(submission, catalog.PlanFor(options), catalog.DerivedIndicators, catalog.References);
        if (issues.Count > 0)
        {
            result = result with { Issues = [.. issues, .. result.Issues] };
        }

        return new AssessmentStep(result, issues);
    }
}
