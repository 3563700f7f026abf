using Microsoft.Playwright;

namespace Research.Workbench.Browser;

/// <summary>
/// The one end-to-end fixture: the real app on a loopback port (<see cref="WorkbenchServer"/>) and a headless Chromium
/// (<see cref="ChromiumLauncher"/>). Each page opens in its own browser context (its own cookies and circuit), and
/// <see cref="ScreenshotAsync"/> saves what it shows under <c>artifacts/screenshots/</c> at the repository root.
/// </summary>
public sealed class BrowserHarness : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserHarness(WorkbenchServer server, IPlaywright playwright, IBrowser browser) =>
        (Server, _playwright, Browser) = (server, playwright, browser);

    /// <summary>The app under test.</summary>
    public WorkbenchServer Server { get; }

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>The viewport pages open with: 1440 x 1000 CSS pixels.</summary>
    public static ViewportSize Viewport { get; } = new() { Width = 1440, Height = 1000 };

    /// <summary>Where screenshots go: <c>artifacts/screenshots/</c> under the repository root (gitignored).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    /// <summary>Installs Chromium if needed, starts the app and launches the browser.</summary>
    /// <param name="log">Progress messages (the first Chromium install takes a minute or two).</param>
    /// <param name="dataDirectory">The app's data folder; default a new temporary one.</param>
    public static async Task<BrowserHarness> StartAsync(TextWriter? log = null, string? dataDirectory = null)
    {
        var (playwright, browser) = await ChromiumLauncher.LaunchAsync(log);
        try
        {
            return new BrowserHarness(WorkbenchServer.Start(dataDirectory), playwright, browser);
        }
        catch
        {
            await browser.DisposeAsync();
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens <paramref name="path"/> of the app in a new browser context and waits for the page to load.</summary>
    public async Task<IPage> OpenAsync(string path = "/")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = Viewport,
            BaseURL = Server.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>Saves a full-page screenshot of <paramref name="page"/> as <c>artifacts/screenshots/{name}.png</c>.</summary>
    /// <returns>The file's path.</returns>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>
    /// Closes every page and ends every live session, so the next test starts from an idle app (a closed tab's circuit
    /// would otherwise keep its session running for Blazor's disconnect grace period).
    /// </summary>
    public async Task ResetAsync()
    {
        foreach (var context in Browser.Contexts.ToList())
        {
            await context.CloseAsync();
        }
        foreach (var session in Server.Sessions.Live)
        {
            Server.Sessions.End(session);
        }
    }

    /// <summary>Closes the browser, then stops the app.</summary>
    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }
}
