using Microsoft.Playwright;
using Research.Workbench.Browser;

namespace Research.Workbench.EndToEnd.Pages;

/// <summary>Compare in headless Chromium: two runs picked on the Runs page shown side by side with overlaid curves and a KPI table.</summary>
public sealed class CompareTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly BrowserHarness _harness = fixture.Harness;

    [Fact]
    public async Task Compare_TwoRunsSelectedOnRunsPage_ShowsBothWithChartsAndKpiTable()
    {
        // The usual comparison: one scenario in two quality modes.
        var fast = await ScenarioRuns.RunAsync(_harness.Server, mode: "fast", cancellationToken: TestContext.Current.CancellationToken);
        var balanced = await ScenarioRuns.RunAsync(_harness.Server, mode: "balanced", cancellationToken: TestContext.Current.CancellationToken);
        var runs = await RunsPage.OpenAsync(_harness, fast, balanced);

        await runs.SelectAsync(fast, 1);
        await runs.SelectAsync(balanced, 2);
        await runs.CompareButton.ClickAsync();
        var page = runs.Page;
        await page.WaitForURLAsync("**/compare?runs=*", new PageWaitForURLOptions { Timeout = PageWait.TimeoutMs });
        await page.Locator("#psnr-compare-chart[data-traces]").WaitForAsync(PageWait.Attached);
        await page.Locator("#agent-error-compare-chart[data-traces]").WaitForAsync(PageWait.Attached);
        await page.Locator("#latency-compare-chart[data-traces]").WaitForAsync(PageWait.Attached);
        await page.Locator("#kpi-compare-table").WaitForAsync(PageWait.Visible);
        await BrowserHarness.ScreenshotAsync(page, "compare");

        var shown = await page.Locator(".compare-run[data-run]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.run)");
        Assert.Equal([fast, balanced], shown);
        var traces = int.Parse(await page.Locator("#psnr-compare-chart").GetAttributeAsync("data-traces") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(traces >= 2, $"the PSNR chart overlays {traces} traces for two runs");
        var table = await page.Locator("#kpi-compare-table").InnerTextAsync();
        Assert.Contains("fast", table, StringComparison.Ordinal);
        Assert.Contains("balanced", table, StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _harness.ResetAsync();
}
