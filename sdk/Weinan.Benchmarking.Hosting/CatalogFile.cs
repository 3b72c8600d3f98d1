using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>A data-only catalog read from a file (<c>--catalog FILE</c>), in the plugins' catalog format.</summary>
/// <param name="Path">The file.</param>
/// <param name="Catalog">The catalog read.</param>
public sealed record CatalogFile(string Path, Catalog Catalog)
{
    // Fields of a submission; read as a catalog they are unknown fields.
    private static readonly string[] SubmissionFields = ["sector", "enterprise", "product", "results", "enterpriseStandard"];

    /// <summary>
    /// Reads a catalog file. A missing file or malformed JSON comes back as issues with a null file; so does a file with
    /// none of a catalog's content (standards, indicators, requirements, product classes, conversions or a ladder),
    /// such as a submission given by mistake (<c>WB4105</c>).
    /// </summary>
    public static (CatalogFile? File, IReadOnlyList<Issue> Issues) Read(string path)
    {
        var (value, issues) = InputFile.ReadJson<Catalog>(path);
        if (value is null)
        {
            return (null, issues);
        }

        if (value is { Standards.Count: 0, Indicators.Count: 0, Requirements.Count: 0, ProductClasses.Count: 0, Conversions.Count: 0, Ladder: null })
        {
            var submission = issues.Any(i => SubmissionFields.Contains(i.Path, StringComparer.Ordinal));
            return (null, [new Issue
            {
                Code = IssueCodes.NotACatalog,
                File = path,
                Message = new(
                    $"这不是目录：没有标准、指标、要求、产品类别、换算或等级阶梯{(submission ? "；它看起来是一份提交（用 wbench assess 评价它）" : "")}。",
                    $"This is not a catalog: it has no standards, indicators, requirements, product classes, conversions or ladder{(submission ? "; it looks like a submission (assess it with wbench assess)" : "")}."),
            }]);
        }

        return (new CatalogFile(path, value), issues);
    }
}
