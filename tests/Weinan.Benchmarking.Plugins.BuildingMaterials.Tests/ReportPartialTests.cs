using Weinan.Benchmarking.Reporting;
using static Weinan.Benchmarking.Plugins.BuildingMaterials.Tests.BuildingMaterialsFixture;

namespace Weinan.Benchmarking.Plugins.BuildingMaterials.Tests;

/// <summary>The cement notes section renders in both report formats and languages, after the standard sections.</summary>
public class ReportPartialTests
{
    [Theory]
    [InlineData(ReportFormat.Html, "zh-CN", "<h2>水泥对标说明</h2>")]
    [InlineData(ReportFormat.Html, "en", "<h2>Notes on the cement benchmark</h2>")]
    [InlineData(ReportFormat.Markdown, "zh-CN", "## 水泥对标说明")]
    [InlineData(ReportFormat.Markdown, "en", "## Notes on the cement benchmark")]
    public void Should_Render_The_Cement_Notes_In_The_Report_Language(ReportFormat format, string language, string heading)
    {
        var (renderer, issues) = ReportRenderer.Load(pluginPartials: Plugin.ReportPartials);
        issues.ShouldBeEmpty();

        var report = renderer!.Render(Assess("bagged-po-42-5"), format, language);

        report.ShouldContain(heading);
        report.IndexOf(heading, StringComparison.Ordinal).ShouldBeGreaterThan(report.IndexOf("GB 16780-2021", StringComparison.Ordinal));
        report.ShouldContain("GB 16780-2021 " + (language == "en" ? "grade 1" : "1 级"));
        var other = language == "en" ? "水泥对标说明" : "Notes on the cement benchmark";
        report.ShouldNotContain(other);
    }
}
