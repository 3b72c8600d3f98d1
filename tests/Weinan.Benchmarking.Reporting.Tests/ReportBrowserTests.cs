using System.Net;
using Microsoft.Playwright;
using Weinan.Benchmarking.Reporting.Model;
using Weinan.Benchmarking.Reporting.Tests.Support;

namespace Weinan.Benchmarking.Reporting.Tests;

/// <summary>
/// Opens HTML reports in headless Chromium (the system's <c>/usr/bin/chromium</c>, installed by <c>.ci/run</c>; Playwright's own
/// browser download is never used) and leaves the pages, a screenshot and the printed PDFs under <c>artifacts/</c> in the
/// test output folder. Without Chromium the tests are skipped with the reason, unless <c>CI</c> is set (see
/// <see cref="ChromiumTheoryAttribute"/>).
/// </summary>
[Trait("Category", "Browser")]
public class ReportBrowserTests(Browser browser) : IClassFixture<Browser>
{
    /// <summary>A phone, a tablet and a desktop.</summary>
    private static readonly int[] ScreenWidths = [375, 768, 1280];

    /// <summary>The printed page's margins, as the report's <c>@page</c> rule sets them (millimetres).</summary>
    private const double MarginTop = 16, MarginSide = 12, MarginBottom = 14;

    /// <summary>What Chromium lays out on A4 paper: (210 − 2 × 12) mm at 96 px per inch.</summary>
    private static readonly int A4BodyWidth = (int)Math.Floor((210 - (2 * MarginSide)) / 25.4 * 96);

    public static TheoryData<string, string> Samples() => SectorSamples.KeysAndLanguages();

    [ChromiumTheory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Should_Render_Charts_Without_Errors_Or_Requests_When_Opened_In_Chromium(string language)
    {
        // Given
        var (renderer, _) = ReportRenderer.Load();
        var url = Browser.Save(renderer.ShouldNotBeNull().Render(Some.TextilesResult(), ReportFormat.Html, language), $"report.{language}.html");
        var page = await browser.NewPageAsync(900, 1200);
        var consoleErrors = new List<string>();
        var failedRequests = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                consoleErrors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => consoleErrors.Add($"page error: {error}");
        page.RequestFailed += (_, request) => failedRequests.Add($"{request.Url}: {request.Failure}");
        page.Request += (_, request) => requests.Add(request.Url);

        // When
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var ladderBox = await page.Locator("svg.ladder").BoundingBoxAsync();
        var bulletCharts = await page.Locator("svg.chart.bullet").CountAsync();
        var ladderSteps = await page.Locator("svg.ladder rect.step").CountAsync();
        var currentSteps = await page.Locator("svg.ladder rect.step.current").CountAsync();
        var markers = await page.Locator("svg.chart.bullet line.marker").CountAsync();
        var title = await page.TitleAsync();
        var screenshot = Path.Combine(Browser.Artifacts, $"report.{language}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        // Then
        response.ShouldNotBeNull().Ok.ShouldBeTrue();
        consoleErrors.ShouldBeEmpty();
        failedRequests.ShouldBeEmpty();
        requests.ShouldAllBe(url => url.StartsWith("file:", StringComparison.Ordinal));
        ladderBox.ShouldNotBeNull().Width.ShouldBeGreaterThan(300);
        ladderSteps.ShouldBe(5);
        currentSteps.ShouldBe(1);
        bulletCharts.ShouldBeGreaterThanOrEqualTo(1);
        markers.ShouldBe(bulletCharts);
        title.ShouldContain(language == "en" ? "Benchmarking gap-analysis report" : "对标达标分析报告");
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000);
    }

    [ChromiumTheory]
    [MemberData(nameof(Samples))]
    public async Task Should_Fit_Every_Text_In_Its_Box_When_Shown_On_A_Phone_A_Tablet_A_Desktop_And_A4_Paper(string sample, string language)
    {
        // Given
        var url = Browser.Save(SectorSamples.Get(sample).Render(ReportFormat.Html, language), $"{sample.Replace('/', '-')}.{language}.html");
        var page = await browser.NewPageAsync(ScreenWidths[0]);
        await page.GotoAsync(url);
        var misfits = new List<string>();

        // When
        foreach (var width in ScreenWidths)
        {
            await page.SetViewportSizeAsync(width, 1000);
            misfits.AddRange((await LayoutProbe.MisfitsAsync(page)).Select(m => $"{width}px: {m}"));
        }

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.SetViewportSizeAsync(A4BodyWidth, 1000);
        misfits.AddRange((await LayoutProbe.MisfitsAsync(page)).Select(m => $"A4 print: {m}"));

        // Then
        misfits.ShouldBeEmpty();
    }

    [ChromiumTheory]
    [MemberData(nameof(Samples))]
    public async Task Should_Print_On_A4_With_A_Running_Header_Page_Numbers_And_The_Findings_On_Page_One(string sample, string language)
    {
        // Given
        var s = SectorSamples.Get(sample);
        var model = ReportModelBuilder.Build(s.Result, ReportFormat.Html, language);
        var labels = ReportStrings.Labels(language);
        var name = $"{sample.Replace('/', '-')}.{language}";
        var page = await browser.NewPageAsync(1000);
        await page.GotoAsync(Browser.Save(s.Render(ReportFormat.Html, language), name + ".html"));
        var headings = (await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main h2, main h3')].map(h => h.innerText)"))
            .Select(Squeeze).ToHashSet(StringComparer.Ordinal);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var printRules = await page.EvaluateAsync<string[]>(PrintRuleBreaches);

        // When
        var pdf = await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(Browser.Artifacts, name + ".pdf"), PreferCSSPageSize = true, PrintBackground = true });
        var pages = PrintedPage.Read(pdf, Points(MarginTop), Points(MarginBottom));

        // Then
        printRules.ShouldBeEmpty();
        pages.Count.ShouldBeGreaterThanOrEqualTo(1);
        pages.ShouldAllBe(p => Math.Abs(p.Width - Points(210)) < 2 && Math.Abs(p.Height - Points(297)) < 2, "every page is A4");
        foreach (var p in pages)
        {
            var number = language == "en" ? $"Page{p.Number}of{pages.Count}" : $"第{p.Number}页/共{pages.Count}页";
            string.Concat(p.Footer).ShouldContain(number, Case.Sensitive, $"page {p.Number} is numbered");
            string.Concat(p.Header).ShouldContain(Squeeze(s.Result.SubmissionId), Case.Sensitive, $"page {p.Number} carries the report id");
            p.Body.ShouldNotBeEmpty($"page {p.Number} is not blank");
            headings.ShouldNotContain(p.Body[^1], $"page {p.Number} ends with a heading alone");
        }

        var first = string.Concat(pages[0].Body);
        first.ShouldContain(Squeeze(WebUtility.HtmlDecode(model.Level.Name)), Case.Sensitive, "the level is on page one");
        first.ShouldContain(Squeeze(WebUtility.HtmlDecode(model.Level.ScopeNote)), Case.Sensitive, "the level's scope is on page one");
        first.ShouldContain(Squeeze(labels["indicators_assessed"]), Case.Sensitive, "the summary is on page one");
        first.ShouldContain(Squeeze(labels["section_gaps"]), Case.Sensitive, "the findings are on page one");
        if (pages.Count > 1)
        {
            pages[0].Filled(Points(MarginTop), Points(MarginBottom)).ShouldBeGreaterThan(0.5, "page one is not left half empty");
        }
    }

    /// <summary>
    /// The print styles a long report relies on, as Chromium computes them for print: headings and captions keep with what
    /// follows, a table that runs on repeats its header row, a row never splits, no element forces a page break (which
    /// could leave page one half empty), and the provenance appendix is the last section.
    /// </summary>
    private const string PrintRuleBreaches = """
        () => {
          const found = [];
          const name = el => `${el.tagName.toLowerCase()} “${(el.textContent || '').trim().slice(0, 40)}”`;
          for (const el of document.querySelectorAll('main h2, main h3, main p.caption')) {
            if (getComputedStyle(el).breakAfter !== 'avoid') found.push(`${name(el)} may end a page`);
          }
          for (const el of document.querySelectorAll('main thead')) {
            if (getComputedStyle(el).display !== 'table-header-group') found.push(`${name(el)} is not repeated on the next page`);
          }
          for (const el of document.querySelectorAll('main tr')) {
            if (getComputedStyle(el).breakInside !== 'avoid') found.push(`${name(el)} may split across pages`);
          }
          const forced = ['page', 'left', 'right', 'recto', 'verso', 'always'];
          for (const el of document.querySelectorAll('main, main *')) {
            const cs = getComputedStyle(el);
            if (forced.includes(cs.breakBefore) || forced.includes(cs.breakAfter)) found.push(`${name(el)} forces a page break`);
          }
          const sections = document.querySelectorAll('main > section');
          if (sections.length === 0 || !sections[sections.length - 1].classList.contains('appendix')) found.push('the provenance appendix is not the last section');
          return found;
        }
        """;

    private static double Points(double millimetres) => millimetres / 25.4 * 72;

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
