using Microsoft.Playwright;

namespace Research.Workbench.Browser;

/// <summary>Launches Debian's Chromium headless through Playwright (its own browser download is not used).</summary>
public static class ChromiumLauncher
{
    /// <summary>
    /// Chromium's flags: no sandbox (it runs as root here), no GPU, and no background traffic (without these it floods
    /// the closed network with refused connections). Playwright adds <c>--headless</c> and a new empty profile folder.
    /// </summary>
    public static IReadOnlyList<string> Flags { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Installs Chromium if needed and launches it headless.</summary>
    /// <exception cref="InvalidOperationException">Chromium is missing and could not be installed.</exception>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(TextWriter? log = null)
    {
        var executable = ChromiumInstaller.EnsureInstalled(log);
        var playwright = await Playwright.CreateAsync();
        try
        {
            // Launch (not a persistent context) gives every launch a new, empty temporary user-data-dir.
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Flags,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
