using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// Runs one assessment from files: read the submission, read the data-only catalogs, select and merge the sector's
/// catalog, then the pipeline step every submission takes (<see cref="AssessmentPipeline.Assess"/>). Input problems stop
/// the run as issues; the step itself is pure.
/// </summary>
public static class SubmissionAssessment
{
    /// <summary>Runs the assessment described by <paramref name="request"/> with the plugins of <paramref name="host"/>.</summary>
    public static AssessmentOutcome Run(PluginHost host, AssessmentRequest request)
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
        if (selection.Sector is null || HasErrors(issues))
        {
            return new AssessmentOutcome(null, selection, issues);
        }

        var step = AssessmentPipeline.Assess(submission, selection.Sector, request.Options, request.SubmissionPath);
        issues.AddRange(step.Issues);
        return new AssessmentOutcome(step.Result, selection, issues);
    }

    private static bool HasErrors(IEnumerable<Issue> issues) => issues.Any(i => i.Severity == Severity.Error);
}
