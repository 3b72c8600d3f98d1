using Weinan.Benchmarking.Reporting.Model;
using Weinan.Benchmarking.Reporting.Tests.Support;

namespace Weinan.Benchmarking.Reporting.Tests;

/// <summary>
/// The provenance appendix lists the catalog conversions the assessment applied, each with its factor, the indicator it
/// is for, its confidence and its source, and the test-method records it relied on; an unconfirmed one is marked and
/// footnoted, in both languages and formats.
/// </summary>
public class CatalogDataProvenanceReportTests
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
        ShouldShow(report, language, ("Conversion factors", "换算系数"), ("% as HCOOH → % as CH3COOH", "% 以 HCOOH 计 → % 以 CH3COOH 计"),
            ("×60.05/46.03", "×60.05/46.03"), ("derived", "推导"));
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

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_List_The_Method_Whose_Detection_Limit_A_Value_Below_Detection_Took(ReportFormat format, string language)
    {
        // Given: formaldehyde reported as ND by GB/T 2912.1, whose record gives 20 mg/kg (read on secondary pages)
        var s = SectorSamples.Get("textiles/infant-bodysuit");
        var method = s.Result.TestMethods.ShouldHaveSingleItem();
        method.Code.ShouldBe("GB/T 2912.1-2009");

        // When
        var report = s.Render(format, language);

        // Then
        ShouldShow(report, language, ("Test methods", "检测方法"), ("20 mg/kg", "20 mg/kg"), ("secondary source", "二手来源"));
        report.ShouldNotContain(language == "en" ? "record is not confirmed by a primary source" : "该检测方法的记录未经原始来源确认");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Mark_And_Footnote_An_Unconfirmed_Test_Method_Record(ReportFormat format, string language)
    {
        // Given
        var s = SectorSamples.Get("textiles/infant-bodysuit");
        var result = s.Result with { TestMethods = [s.Result.TestMethods[0] with { Confidence = Confidence.Unconfirmed }] };

        // When
        var model = ReportModelBuilder.Build(result, format, language);
        var report = s.Renderer.Render(result, format, language);

        // Then
        var row = model.TestMethods.ShouldHaveSingleItem();
        row.Unconfirmed.ShouldBeTrue();
        row.Footnote.ShouldBe(model.Footnotes.Count);
        model.Footnotes[^1].Text.ShouldContain(language == "en"
            ? "record is not confirmed by a primary source: GB/T 2912.1-2009 (detection limit 20 mg/kg)"
            : "该检测方法的记录未经原始来源确认：GB/T 2912.1-2009（检出限 20 mg/kg）");
        report.ShouldContain(format == ReportFormat.Html ? $"href=\"#fn-{row.Footnote}\"" : $"[^{row.Footnote}]");
    }

    private static void ShouldShow(string report, string language, params (string En, string Zh)[] texts)
    {
        foreach (var (en, zh) in texts)
        {
            report.ShouldContain(language == "en" ? en : zh);
        }
    }
}
