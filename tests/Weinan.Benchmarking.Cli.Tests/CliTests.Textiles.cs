using Weinan.Benchmarking.Cli.Tests.Support;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// End to end with the real engine, the textiles plugin beside the CLI and the shipped samples, on a fixed assessment
/// date. The reports and the JSON must equal the approved files of the reporting tests, which pin the same pipeline.
/// </summary>
public sealed partial class CliTests
{
    private const string Date = "2026-11-27";
    private const string InfantEnterprise = "渭南秦绣婴童服饰有限公司";

    private static readonly string Infant = TestPaths.TextilesSample("infant-bodysuit");
    private static readonly string Shirt = TestPaths.TextilesSample("cotton-shirt");

    private const string GroupCatalog = """
        {
          "schemaVersion": "1.0",
          "id": "wnfz-group",
          "version": "2025.1",
          "sectors": ["textiles"],
          "standards": [
            { "code": "T/WNFZ 001-2025", "title": { "zh": "婴幼儿纺织服装", "en": "Infant textile apparel" }, "tier": "group", "force": "recommended", "editionYear": 2025, "effective": "2025-03-01" }
          ],
          "requirements": [
            {
              "id": "t-wnfz-001-2025.formaldehyde.infant",
              "indicatorId": "formaldehyde",
              "standardCode": "T/WNFZ 001-2025",
              "clause": "5.2",
              "limit": { "kind": "upper", "max": "10" },
              "unit": "mg/kg",
              "appliesTo": { "productClasses": ["infant"] },
              "provenance": { "source": "T/WNFZ 001-2025 5.2", "confidence": "confirmed" }
            }
          ]
        }
        """;

    private static string Approved(string name) =>
        File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "Weinan.Benchmarking.Reporting.Tests", "Approved", name));

    private static AssessmentResult ParseResult(string json)
    {
        var read = BenchmarkJson.Deserialize<AssessmentResult>(json);
        read.Issues.ShouldBeEmpty();
        return read.Value.ShouldNotBeNull();
    }

    [Fact]
    public void Should_SummariseTheFailingShirt_WithLevelFailingIndicatorAndNamedTargetRungs()
    {
        var run = Wbench.Run(TestPaths.CliOutput, rich: true, "assess", Shirt, "--date", Date);

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.All);
        run.Console.ShouldContain("评价日期：2026-11-27；判定方法：全数值比较法；判定规则：简单接受（w = 0）");
        run.Console.ShouldContain("总体水平：未达标");
        run.Console.ShouldContain("不符合强制性要求、明示标准或标示值的指标");
        run.Console.ShouldContain("甲醛含量");
        run.Console.ShouldContain("82 mg/kg");
        run.Console.ShouldContain("≤ 75 mg/kg");
        run.Console.ShouldContain("主要差距");
        run.Console.ShouldContain("32（64%）");
        run.Console.ShouldNotContain("(64%)");
        run.Console.ShouldContain("国内领先");
        run.Console.ShouldNotContain("domestic-leading");
        run.Console.ShouldContain($"wbench assess {Shirt} --format html --out report.html");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_SummariseTheFailingShirtInEnglish_AsPlainText_When_Redirected()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "assess", Shirt, "--date", Date, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.All);
        run.Out.ShouldContain("Overall level: Non-compliant");
        run.Out.ShouldContain("Failing a mandatory, declared-standard or label requirement");
        run.Out.ShouldContain("Formaldehyde content\t82 mg/kg\t≤ 75 mg/kg\tGB 18401-2010 B\tfail");
        run.Out.ShouldContain("Formaldehyde content\t82 mg/kg\t≤ 50 mg/kg\tQ/WNFZ 0001-2025\tfail");
        run.Out.ShouldContain("Top gaps\n#\tIndicator\tMeasured\tRequired\tTarget\tGap\n1\tFormaldehyde content\t82\t≤ 50\tCompliant\t32 (64%)");
        run.Out.ShouldContain("\tDomestic leading\t");
        run.Out.ShouldNotContain("domestic-leading");
        run.Out.ShouldContain("Full report: wbench assess");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Should_WriteTheApprovedResultJsonToStandardOutput_When_FormatIsJson()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "assess", Shirt, "--format", "json", "--date", Date);

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.All);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldBe(Approved("sample-cotton-shirt.approved.json"));
        var result = ParseResult(run.Out);
        result.SchemaVersion.ShouldBe(SchemaVersions.Result);
        result.Catalogs.ShouldBe([new CatalogReference("textiles", "2.0.0")]);
        result.Level.Rung.ShouldBe("non-compliant");
        result.Level.Failing.ShouldBeTrue();
        result.Indicators.Single(i => i.IndicatorId == "formaldehyde").Judgements.ShouldContain(j => j.Verdict == Verdict.Fail);
        result.Rules.DefaultMethod.ShouldBe(JudgementMethod.Absolute);
        result.Rules.DecisionRule.Kind.ShouldBe(DecisionRuleKind.SimpleAcceptance);
    }

    [Fact]
    public void Should_WriteTheJsonFile_And_SayWhereInTheChosenLanguage_When_OutIsGiven()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out", "result.json");

        var plain = Wbench.Run(TestPaths.CliOutput, "assess", Shirt, "--out", output, "--date", Date, "--lang", "en");
        var rich = Wbench.Run(TestPaths.CliOutput, rich: true, "assess", Shirt, "--out", output, "--date", Date, "--lang", "en");

        plain.ExitCode.ShouldBe(ExitCodes.Failed, plain.All);
        plain.Out.ShouldBe($"Written {output} (overall level: Non-compliant)\n");
        rich.ExitCode.ShouldBe(ExitCodes.Failed, rich.All);
        rich.Console.ShouldContain("Written");
        rich.Console.ShouldContain("Non-compliant");
        File.ReadAllText(output).ShouldBe(Approved("sample-cotton-shirt.approved.json"));
    }

    [Theory]
    [InlineData("html", "zh-CN", "达标")]
    [InlineData("html", "en", "Compliant")]
    [InlineData("md", "zh-CN", "达标")]
    [InlineData("md", "en", "Compliant")]
    public void Should_WriteTheApprovedReport_When_FormatAndOutAreGiven(string format, string language, string level)
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "report." + format);

        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--format", format, "--out", output, "--date", Date, "--lang", language);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain(level);
        var report = File.ReadAllText(output);
        report.ShouldContain(InfantEnterprise);
        report.ShouldContain(level);
        report.ShouldBe(Approved($"sample-infant-bodysuit.{language}.approved.{format}"));
    }

    [Theory]
    [InlineData("md", "zh-CN", "缺少产品名称")]
    [InlineData("html", "en", "The product name is missing.")]
    public void Should_ListTheSubmissionsWarnings_InTheReport_And_PrintThemOnce(string format, string language, string message)
    {
        // Given: the infant bodysuit without a product name, a warning (WB2007) that does not stop the assessment
        using var temp = new TempDirectory();
        var submission = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Infant))!;
        submission["product"]!["name"] = "";
        var file = temp.File("no-name.json", submission.ToJsonString());
        var output = Path.Combine(temp.Path, "report." + format);

        // When
        var run = Wbench.Run(TestPaths.CliOutput, "assess", file, "--format", format, "--out", output, "--date", Date, "--lang", language);

        // Then: printed once, and the report lists it beside the engine's own warnings
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Error.Split('\n').Count(line => line.Contains("WB2007", StringComparison.Ordinal)).ShouldBe(1, run.Error);
        var report = File.ReadAllText(output);
        report.ShouldContain("WB2007");
        report.ShouldContain(message);
        report.ShouldContain("product.name");
    }

    [Theory]
    [InlineData("infant-bodysuit", ExitCodes.Ok, "Compliant")]
    [InlineData("cotton-shirt", ExitCodes.Failed, "Non-compliant")]
    public void Should_AssessWithTheGoodPlugins_And_WarnAboutTheBrokenOnes_When_BrokenPluginsArePresent(string sample, int exitCode, string level)
    {
        var run = Wbench.Run(TestPaths.CliOutput, "assess", TestPaths.TextilesSample(sample), "--plugins", TestPaths.FixturePlugins,
            "--date", Date, "--lang", "en");

        run.ExitCode.ShouldBe(exitCode, run.All);
        run.Out.ShouldContain($"Overall level: {level}");
        run.Error.ShouldContain("warning " + IssueCodes.PluginThrew);
        run.Error.ShouldContain("warning " + IssueCodes.PluginCatalogInvalid);
        run.Error.ShouldContain("warning WB3032");
        run.Error.ShouldContain("warning " + IssueCodes.PluginCatalogUnreadable);
        run.Error.ShouldContain("warning " + IssueCodes.PluginContractNewer);
        run.Error.ShouldContain(TestPaths.ThrowsOnLoad);
        run.Error.Split('\n').ShouldNotContain(line => line.StartsWith("error ", StringComparison.Ordinal));
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_KeepStandardOutputPureJson_When_BrokenPluginsArePresent()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--plugins", TestPaths.FixturePlugins, "--format", "json", "--date", Date);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldBe(Approved("sample-infant-bodysuit.approved.json"));
        run.Error.ShouldContain("警告 " + IssueCodes.PluginThrew);
    }

    [Fact]
    public void Should_JudgeAgainstTheAddedRequirement_When_ADataOnlyCatalogIsGiven()
    {
        using var temp = new TempDirectory();
        var catalog = temp.File("wnfz-group.json", GroupCatalog);

        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--catalog", catalog, "--format", "json", "--date", Date);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        var result = ParseResult(run.Out);
        result.Catalogs.ShouldBe([new CatalogReference("textiles", "2.0.0"), new CatalogReference("wnfz-group", "2025.1")]);
        var judgements = result.Indicators.Single(i => i.IndicatorId == "formaldehyde").Judgements;
        var group = judgements.Single(j => j.Requirement.StandardCode == "T/WNFZ 001-2025");
        group.Requirement.Tier.ShouldBe(StandardTier.Group);
        group.Requirement.RequirementId.ShouldBe("t-wnfz-001-2025.formaldehyde.infant");
        group.Verdict.ShouldBe(Verdict.Fail);
        judgements.Single(j => j.Requirement.StandardCode == "GB 18401-2010").Verdict.ShouldBe(Verdict.Pass);
        result.Comparisons.ShouldContain(c => c.Subject.StandardCode == "T/WNFZ 001-2025" && c.IndicatorId == "formaldehyde");
    }

    [Fact]
    public void Should_ListTheValidationIssues_And_ExitWithInputError_When_ADataOnlyCatalogIsInvalid()
    {
        using var temp = new TempDirectory();
        var catalog = temp.File("bad-group.json", GroupCatalog
            .Replace("\"max\": \"10\"", "\"max\": \"1,2.3\"", StringComparison.Ordinal)
            .Replace("\"indicatorId\": \"formaldehyde\"", "\"indicatorId\": \"formaldehyd\"", StringComparison.Ordinal));

        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--catalog", catalog, "--date", Date, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldMatch(@"error WB3032 .*bad-group\.json \[requirements\[\d+\]\.indicatorId\]: The requirement names unknown indicator ""formaldehyd""");
        run.Error.ShouldContain("error WB3041");
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_RenderWithExportedTemplates_Including_ACustomisation()
    {
        using var temp = new TempDirectory();
        var templates = Path.Combine(temp.Path, "templates");
        var export = Wbench.Run(TestPaths.CliOutput, "templates", "export", templates, "--lang", "en");
        var main = Path.Combine(templates, "report.sbn-md");
        File.AppendAllText(main, "\nChecked by the quality department.\n");
        var output = Path.Combine(temp.Path, "report.md");

        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--templates", templates, "--format", "md", "--out", output, "--date", Date);

        export.ExitCode.ShouldBe(ExitCodes.Ok, export.All);
        export.Out.ShouldContain($"use them with --templates {templates}");
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        var report = File.ReadAllText(output);
        report.ShouldContain(InfantEnterprise);
        report.ShouldContain("Checked by the quality department.");
        report.ShouldStartWith(Approved("sample-infant-bodysuit.zh-CN.approved.md").TrimEnd());
    }

    [Fact]
    public void Should_NameTheFileAndLine_And_WriteNothing_When_ATemplateHasASyntaxError()
    {
        using var temp = new TempDirectory();
        var templates = Path.Combine(temp.Path, "templates");
        Wbench.Run(TestPaths.CliOutput, "templates", "export", templates).ExitCode.ShouldBe(ExitCodes.Ok);
        var gaps = Path.Combine(templates, "partials", "gaps.sbn-html");
        var lines = File.ReadAllLines(gaps);
        lines[2] = "<p class=\"caption\">{{ l.gaps_caption </p>";
        File.WriteAllLines(gaps, lines);
        var output = Path.Combine(temp.Path, "report.html");

        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--templates", templates, "--format", "html", "--out", output, "--date", Date);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldContain($"错误 WB5001 {gaps}:3:");
        File.Exists(output).ShouldBeFalse();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_NameTheFileAndLine_And_ExitWithInputError_When_ATemplateFailsWhileRendering()
    {
        using var temp = new TempDirectory();
        var templates = Path.Combine(temp.Path, "templates");
        Wbench.Run(TestPaths.CliOutput, "templates", "export", templates).ExitCode.ShouldBe(ExitCodes.Ok);
        File.WriteAllText(Path.Combine(templates, "report.sbn-md"), "# Report\n\n{{ report.no_such_section }}\n");
        var output = Path.Combine(temp.Path, "report.md");

        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--templates", templates, "--format", "md", "--out", output, "--date", Date, "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.All);
        run.Error.ShouldMatch(@"error WB5005 .*report\.sbn-md:3:\d+");
        run.Error.ShouldContain("no_such_section");
        run.Error.ShouldNotContain(IssueCodes.InternalError);
        File.Exists(output).ShouldBeFalse();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Should_ApplyTheRulesChosenOnTheCommandLine_InTheResult()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--format", "json", "--date", Date,
            "--method", "rounded", "--decision-rule", "non-binary", "--guard-band", "0.5", "--target-tier", "domestic-leading");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        var rules = ParseResult(run.Out).Rules;
        rules.AssessmentDate.ShouldBe(new DateOnly(2026, 11, 27));
        rules.DefaultMethod.ShouldBe(JudgementMethod.Rounded);
        rules.DecisionRule.ShouldBe(new DecisionRule { Kind = DecisionRuleKind.NonBinary, GuardBandFactor = "0.5" });
        rules.TargetRung.ShouldBe("domestic-leading");
    }

    [Fact]
    public void Should_ShowTheRulesChosen_InTheSummary()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--date", Date, "--method", "rounded", "--decision-rule", "non-binary",
            "--guard-band", "0.5", "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain("Assessment date: 2026-11-27; method: rounded-value comparison; decision rule: non-binary with guard band w = 0.5·U");
        run.Out.ShouldContain("Overall level: Compliant");
    }

    [Fact]
    public void Should_DefaultTheAssessmentDateToToday()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "assess", Infant, "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        var date = ParseResult(run.Out).Rules.AssessmentDate;
        Math.Abs(date.DayNumber - DateOnly.FromDateTime(DateTime.Now).DayNumber).ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public void Should_ListTheTextilesIndicators()
    {
        var run = Wbench.Run(TestPaths.CliOutput, "indicators", "--sector", "textiles", "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.All);
        run.Out.ShouldContain("Textiles and apparel\tformaldehyde\tFormaldehyde content\tmg/kg\tquantitative\tlower is better\tsafety\tyes");
        run.Out.ShouldContain("Textiles and apparel\tph\tpH value\t\tquantitative\ttarget range\tsafety\tyes");
        run.Error.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("纺织服装")]
    [InlineData("Textiles and apparel")]
    [InlineData("TEXTILES")]
    public void Should_Take_A_Sector_By_Its_Catalog_Name_As_The_Batch_Reads_One(string sector)
    {
        using var temp = new TempDirectory();

        var indicators = Wbench.Run(TestPaths.CliOutput, "indicators", "--sector", sector, "--lang", "en");
        var standards = Wbench.Run(TestPaths.CliOutput, "standards", "--sector", sector, "--date", Date, "--lang", "en");
        var template = Wbench.Run(TestPaths.CliOutput, "batch", "template", "--sector", sector, "--sector", "textiles",
            "--out", Path.Combine(temp.Path, "t.xlsx"), "--lang", "en");
        var generate = Wbench.Run(TestPaths.CliOutput, "samples", "generate", "--count", "3", "--sector", sector,
            "--out", Path.Combine(temp.Path, "s.jsonl"), "--lang", "en");

        indicators.ExitCode.ShouldBe(ExitCodes.Ok, indicators.All);
        indicators.Out.ShouldContain("Textiles and apparel\tformaldehyde\tFormaldehyde content");
        standards.ExitCode.ShouldBe(ExitCodes.Ok, standards.All);
        standards.Out.ShouldContain("GB 18401-2010");
        // Named twice, once by name and once by id: one sector's columns.
        template.ExitCode.ShouldBe(ExitCodes.Ok, template.All);
        template.Out.ShouldContain("(Textiles and apparel)");
        generate.ExitCode.ShouldBe(ExitCodes.Ok, generate.All);
        File.ReadAllLines(Path.Combine(temp.Path, "s.jsonl")).ShouldAllBe(l => l.Contains("\"sector\":\"textiles\""));
    }

    [Fact]
    public void Should_ShowTheWithdrawnEdition_And_WhatSupersedesIt_When_ListingTheTextilesStandards()
    {
        var en = Wbench.Run(TestPaths.CliOutput, "standards", "--sector", "textiles", "--date", Date, "--lang", "en");
        var zh = Wbench.Run(TestPaths.CliOutput, "standards", "--sector", "textiles", "--date", Date);

        en.ExitCode.ShouldBe(ExitCodes.Ok, en.All);
        var rows = en.Out.Split('\n');
        rows.Single(r => r.StartsWith("Textiles and apparel\tGB 18401-2003\t", StringComparison.Ordinal)).ShouldEndWith("\t2003\tnational\tmandatory\twithdrawn\tGB 18401-2010");
        rows.Single(r => r.StartsWith("Textiles and apparel\tGB 18401-2010\t", StringComparison.Ordinal)).ShouldEndWith("\t2010\tnational\tmandatory\tin force\t");
        zh.ExitCode.ShouldBe(ExitCodes.Ok, zh.All);
        zh.Out.Split('\n').Single(r => r.StartsWith("纺织服装\tGB 18401-2003\t", StringComparison.Ordinal)).ShouldEndWith("\t已废止\tGB 18401-2010");
        zh.Out.ShouldNotContain("textiles");
    }

    [Fact]
    public void Should_ShowEachEditionsDatesSourcesAndNote_InTheOutputsLanguage_When_ListingTheStandardsWithDetails()
    {
        var zh = Wbench.Run(TestPaths.CliOutput, "standards", "--sector", "textiles", "--date", Date, "--details");
        var en = Wbench.Run(TestPaths.CliOutput, "standards", "--sector", "textiles", "--date", Date, "--details", "--lang", "en");
        var plain = Wbench.Run(TestPaths.CliOutput, "standards", "--sector", "textiles", "--date", Date);

        zh.ExitCode.ShouldBe(ExitCodes.Ok, zh.All);
        zh.Out.ShouldContain("标准的来源与说明\n代号\t实施日期\t废止日期\t来源\t说明\n");
        var gb31701 = zh.Out.Split('\n').Single(r => r.StartsWith("GB 31701-2015\t", StringComparison.Ordinal)).Split('\t');
        gb31701[1].ShouldBe("2016-06-01");
        gb31701[3].ShouldContain("http://language.chinadaily.com.cn/2016-06/06/content_25620378_3.htm");
        gb31701[4].ShouldBe("2015-05-26 发布，2016-06-01 实施；过渡期至 2018-05-31。");
        zh.Out.Split('\n').Single(r => r.StartsWith("GB 18401-2003\t", StringComparison.Ordinal)).Split('\t')[2].ShouldBe("2011-08-01");
        en.Out.ShouldContain("Sources and notes of the standards\nCode\tIn force from\tWithdrawn\tSources\tNote\n");
        en.Out.Split('\n').Single(r => r.StartsWith("GB 31701-2015\t", StringComparison.Ordinal)).ShouldEndWith("\tIssued 2015-05-26, in force 2016-06-01; transition to 2018-05-31.");
        plain.Out.ShouldNotContain("标准的来源与说明");
    }

    [Theory]
    [InlineData("indicators")]
    [InlineData("standards")]
    public void Should_ListTheSectorsLoaded_And_ExitWithInputError_When_BrowsingAnUnknownSectorBesideTextiles(string command)
    {
        var run = Wbench.Run(TestPaths.CliOutput, command, "--sector", "cement", "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.InputError);
        run.Error.ShouldContain($"error {IssueCodes.UnknownSector}");
        run.Error.ShouldContain("Unknown sector 'cement'");
        run.Error.ShouldMatch(@"Sectors loaded: ([a-z-]+, )*textiles(, [a-z-]+)*\.");
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();

        // In Chinese each id stands beside its catalog's name.
        var zh = Wbench.Run(TestPaths.CliOutput, command, "--sector", "cement");
        zh.ExitCode.ShouldBe(ExitCodes.InputError);
        zh.Error.ShouldContain("已加载的行业：building-materials：建筑建材；");
        zh.Error.ShouldContain("textiles：纺织服装");
    }
}
