using Weinan.Benchmarking.Reporting.Model;
using Weinan.Benchmarking.Reporting.Tests.Support;

namespace Weinan.Benchmarking.Reporting.Tests;

public class ReportModelBuilderTests
{
    private static IndicatorView Indicator(ReportModel model, string id) => model.Indicators.Single(i => i.Id == id);

    [Theory]
    [InlineData("zh-CN", "不符合", "未达到")]
    [InlineData("en", "Fail", "Not reached")]
    public void Should_Say_Fail_Only_Of_A_Binding_Requirement_When_A_Value_Falls_Short(string language, string fail, string notReached)
    {
        // Given pH short of both limits, the national one binding the product, the foreign one a level to reach
        var result = Some.TextilesResult();
        var ph = result.Indicators[1];
        ph = ph with { Judgements = [ph.Judgements[0] with { Binding = true }, ph.Judgements[1] with { Binding = false }] };

        // When
        var model = ReportModelBuilder.Build(result with { Indicators = [ph] }, ReportFormat.Markdown, language);

        // Then
        var judgements = Indicator(model, "ph").Judgements;
        judgements.Select(j => (j.Verdict, j.VerdictCss)).ShouldBe([(fail, "fail"), (notReached, "short")]);
        judgements.ShouldAllBe(j => j.Role == "");
    }

    [Theory]
    [InlineData("zh-CN", "未达到", "达到", "符合")]
    [InlineData("en", "Not reached", "Reached", "Pass")]
    public void Should_Say_Not_Reached_When_A_Higher_Grade_Of_The_Products_Own_Standard_Is_Not_Met(
        string language, string grade1, string grade2, string grade3)
    {
        // Given methanol whose energy consumption meets grade 2 of GB 29436 and its limit (grade 3), and misses grade 1
        var result = SectorSamples.Get("chemicals/methanol-first-grade").Result;

        // When
        var model = ReportModelBuilder.Build(result, ReportFormat.Markdown, language);

        // Then only the limit binds the plant: the higher grades are levels reached or not, none is failed
        var judgements = Indicator(model, "energy-consumption").Judgements;
        judgements.Select(j => (j.Grade.Length > 0, j.Binding, j.Verdict, j.VerdictCss)).ShouldBe(
            [(true, false, grade1, "short"), (true, false, grade2, "pass"), (true, true, grade3, "pass")]);
    }

    [Fact]
    public void Should_Name_The_Result_Judged_By_Its_Method_Without_Repeating_The_Value_Compared()
    {
        // Given methanol's permanganate time measured by two methods, IMPCA's limit judged on the ASTM D1363 result
        var sample = SectorSamples.Get("chemicals/methanol-first-grade");
        var indicator = sample.Result.Indicators.Single(i => i.IndicatorId == "permanganate-time");
        var astm = indicator.Judgements.Single(j => j.TestMethod == "ASTM D1363");
        indicator.TestMethod.ShouldNotBe("ASTM D1363");

        // When
        var view = Indicator(ReportModelBuilder.Build(sample.Result, ReportFormat.Markdown, "en"), "permanganate-time")
            .Judgements[indicator.Judgements.ToList().IndexOf(astm)];
        var md = sample.Render(ReportFormat.Markdown, "en");

        // Then the cell says which result (by its method) and the value once; a value compared in another form keeps it
        view.ComparedValue.ShouldBe(astm.ComparedValue);
        view.Value.ShouldBe("ASTM D1363");
        md.ShouldContain($"| {astm.ComparedValue} (ASTM D1363) |");
        md.ShouldNotContain($"{astm.ComparedValue} ({astm.Value} (ASTM D1363))");
        var converted = sample.Result with { Indicators = [indicator with { Judgements = [astm with { ComparedValue = "0.92" }] }] };
        Indicator(ReportModelBuilder.Build(converted, ReportFormat.Markdown, "en"), "permanganate-time").Judgements[0].Value
            .ShouldBe($"{astm.Value} (ASTM D1363)");
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Should_Name_The_Indicator_Of_A_Comparison_Whose_Value_Was_Not_Submitted(string language)
    {
        // Given: the shirt's enterprise limit of formaldehyde, compared with the references, but no formaldehyde value: the
        // indicator is among those not evaluated, not among the judged ones or the gaps
        var sample = SectorSamples.Get("textiles/cotton-shirt").Result;
        var name = sample.Indicators.Single(i => i.IndicatorId == "formaldehyde").Name;
        var result = sample with
        {
            Indicators = [.. sample.Indicators.Where(i => i.IndicatorId != "formaldehyde")],
            Gaps = [.. sample.Gaps.Where(g => g.IndicatorId != "formaldehyde")],
            NotEvaluated = [.. sample.NotEvaluated, new NotEvaluatedItem { IndicatorId = "formaldehyde", Name = name, Kind = NotEvaluatedKind.NotEvaluated, Reason = new("未提交测定值", "no measured value submitted") }],
        };
        result.Comparisons.ShouldContain(c => c.IndicatorId == "formaldehyde");

        // When
        var model = ReportModelBuilder.Build(result, ReportFormat.Markdown, language);

        // Then: its comparison rows name it, as the rest of the report does, and never by its id
        model.Comparisons.Where(c => c.Indicator == name.For(language)).ShouldNotBeEmpty();
        model.Comparisons.ShouldNotContain(c => c.Indicator == "formaldehyde");
    }

    [Fact]
    public void Should_Mark_The_Unconfirmed_Limit_Of_A_Comparison_On_Its_Own_Side()
    {
        // Given methanol's colour limit of GB/T 338-2011 (unconfirmed: the 2004 figure) against IMPCA's (confirmed)
        var result = SectorSamples.Get("chemicals/methanol-first-grade").Result;

        // When
        var model = ReportModelBuilder.Build(result, ReportFormat.Markdown, "en");
        var md = SectorSamples.Get("chemicals/methanol-first-grade").Render(ReportFormat.Markdown, "en");

        // Then the mark and the footnote stand beside the GB/T 338 figure, and the IMPCA figure has none
        var colour = model.Comparisons.First(c => c.Subject.StartsWith("GB/T 338-2011", StringComparison.Ordinal) && c.Reference.StartsWith("IMPCA", StringComparison.Ordinal));
        colour.SubjectUnconfirmed.ShouldBeTrue();
        colour.ReferenceUnconfirmed.ShouldBeFalse();
        colour.ReferenceFootnote.ShouldBe(0);
        model.Footnotes.Single(f => f.Number == colour.SubjectFootnote).Text.ShouldContain("GB/T 338-2011 · First grade ≤ 10 Hazen");
        md.ShouldContain($"| {colour.SubjectLimit} ⚠ Unconfirmed [^{colour.SubjectFootnote}] | {colour.Reference} (Foreign advanced) | {colour.ReferenceLimit} | ");
    }

    [Fact]
    public void Should_Not_Put_A_Space_After_A_Full_Width_Stop_When_A_Footnote_Is_In_Chinese()
    {
        // Given methanol, whose GB/T 338-2011 limits are unconfirmed and carry a note
        var result = SectorSamples.Get("chemicals/methanol-first-grade").Result;

        // When
        var zh = ReportModelBuilder.Build(result, ReportFormat.Markdown, "zh-CN").Footnotes;
        var en = ReportModelBuilder.Build(result, ReportFormat.Markdown, "en").Footnotes;

        // Then the note follows the sentence directly in Chinese, after a space in English
        zh.ShouldNotBeEmpty();
        zh.ShouldAllBe(f => !f.Text.Contains("。 "));
        zh[0].Text.ShouldContain("≤ 10 Hazen。GB/T 338-2011");
        en[0].Text.ShouldContain("≤ 10 Hazen. GB/T 338-2011");
    }

    [Theory]
    [InlineData("zh-CN", "| 高锰酸钾试验（核心指标） |", "(核心指标)")]
    [InlineData("en", "| Permanganate time (Key indicator) |", "（Key indicator）")]
    public void Should_Mark_A_Key_Indicator_With_The_Parentheses_Of_The_Report_Language(string language, string expected, string absent)
    {
        // When
        var md = SectorSamples.Get("chemicals/methanol-first-grade").Render(ReportFormat.Markdown, language);

        // Then
        md.ShouldContain(expected);
        md.ShouldNotContain(absent);
    }
}
