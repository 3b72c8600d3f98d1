using Microsoft.Playwright;
using Weinan.Benchmarking.Reporting.Tests.Support;

namespace Weinan.Benchmarking.Reporting.Tests;

/// <summary>
/// Opens the HTML report in headless Chromium (the system's <c>/usr/bin/chromium</c>, installed by <c>.ci/run</c>; Playwright's own
/// browser download is never used) and saves a screenshot and an A4 PDF under <c>artifacts/</c> in the test output folder.
/// Without Chromium the test is skipped with the reason, unless <c>CI</c> is set (see <see cref="ChromiumTheoryAttribute"/>).
/// </summary>
[Trait("Category", "Browser")]
public class ReportBrowserTests
{
    private static readonly string ChromiumPath = Chromium.ExecutablePath;

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    [ChromiumTheory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Should_Render_Charts_Without_Errors_Or_Requests_When_Opened_In_Chromium(string language)
    {
        // Given
        File.Exists(ChromiumPath).ShouldBeTrue($"{ChromiumPath} is needed for the browser test (apt-get install chromium; .ci/run does it).");
        var (renderer, _) = ReportRenderer.Load();
        var html = renderer.ShouldNotBeNull().Render(Some.TextilesResult(), ReportFormat.Html, language);
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var file = Path.Combine(artifacts, $"report.{language}.html");
        await File.WriteAllTextAsync(file, html);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1200 } });
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
        var response = await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var ladderBox = await page.Locator("svg.ladder").BoundingBoxAsync();
        var bulletCharts = await page.Locator("svg.chart.bullet").CountAsync();
        var ladderSteps = await page.Locator("svg.ladder rect.step").CountAsync();
        var currentSteps = await page.Locator("svg.ladder rect.step.current").CountAsync();
        var markers = await page.Locator("svg.chart.bullet line.marker").CountAsync();
        var title = await page.TitleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, $"report.{language}.png"), FullPage = true });
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(artifacts, $"report.{language}.pdf"), Format = "A4", PrintBackground = true });

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
        new FileInfo(Path.Combine(artifacts, $"report.{language}.png")).Length.ShouldBeGreaterThan(10_000);
    }
}
