using Microsoft.Playwright;

namespace Weinan.Benchmarking.Reporting.Tests.Support;

/// <summary>
/// One headless Chromium (the system's, see <see cref="Chromium"/>) shared by the tests of a class, launched on first use,
/// and a folder <c>artifacts/</c> in the test output for the pages, screenshots and PDFs the tests write.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The folder the tests write their pages, screenshots and PDFs into.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    /// <summary>Writes a report into <see cref="Artifacts"/> and returns its <c>file:</c> address.</summary>
    public static string Save(string html, string name)
    {
        var file = Path.Combine(Artifacts, name);
        File.WriteAllText(file, html);
        return new Uri(file).AbsoluteUri;
    }

    /// <summary>A new page of the given viewport size.</summary>
    public async Task<IPage> NewPageAsync(int width, int height = 1000)
    {
        await _gate.WaitAsync();
        try
        {
            File.Exists(Chromium.ExecutablePath).ShouldBeTrue($"{Chromium.ExecutablePath} is needed for the browser tests (apt-get install chromium; .ci/run does it).");
            _playwright ??= await Playwright.CreateAsync();
            _browser ??= await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.ExecutablePath,
                Headless = true,
                Args = Args,
            });
        }
        finally
        {
            _gate.Release();
        }

        return await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }
}
