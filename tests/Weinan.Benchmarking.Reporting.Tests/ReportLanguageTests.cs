using System.Text.RegularExpressions;
using Weinan.Benchmarking.Reporting.Tests.Support;

namespace Weinan.Benchmarking.Reporting.Tests;

/// <summary>
/// Every sample of every sector, in HTML and Markdown: a zh-CN report shows no id, enum name or English phrase, and an
/// English report no Chinese, outside the data (see <see cref="ReportText"/>); neither shows an id or enum name; and the
/// Markdown is escaped for Markdown, never with HTML entities.
/// </summary>
public partial class ReportLanguageTests
{
    public static TheoryData<string, ReportFormat> Cases()
    {
        var data = new TheoryData<string, ReportFormat>();
        foreach (var key in SectorSamples.Keys())
        {
            data.Add(key, ReportFormat.Html);
            data.Add(key, ReportFormat.Markdown);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Show_No_Id_Enum_Name_Or_English_Phrase_When_The_Report_Is_In_Chinese(string sample, ReportFormat format)
    {
        // Given
        var s = SectorSamples.Get(sample);

        // When
        var leaks = ReportText.EnglishOutside(ReportText.Visible(s.Render(format, "zh-CN"), format), ReportText.Data(s));

        // Then
        leaks.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Set_Its_Own_Asides_In_Full_Width_Parentheses_When_The_Report_Is_In_Chinese(string sample, ReportFormat format)
    {
        // Given
        var s = SectorSamples.Get(sample);

        // When
        var asides = ReportText.HalfWidthAsidesOutside(ReportText.Visible(s.Render(format, "zh-CN"), format), ReportText.Data(s));

        // Then
        asides.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Show_No_Chinese_Outside_The_Data_When_The_Report_Is_In_English(string sample, ReportFormat format)
    {
        // Given
        var s = SectorSamples.Get(sample);

        // When
        var leaks = ReportText.ChineseOutside(ReportText.Visible(s.Render(format, "en"), format), ReportText.Data(s));

        // Then
        leaks.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Show_No_Id_Or_Enum_Name_When_The_Report_Is_In_English(string sample, ReportFormat format)
    {
        // Given
        var s = SectorSamples.Get(sample);

        // When
        var leaks = ReportText.IdsOutside(ReportText.Visible(s.Render(format, "en"), format), ReportText.Data(s), s.Catalog);

        // Then
        leaks.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Should_Escape_For_Markdown_Not_Html_When_The_Report_Is_Markdown(string sample, string language)
    {
        // Given
        var s = SectorSamples.Get(sample);

        // When
        var markdown = s.Render(ReportFormat.Markdown, language);

        // Then
        HtmlEntity().Matches(markdown).Select(m => m.Value).Distinct().ShouldBeEmpty("Markdown shows an HTML entity as it is written");
        BareAddress().Matches(markdown).Select(m => m.Value).ShouldBeEmpty("a web address is an autolink, <…>, so its & and _ stay as they are");
    }

    public static TheoryData<string, string> Languages() => SectorSamples.KeysAndLanguages();

    [GeneratedRegex(@"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")]
    private static partial Regex HtmlEntity();

    /// <summary>A web address not opened by the autolink's angle bracket.</summary>
    [GeneratedRegex(@"(?<!<)https?://\S+")]
    private static partial Regex BareAddress();
}
