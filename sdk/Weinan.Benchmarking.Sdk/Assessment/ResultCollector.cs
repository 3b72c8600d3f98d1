using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Collects a submission's results by indicator and component: several results for one indicator are kept when they were
/// measured by different test methods (the first submitted is the indicator's value); derived indicators are computed
/// from the first results of their inputs.
/// </summary>
internal static class ResultCollector
{
    public static Dictionary<(string Indicator, string? Component), (List<MeasuredResult> Results, bool Derived)> Collect(
        Submission submission, IReadOnlyDictionary<string, Indicator> known, IReadOnlyList<IDerivedIndicator>? derived, List<Issue> issues)
    {
        var results = new Dictionary<(string, string?), (List<MeasuredResult> Results, bool Derived)>();
        var submitted = submission.Results ?? [];
        for (var i = 0; i < submitted.Count; i++)
        {
            var r = submitted[i];
            if (r is null)
            {
                issues.Add(Warning(IssueCodes.ResultIgnoredNull, $"results[{i}]", "空的结果条目已忽略", "empty (null) result ignored"));
                continue;
            }

            if (!known.TryGetValue(r.IndicatorId ?? "", out var indicator))
            {
                issues.Add(Warning(IssueCodes.ResultIgnoredUnknownIndicator, $"results[{i}].indicatorId", $"指标“{r.IndicatorId}”不在目录中，已忽略", $"indicator '{r.IndicatorId}' is not in the catalog and was ignored"));
                continue;
            }

            var key = (r.IndicatorId!, string.IsNullOrWhiteSpace(r.Component) ? null : r.Component);
            if (!results.TryGetValue(key, out var entry))
            {
                results[key] = entry = ([], false);
            }

            var method = TestMethods.Key(AssessmentContext.MethodOf(r, indicator) ?? "");
            if (entry.Results.Any(o => TestMethods.Key(AssessmentContext.MethodOf(o, indicator) ?? "") == method))
            {
                issues.Add(Warning(IssueCodes.ResultIgnoredDuplicate, $"results[{i}].indicatorId", $"指标“{r.IndicatorId}”以同一方法重复提交，只采用第一条",
                    $"indicator '{r.IndicatorId}' submitted twice by the same method; the first is used"));
                continue;
            }

            entry.Results.Add(r);
        }

        foreach (var d in derived ?? [])
        {
            // Plugin code: whatever it throws becomes an issue, and the assessment goes on without the value.
            var id = "?";
            try
            {
                id = d.IndicatorId;
                if (results.ContainsKey((id, null)) || !known.ContainsKey(id) || !d.Inputs.All(i => results.ContainsKey((i, null))))
                {
                    continue;
                }

                var inputs = d.Inputs.ToDictionary(i => i, i => results[(i, null)].Results[0]);
                if (d.Compute(inputs) is { } value)
                {
                    results[(id, null)] = ([value with { IndicatorId = id }], true);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                issues.Add(Warning(IssueCodes.DerivedIndicatorFailed, id, $"派生指标“{id}”计算失败：{ex.Message}", $"derived indicator '{id}' could not be computed: {ex.Message}"));
            }
        }

        return results;
    }

    internal static Issue Warning(string code, string path, string zh, string en) =>
        new() { Code = code, Severity = Severity.Warning, Path = path, Message = new(zh, en) };
}
