using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>
/// Validates catalogs and submissions after they are read. Placeholder until the full validators land: it only
/// reports results that name an indicator the catalog does not have.
/// </summary>
public static class InputValidation
{
    /// <summary>Validates a catalog; problems come back as issues, never as exceptions.</summary>
    public static IReadOnlyList<Issue> ValidateCatalog(Catalog catalog, string? file = null) => [];

    /// <summary>Validates a submission, against a catalog when one is given; problems come back as issues.</summary>
    public static IReadOnlyList<Issue> ValidateSubmission(Submission submission, Catalog? catalog = null, string? file = null)
    {
        if (catalog is null)
        {
            return [];
        }

        var known = catalog.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var issues = new List<Issue>();
        for (var i = 0; i < submission.Results.Count; i++)
        {
            var id = submission.Results[i].IndicatorId;
            if (!known.Contains(id))
            {
                issues.Add(new Issue
                {
                    Code = "WB3001",
                    File = file,
                    Path = $"results[{i}].indicatorId",
                    Message = new($"未知指标“{id}”：目录中没有该指标。", $"Unknown indicator '{id}': the catalog has no such indicator."),
                });
            }
        }

        return issues;
    }
}
