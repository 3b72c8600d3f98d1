using Weinan.Benchmarking.Reporting.Tests.Support;

namespace Weinan.Benchmarking.Reporting.Tests;

public class ReportRendererTests
{
    private static ReportRenderer Renderer()
    {
        var (renderer, issues) = ReportRenderer.Load();
        issues.ShouldBeEmpty();
        return renderer.ShouldNotBeNull();
    }

    [Theory]
    [InlineData(ReportFormat.Html, "zh-CN", "html")]
    [InlineData(ReportFormat.Html, "en", "html")]
    [InlineData(ReportFormat.Markdown, "zh-CN", "md")]
    [InlineData(ReportFormat.Markdown, "en", "md")]
    public void Should_Match_The_Approved_Report_When_Rendering_The_Textiles_Result(ReportFormat format, string language, string extension)
    {
        // Given
        var result = Some.TextilesResult();

        // When
        var text = Renderer().Render(result, format, language);

        // Then
        ReportApprovals.Verify(text, $"textiles-infant-bodysuit.{language}", extension);
    }

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Markdown)]
    public void Should_Render_Hostile_Text_Inert_When_Names_Contain_Markup_Or_Template_Syntax(ReportFormat format)
    {
        // Given
        var result = Some.Hostile();

        // When
        var text = Renderer().Render(result, format, "zh-CN");

        // Then
        // HTML escapes markup as entities; Markdown with its own backslash escapes, so the raw text reads the same.
        System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<!\\)<(script|img)", System.Text.RegularExpressions.RegexOptions.IgnoreCase).ShouldBeFalse();
        text.ShouldContain(format == ReportFormat.Html ? "&lt;script&gt;alert(1)&lt;/script&gt;" : "\\<script\\>alert(1)\\</script\\>");
        if (format == ReportFormat.Html)
        {
            text.ShouldNotContain("\" onmouseover=");
            text.ShouldContain("<dd>{{ 1 + 1 }}</dd>");
            text.ShouldContain("<title>对标达标分析报告 · {{ 1 + 1 }}</title>");
            text.ShouldContain("&quot; onmouseover=&quot;alert(2)");
            text.ShouldContain("{% include &#39;x&#39; %}");
        }
        else
        {
            // Template syntax in data stays text: braces mean nothing to Markdown.
            text.ShouldContain("| 产品名称 | {{ 1 + 1 }} |");
        }

        text.ShouldNotContain("<dd>2</dd>");
        text.ShouldNotContain("| 产品名称 | 2 |");
    }

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Markdown)]
    public void Should_Render_Without_Error_When_The_Result_Is_Empty(ReportFormat format)
    {
        // When
        var text = Renderer().Render(new AssessmentResult(), format, "en");

        // Then
        text.ShouldContain("Benchmarking gap-analysis report");
        text.ShouldContain("No gaps to close.");
    }

    [Fact]
    public void Should_Draw_The_Limits_Without_A_Marker_When_The_Value_Cannot_Be_Placed()
    {
        // Given
        var result = Some.TextilesResult();
        var nd = result.Indicators[0] with
        {
            Value = "ND",
            Judgements = [.. result.Indicators[0].Judgements.Select(j => j with { ComparedValue = "ND" })],
        };

        // When
        var html = Renderer().Render(result with { Indicators = [nd] }, ReportFormat.Html, "en");

        // Then
        html.ShouldContain("class=\"chart bullet quantitative\"");
        html.ShouldNotContain("class=\"marker\" x1=");
    }

    [Fact]
    public void Should_Render_Same_Text_When_Called_Twice()
    {
        // Given
        var renderer = Renderer();

        // When
        var first = renderer.Render(Some.TextilesResult(), ReportFormat.Html, "en");
        var second = renderer.Render(Some.TextilesResult(), ReportFormat.Html, "en");

        // Then
        second.ShouldBe(first);
    }

    [Fact]
    public void Should_Mark_Unconfirmed_Limits_When_Provenance_Is_Unconfirmed()
    {
        // When
        var html = Renderer().Render(Some.TextilesResult(), ReportFormat.Html, "zh-CN");
        var md = Renderer().Render(Some.TextilesResult(), ReportFormat.Markdown, "en");

        // Then
        html.ShouldContain("class=\"badge-unconfirmed\"");
        html.ShouldContain("id=\"fn-1\"");
        md.ShouldContain("⚠ Unconfirmed [^1]");
        md.ShouldContain("[^1]: ⚠ This limit is not confirmed by a primary source");
    }

    [Fact]
    public void Should_Report_File_And_Line_When_A_Template_Does_Not_Parse()
    {
        // Given
        using var folder = new TempFolder();
        folder.Write("partials/ladder.sbn-html", "<section>\n<h2>{{ l.section_ladder }}</h2>\n{{ for rung in report.ladder.rungs }}\n<p>{{ rung.name </p>\n");

        // When
        var (renderer, issues) = ReportRenderer.Load(folder.Path);

        // Then
        renderer.ShouldBeNull();
        issues.ShouldNotBeEmpty();
        issues.ShouldAllBe(i => i.Code == "WB5001" && i.File == Path.Combine(folder.Path, "partials", "ladder.sbn-html"));
        issues.ShouldContain(i => i.Severity == Severity.Error && i.Line == 4);
        issues[0].Message.Zh.ShouldStartWith("报告模板错误");
        issues[0].Message.En.ShouldStartWith("Report template error");
    }

    [Fact]
    public void Should_Report_An_Issue_When_The_Templates_Folder_Is_Missing()
    {
        // When
        var (renderer, issues) = ReportRenderer.Load("/nonexistent/wbench-templates");

        // Then
        renderer.ShouldBeNull();
        issues.ShouldHaveSingleItem().Code.ShouldBe("WB5002");
    }

    [Fact]
    public void Should_Use_The_Folder_Template_When_It_Overrides_A_Default()
    {
        // Given
        using var folder = new TempFolder();
        folder.Write("report.sbn-md", "# {{ report.header.product_name }} / {{ report.level.name }}\n");

        // When
        var (renderer, issues) = ReportRenderer.Load(folder.Path);
        var md = renderer.ShouldNotBeNull().Render(Some.TextilesResult(), ReportFormat.Markdown, "en");

        // Then
        issues.ShouldBeEmpty();
        md.ShouldBe("# 婴幼儿纯棉连体衣（80 cm） / Non-compliant\n");
    }

    [Fact]
    public void Should_Throw_A_Render_Exception_With_The_File_When_A_Template_Uses_An_Unknown_Variable()
    {
        // Given
        using var folder = new TempFolder();
        folder.Write("report.sbn-md", "line one\n{{ report.no_such_member }}\n");
        var (renderer, _) = ReportRenderer.Load(folder.Path);

        // When
        var ex = Should.Throw<ReportRenderException>(() => renderer!.Render(Some.TextilesResult(), ReportFormat.Markdown, "en"));

        // Then
        ex.Issue.Code.ShouldBe("WB5005");
        ex.Issue.File.ShouldBe(Path.Combine(folder.Path, "report.sbn-md"));
        ex.Issue.Line.ShouldBe(2);
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../secret.sbn-html")]
    [InlineData("partials/missing.sbn-html")]
    public void Should_Refuse_Includes_When_They_Leave_The_Templates(string include)
    {
        // Given
        using var folder = new TempFolder();
        folder.Write("report.sbn-md", $"{{{{ include '{include}' }}}}\n");
        var (renderer, _) = ReportRenderer.Load(folder.Path);

        // When
        var ex = Should.Throw<ReportRenderException>(() => renderer!.Render(Some.TextilesResult(), ReportFormat.Markdown, "en"));

        // Then
        ex.Issue.Code.ShouldBe("WB5005");
    }

    [Fact]
    public void Should_Include_Plugin_Partials_For_The_Format_When_Given()
    {
        // Given
        var partials = new Dictionary<string, string>
        {
            ["textiles-notes.sbn-html"] = "<section class=\"sector\"><h2>Sector notes</h2><p>{{ report.header.sector }}</p></section>",
            ["textiles-notes.sbn-md"] = "## Sector notes\n\n{{ report.header.sector }}\n",
        };

        // When
        var (renderer, issues) = ReportRenderer.Load(pluginPartials: partials);
        var html = renderer.ShouldNotBeNull().Render(Some.TextilesResult(), ReportFormat.Html, "en");
        var md = renderer.Render(Some.TextilesResult(), ReportFormat.Markdown, "en");

        // Then
        issues.ShouldBeEmpty();
        renderer.TemplateNames.ShouldContain("plugins/textiles-notes.sbn-html");
        html.ShouldContain("<section class=\"sector\"><h2>Sector notes</h2><p>textiles</p></section>");
        html.ShouldNotContain("## Sector notes");
        md.ShouldContain("## Sector notes\n\ntextiles\n");
    }

    [Fact]
    public void Should_Report_Plugin_Partial_Errors_When_Name_Or_Text_Is_Bad()
    {
        // When
        var (renderer, issues) = ReportRenderer.Load(pluginPartials: new Dictionary<string, string>
        {
            ["../evil.sbn-html"] = "x",
            ["broken.sbn-md"] = "{{ if }}",
        });

        // Then
        renderer.ShouldBeNull();
        issues.ShouldContain(i => i.Code == "WB5003" && i.File == "plugin:../evil.sbn-html");
        issues.ShouldContain(i => i.Code == "WB5001" && i.File == "plugin:broken.sbn-md" && i.Line == 1);
    }

    [Fact]
    public void Should_Write_Every_Default_Template_When_Exporting()
    {
        // Given
        using var folder = new TempFolder();

        // When
        var written = ReportTemplates.ExportDefaults(folder.Path);
        var again = ReportTemplates.ExportDefaults(folder.Path);
        var (renderer, issues) = ReportRenderer.Load(folder.Path);

        // Then
        written.Count.ShouldBe(ReportTemplates.DefaultNames.Count);
        ReportTemplates.DefaultNames.ShouldContain(ReportTemplates.HtmlMain);
        ReportTemplates.DefaultNames.ShouldContain(ReportTemplates.MarkdownMain);
        ReportTemplates.DefaultNames.ShouldContain("partials/ladder.sbn-html");
        again.ShouldBeEmpty();
        issues.ShouldBeEmpty();
        renderer.ShouldNotBeNull().Render(Some.TextilesResult(), ReportFormat.Html, "zh-CN")
            .ShouldBe(Renderer().Render(Some.TextilesResult(), ReportFormat.Html, "zh-CN"));
    }

    [Fact]
    public void Should_Ship_Templates_Identical_To_The_Source_Folder()
    {
        // Given
        var source = Path.Combine(TempFolder.RepositoryRoot(), "templates", "reports");

        // Then
        foreach (var name in ReportTemplates.DefaultNames)
        {
            File.ReadAllText(Path.Combine(source, name)).ShouldBe(ReportTemplates.ReadDefault(name), name);
        }
    }
}
