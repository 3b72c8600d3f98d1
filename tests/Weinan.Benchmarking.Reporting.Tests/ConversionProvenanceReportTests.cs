using Weinan.Benchmarking.Reporting.Model;
using Weinan.Benchmarking.Reporting.Tests.Support;

namespace Weinan.Benchmarking.Reporting.Tests;

/// <summary>
/// The provenance appendix lists the catalog conversions the assessment applied, each with its factor, the indicator it
/// is for, its confidence and its source; an unconfirmed factor is marked and footnoted, in both languages and formats.
/// </summary>
public class ConversionProvenanceReportTests
{
    private const string Sample = "chemicals/methanol-first-grade";

    public static TheoryData<ReportFormat, string> Cases() => new()
    {
        { ReportFormat.Html, "zh-CN" }, { ReportFormat.Html, "en" }, { ReportFormat.Markdown, "zh-CN" }, { ReportFormat.Markdown, "en" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_List_The_Derived_Acidity_Conversion_Without_A_Footnote(ReportFormat format, string language)
    {
        // Given: methanol acidity judged against IMPCA's limit as acetic acid
        var s = SectorSamples.Get(Sample);
        var conversion = s.Result.Conversions.ShouldHaveSingleItem();
        conversion.Confidence.ShouldBe(Confidence.Derived);

        // When
        var report = s.Render(format, language);

        // Then
        report.ShouldContain(language == "en" ? "Conversion factors" : "换算系数");
        report.ShouldContain(language == "en" ? "% as HCOOH → % as CH3COOH" : "% 以 HCOOH 计 → % 以 CH3COOH 计");
        report.ShouldContain("×60.05/46.03");
        report.ShouldContain(language == "en" ? "derived" : "推导");
        report.ShouldNotContain(language == "en" ? "This conversion factor is not confirmed" : "该换算系数未经原始来源确认");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Mark_And_Footnote_An_Unconfirmed_Conversion_Factor(ReportFormat format, string language)
    {
        // Given: the same result, its conversion unconfirmed
        var s = SectorSamples.Get(Sample);
        var result = s.Result with { Conversions = [s.Result.Conversions[0] with { Confidence = Confidence.Unconfirmed }] };
        var limitFootnotes = ReportModelBuilder.Build(s.Result, format, language).Footnotes.Count;

        // When
        var model = ReportModelBuilder.Build(result, format, language);
        var report = s.Renderer.Render(result, format, language);

        // Then: its footnote comes after every limit's, and the row cites it
        var row = model.Conversions.ShouldHaveSingleItem();
        row.Unconfirmed.ShouldBeTrue();
        row.Footnote.ShouldBe(limitFootnotes + 1);
        model.Footnotes.Count.ShouldBe(limitFootnotes + 1);
        model.Footnotes[^1].Text.ShouldContain(language == "en" ? "This conversion factor is not confirmed by a primary source" : "该换算系数未经原始来源确认");
        report.ShouldContain(language == "en" ? "This conversion factor is not confirmed by a primary source" : "该换算系数未经原始来源确认");
        report.ShouldContain(format == ReportFormat.Html ? $"href=\"#fn-{row.Footnote}\"" : $"[^{row.Footnote}]");
    }

    [Fact]
    public void Should_Show_No_Conversion_Table_When_None_Was_Applied()
    {
        // Given
        var s = SectorSamples.Get(Sample);
        var result = s.Result with { Conversions = [] };

        // When
        var report = s.Renderer.Render(result, ReportFormat.Markdown, "zh-CN");

        // Then
        report.ShouldNotContain("### 换算系数");
    }
}
