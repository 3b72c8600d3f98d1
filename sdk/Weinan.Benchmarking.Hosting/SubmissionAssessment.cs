using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// Runs one assessment from files: read the submission, read the data-only catalogs, select and merge the sector's
/// catalog, validate the submission, assess. Input problems stop the run as issues; the engine itself is pure.
/// </summary>
public static class SubmissionAssessment
{
    /// <summary>The engine's signature (<see cref="Assessor.Assess"/>).</summary>
    public delegate AssessmentResult Engine(Submission submission, Catalog catalog, AssessmentOptions options,
        IReadOnlyList<IDerivedIndicator>? derived, IReadOnlyList<CatalogReference>? catalogs);

    /// <summary>
    /// Runs the assessment described by <paramref name="request"/> with the plugins of <paramref name="host"/>, using
    /// <paramref name="engine"/> (default <see cref="Assessor.Assess"/>).
    /// </summary>
    public static AssessmentOutcome Run(PluginHost host, AssessmentRequest request, Engine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        var issues = new List<Issue>();

        var (submission, submissionIssues) = InputFile.ReadJson<Submission>(request.SubmissionPath);
        issues.AddRange(submissionIssues);

        var additions = new List<CatalogFile>();
        foreach (var path in request.CatalogPaths)
        {
            var (file, catalogIssues) = CatalogFile.Read(path);
            issues.AddRange(catalogIssues);
            if (file is not null)
            {
                additions.Add(file);
            }
        }

        if (submission is null || HasErrors(issues))
        {
            return new AssessmentOutcome(null, null, issues);
        }

        var selection = host.Catalogs.Select(submission.Sector, additions);
        issues.AddRange(selection.Issues);
        if (selection.Catalog is null || HasErrors(issues))
        {
            return new AssessmentOutcome(null, selection, issues);
        }

        issues.AddRange(InputValidation.ValidateSubmission(submission, selection.Catalog, request.SubmissionPath));
        if (HasErrors(issues))
        {
            return new AssessmentOutcome(null, selection, issues);
        }

        var result = (engine ?? Assessor.Assess)(submission, selection.Catalog, request.Options, selection.DerivedIndicators, selection.References);
        return new AssessmentOutcome(result, selection, issues);
    }

    private static bool HasErrors(IEnumerable<Issue> issues) => issues.Any(i => i.Severity == Severity.Error);
}
