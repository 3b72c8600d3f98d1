using System.Globalization;
using Weinan.Benchmarking.Reporting.Tests.Support;

namespace Weinan.Benchmarking.Reporting.Tests;

[Collection(nameof(CultureSensitive))]
public class ReportRendererSafetyTests
{
    private const string Evil = "<b onclick=\"x\">{{ 6 * 7 }}</b>|*_";

    private static AssessmentResult EvilEverywhere()
    {
        var r = Some.TextilesResult();
        var text = new LocalizedText(Evil, Evil);
        var first = r.Indicators[0];
        var judgement = first.Judgements[0] with
        {
            Note = text,
            Requirement = first.Judgements[0].Requirement with
            {
                StandardCode = Evil,
                Clause = new(Evil, Evil),
                Provenance = new Provenance { Source = Evil, Note = new(Evil, Evil), Confidence = Confidence.Unconfirmed },
            },
        };
        return r with
        {
            Indicators = [first with { Name = text, Value = Evil, Unit = Evil, Judgements = [judgement] }, .. r.Indicators.Skip(1)],
            Level = r.Level with { Reason = text },
            Gaps = [r.Gaps[0] with { Required = Evil, Measured = Evil }, .. r.Gaps.Skip(1)],
            NotEvaluated = [r.NotEvaluated[0] with { Reason = text, Name = text }],
            Comparisons = [r.Comparisons[0] with { Note = text }],
            Issues = [r.Issues[0] with { Message = text, Path = Evil }],
            Standards = [r.Standards[0] with { Title = text, SupersededBy = Evil }],
            Rules = r.Rules with { Rounding = Evil, BelowDetectionLimit = Evil },
            Enterprise = r.Enterprise with { County = Evil, Cluster = Evil },
        };
    }

    [Fact]
    public void Should_Escape_Every_Data_Field_When_Rendering_Html()
    {
        // Given
        var (renderer, _) = ReportRenderer.Load();

        // When
        var html = renderer!.Render(EvilEverywhere(), ReportFormat.Html, "en");

        // Then
        html.ShouldNotContain("<b onclick");
        html.ShouldNotContain("&gt;42&lt;");
        html.ShouldContain("&lt;b onclick=&quot;x&quot;&gt;{{ 6 * 7 }}&lt;/b&gt;|*_");
    }

    [Fact]
    public void Should_Keep_The_Running_Header_A_Css_String_When_The_Report_Id_And_Enterprise_Are_Hostile()
    {
        // Given
        var (renderer, _) = ReportRenderer.Load();
        var hostile = Some.Hostile() with { Enterprise = new Enterprise { Name = "x\"; } </style><script>alert(4)</script>{ \\" } };

        // When
        var html = renderer!.Render(hostile, ReportFormat.Html, "en");
        var style = html[html.IndexOf("<style>", StringComparison.Ordinal)..html.IndexOf("</style>", StringComparison.Ordinal)];

        // Then
        html.ShouldNotContain("<script>");
        html.Split("</style>").Length.ShouldBe(2, "the style element ends once, after the page rule");
        style.ShouldContain("@bottom-center");
        style.ShouldContain("@top-left { content: \"Benchmarking gap-analysis report · Submission \\00003c/title\\00003e\\00003cimg src\\00003dx onerror\\00003dalert(3)\\00003e\";");
        style.ShouldContain("@top-right { content: \"x\\000022\\00003b \\00007d \\00003c/style\\00003e\\00003cscript\\00003ealert(4)\\00003c/script\\00003e\\00007b \\00005c\";");
    }

    [Fact]
    public void Should_Escape_Every_Data_Field_When_Rendering_Markdown()
    {
        // Given
        var (renderer, _) = ReportRenderer.Load();

        // When
        var md = renderer!.Render(EvilEverywhere(), ReportFormat.Markdown, "en");

        // Then
        System.Text.RegularExpressions.Regex.IsMatch(md, @"(?<!\\)<b onclick").ShouldBeFalse("markup in data is backslash-escaped");
        md.ShouldNotContain("&gt;42&lt;");
        md.ShouldContain(@"\<b onclick=""x""\>{{ 6 \* 7 }}\</b\>\|\*\_");
    }

    [Theory]
    [InlineData("R&D, a & b, <0.01, &lt;", @"R\&D, a & b, \<0.01, \&lt;")]
    [InlineData("http://bbs.example/forum.php?goto=lastpost&mod=redirect&tid=6763 ; http://www2.example/index.php?controller=Dict_German&keyword=Fussnoten",
        "<http://bbs.example/forum.php?goto=lastpost&mod=redirect&tid=6763> ; <http://www2.example/index.php?controller=Dict_German&keyword=Fussnoten>")]
    [InlineData("（来源：https://a.example/x_(y)）", "（来源：<https://a.example/x_(y)>）")]
    [InlineData("see https://a.example/p. Then (https://a.example/q), 'https://a.example/r'", @"see <https://a.example/p>. Then (<https://a.example/q>), '<https://a.example/r>'")]
    [InlineData("http://x.example/<b>|*_", @"<http://x.example/>\<b\>\|\*\_")]
    public void Should_Escape_For_Markdown_With_Backslashes_And_Autolinks_Never_Entities(string text, string expected)
    {
        // When
        var markdown = TextEscaper.Markdown(text);

        // Then
        markdown.ShouldBe(expected);
    }

    [Theory]
    [InlineData(ReportFormat.Html, "&lt;U+202E&gt;")]
    [InlineData(ReportFormat.Markdown, @"\<U+202E\>")]
    public void Should_Show_Bidi_Controls_In_Data_As_Visible_Marks(ReportFormat format, string mark)
    {
        // Given: a name that would read backwards in a browser or editor
        var (renderer, _) = ReportRenderer.Load();
        var r = Some.TextilesResult();
        r = r with { Enterprise = r.Enterprise with { Name = "渭南\u202Egnp.exe" } };

        // When
        var text = renderer!.Render(r, format, "zh-CN");

        // Then
        text.ShouldNotContain("\u202E");
        text.ShouldContain("渭南" + mark + "gnp.exe");
    }

    [Fact]
    public void Should_Render_The_Same_Text_When_The_Current_Culture_Differs()
    {
        // Given
        var (renderer, _) = ReportRenderer.Load();
        var original = CultureInfo.CurrentCulture;
        string invariant, german;

        // When
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = renderer!.Render(Some.TextilesResult(), ReportFormat.Html, "en");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            german = renderer.Render(Some.TextilesResult(), ReportFormat.Html, "en");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        // Then
        german.ShouldBe(invariant);
    }
}

[CollectionDefinition(nameof(CultureSensitive), DisableParallelization = true)]
public sealed class CultureSensitive;
