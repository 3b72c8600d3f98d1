using System.Runtime.CompilerServices;
using Newtonsoft.Json.Linq;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>The examples in <c>docs/examples</c> (quoted by <c>docs/formats.md</c>) load, validate and use only real fields.</summary>
public class FormatsTests
{
    private static string ExamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "docs-examples", name);

    private static T Load<T>(string name)
        where T : class
    {
        var read = BenchmarkJson.Deserialize<T>(File.ReadAllText(ExamplePath(name)), name);
        read.Issues.ShouldBeEmpty();
        return read.Value.ShouldNotBeNull();
    }

    [Fact]
    public void Should_Load_And_Validate_Without_Issues_When_Reading_The_Catalog_Example()
    {
        // Given / When
        var catalog = Load<Catalog>("catalog.json");
        var issues = InputValidation.ValidateCatalog(catalog, "catalog.json");

        // Then
        issues.ShouldBeEmpty(string.Join("; ", issues));
        catalog.Requirements.Select(r => r.Provenance.Confidence).Distinct().ShouldBe(
            [Confidence.Unconfirmed, Confidence.Confirmed, Confidence.Secondary], ignoreOrder: true);
    }

    [Fact]
    public void Should_Load_And_Validate_Without_Issues_When_Reading_The_Submission_Example()
    {
        // Given / When
        var catalog = Load<Catalog>("catalog.json");
        var submission = Load<Submission>("submission.json");
        var issues = InputValidation.ValidateSubmission(submission, catalog, "submission.json");

        // Then
        issues.ShouldBeEmpty(string.Join("; ", issues));
        CreditCode.IsValid(submission.Enterprise.CreditCode).ShouldBeTrue();
    }

    [Fact]
    public void Should_Load_And_Match_Its_Inputs_When_Reading_The_Result_Example()
    {
        // Given / When
        var catalog = Load<Catalog>("catalog.json");
        var submission = Load<Submission>("submission.json");
        var result = Load<AssessmentResult>("result.json");

        // Then
        result.SchemaVersion.ShouldBe(SchemaVersions.Result);
        result.SubmissionId.ShouldBe(submission.Id);
        result.Enterprise.ShouldBe(submission.Enterprise);
        BenchmarkJson.Serialize(result.Product).ShouldBe(BenchmarkJson.Serialize(submission.Product));
        result.Catalogs.ShouldHaveSingleItem().ShouldBe(new CatalogReference(catalog.Id, catalog.Version));
        var requirementIds = catalog.Requirements.Select(r => r.Id).ToHashSet();
        var fromCatalog = result.Indicators.SelectMany(i => i.Judgements).Where(j => j.Requirement.Tier != StandardTier.Enterprise).ToList();
        fromCatalog.ShouldAllBe(j => requirementIds.Contains(j.Requirement.RequirementId!));
        result.Indicators.SelectMany(i => i.Judgements).Where(j => j.Requirement.Tier == StandardTier.Enterprise)
            .ShouldAllBe(j => j.Binding && j.Requirement.StandardCode == submission.EnterpriseStandard!.Code && j.Requirement.RequirementId == null);
        result.Indicators.Select(i => i.IndicatorId).Concat(result.NotEvaluated.Select(n => n.IndicatorId))
            .ShouldBe(catalog.Indicators.Select(i => i.Id), ignoreOrder: true);
        result.Standards.Select(s => s.Code).ShouldBe(catalog.Standards.Select(s => s.Code).Append(submission.EnterpriseStandard!.Code), ignoreOrder: true);
        foreach (var judgement in fromCatalog)
        {
            var requirement = catalog.Requirements.Single(r => r.Id == judgement.Requirement.RequirementId);
            judgement.Requirement.Limit.ShouldBe(requirement.Limit with { Accepted = judgement.Requirement.Limit.Accepted });
            judgement.Requirement.Limit.Accepted.ShouldBe(requirement.Limit.Accepted);
            judgement.Requirement.Unit.ShouldBe(requirement.Unit);
        }

        result.Issues.ShouldBeEmpty();
    }

    private static string FormatsDoc([CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "docs", "formats.md"));

    [Theory]
    [InlineData("catalog.json")]
    [InlineData("submission.json")]
    [InlineData("result.json")]
    public void Should_Link_The_Example_When_Documenting_Formats(string name) =>
        FormatsDoc().ShouldContain($"(examples/{name})");

    [Fact]
    public void Should_Write_Only_Valid_Json_In_The_Excerpts_When_Documenting_Formats()
    {
        var blocks = System.Text.RegularExpressions.Regex.Matches(FormatsDoc(), "```json\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);

        blocks.Count.ShouldBeGreaterThan(0);
        foreach (System.Text.RegularExpressions.Match block in blocks)
        {
            Should.NotThrow(() => JToken.Parse(block.Groups[1].Value.Replace("\"…\"", "\"\"", StringComparison.Ordinal)), block.Groups[1].Value);
        }
    }

    [Fact]
    public void Should_List_Every_Enum_Spelling_When_Documenting_Formats()
    {
        // Given
        var doc = FormatsDoc();
        var enums = typeof(Catalog).Assembly.GetExportedTypes().Where(t => t.IsEnum);

        // When: every value as the writer spells it
        var missing = enums.SelectMany(e => Enum.GetValues(e).Cast<object>()
                .Select(v => BenchmarkJson.Serialize(v).Trim('"'))
                .Where(spelling => !doc.Contains($"`{spelling}`", StringComparison.Ordinal))
                .Select(spelling => $"{e.Name}.{spelling}"))
            .ToList();

        // Then
        missing.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("catalog.json", typeof(Catalog))]
    [InlineData("submission.json", typeof(Submission))]
    [InlineData("result.json", typeof(AssessmentResult))]
    public void Should_Use_Only_Model_Fields_When_Writing_An_Example(string name, Type type)
    {
        // Given: the example as written, and the model read from it written back
        var text = File.ReadAllText(ExamplePath(name));
        var model = typeof(BenchmarkJson).GetMethod(nameof(BenchmarkJson.Deserialize))!.MakeGenericMethod(type).Invoke(null, [text, name])!;
        var value = model.GetType().GetProperty("Value")!.GetValue(model).ShouldNotBeNull();
        var written = JToken.Parse(BenchmarkJson.Serialize(value));

        // Then: every field of the example survives the round trip with the same value (defaults may be left out)
        var problems = new List<string>();
        Contained(JToken.Parse(text), written, "$", problems);
        problems.ShouldBeEmpty();
    }

    private static void Contained(JToken example, JToken written, string path, List<string> problems)
    {
        switch (example)
        {
            case JObject obj when written is JObject other:
                foreach (var property in obj.Properties())
                {
                    if (other.Property(property.Name) is { } match)
                    {
                        Contained(property.Value, match.Value, $"{path}.{property.Name}", problems);
                    }
                    else if (!IsEmpty(property.Value))
                    {
                        problems.Add($"{path}.{property.Name} is not a field of the model");
                    }
                }

                break;
            case JArray array when written is JArray other && array.Count == other.Count:
                for (var i = 0; i < array.Count; i++)
                {
                    Contained(array[i], other[i], $"{path}[{i}]", problems);
                }

                break;
            case JValue { Type: JTokenType.String } text when written is JObject { Count: 2 } localized &&
                                                           localized["zh"]?.ToString() == text.ToString() && localized["en"]?.ToString() == text.ToString():
                // A plain string is read as a text in both languages.
                break;
            default:
                if (!JToken.DeepEquals(example, written))
                {
                    problems.Add($"{path}: example {example.ToString(Newtonsoft.Json.Formatting.None)} reads back as {written.ToString(Newtonsoft.Json.Formatting.None)}");
                }

                break;
        }
    }

    private static bool IsEmpty(JToken token) => token.Type == JTokenType.Null;
}
