using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Sdk.Tests;

public class JsonTests
{
    [Fact]
    public void Should_Report_Line_And_Column_When_Json_Is_Malformed()
    {
        var result = BenchmarkJson.Deserialize<Submission>("{\n  \"id\": \"x\",\n  \"sector\": \n}", "bad.json");
        result.Value.ShouldBeNull();
        var issue = result.Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe("WB1001");
        issue.File.ShouldBe("bad.json");
        issue.Line.ShouldBe(4);
    }

    [Fact]
    public void Should_Round_Trip_Enums_As_CamelCase_Strings_And_Keep_Written_Decimals()
    {
        var limit = Limit.AtMost("0.10");
        var json = BenchmarkJson.Serialize(new Requirement { Id = "r", Limit = limit, Provenance = new() { Confidence = Confidence.Secondary } });
        json.ShouldContain("\"kind\": \"upper\"");
        json.ShouldContain("\"max\": \"0.10\"");
        json.ShouldContain("\"confidence\": \"secondary\"");
        var back = BenchmarkJson.Deserialize<Requirement>(json);
        back.Success.ShouldBeTrue();
        back.Value!.Limit.Max.ShouldBe("0.10");
    }

    [Fact]
    public void Should_Read_Into_New_Objects_And_Leave_The_Shared_Empty_Defaults_Empty()
    {
        // An empty limit, limit source and decision rule are shared by every model object that leaves them unset.
        var read = BenchmarkJson.Deserialize<Judgement>(
            "{ \"requirement\": { \"standardCode\": \"GB 1\", \"limit\": { \"kind\": \"upper\", \"max\": \"5\" } }, \"decisionRule\": { \"kind\": \"guardBand\" } }");
        read.Success.ShouldBeTrue();
        read.Value!.Requirement.Limit.Max.ShouldBe("5");
        read.Value.DecisionRule.Kind.ShouldBe(DecisionRuleKind.GuardBand);

        var untouched = new Judgement();
        untouched.Requirement.StandardCode.ShouldBe("");
        untouched.Requirement.Limit.Max.ShouldBeNull();
        untouched.DecisionRule.Kind.ShouldBe(DecisionRuleKind.SimpleAcceptance);
        new Requirement().Limit.Max.ShouldBeNull();
        new EnterpriseLimit().Limit.Max.ShouldBeNull();
        ReferenceEquals(new Requirement().Limit, read.Value.Requirement.Limit).ShouldBeFalse();
    }

    [Fact]
    public void Should_Warn_And_Keep_Reading_When_A_Field_Is_Unknown()
    {
        var result = BenchmarkJson.Deserialize<Submission>(
            "{ \"id\": \"x\", \"results\": [ { \"indicatorId\": \"ph\", \"value\": \"6.5\", \"uncertanity\": \"0.1\" } ], \"sector\": \"textiles\" }", "s.json");

        result.Success.ShouldBeTrue();
        result.Value!.Sector.ShouldBe("textiles");
        result.Value.Results.ShouldHaveSingleItem().Value.ShouldBe("6.5");
        var issue = result.Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe("WB1003");
        issue.Severity.ShouldBe(Severity.Warning);
        issue.Path.ShouldBe("results[0].uncertanity");
        issue.Message.En.ShouldContain("uncertanity");
    }

    [Fact]
    public void Should_Keep_The_Written_Scale_When_A_Value_Is_A_Json_Number()
    {
        var result = BenchmarkJson.Deserialize<MeasuredResult>("{ \"indicatorId\": \"ph\", \"value\": 12.50 }");
        result.Value!.Value.ShouldBe("12.50");
    }
}
