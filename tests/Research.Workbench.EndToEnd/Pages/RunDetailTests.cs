using Microsoft.Playwright;
using Research.Workbench.Browser;

namespace Research.Workbench.EndToEnd.Pages;

/// <summary>The Runs page and Run detail in headless Chromium: a finished run opens with its charts, and the step slider moves the media.</summary>
public sealed class RunDetailTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly BrowserHarness _harness = fixture.Harness;

    [Fact]
    public async Task RunLink_FinishedRun_OpensRunDetailWithChartsDrawn()
    {
        var runId = await ScenarioRuns.RunAsync(_harness.Server, cancellationToken: TestContext.Current.CancellationToken);
        var page = await _harness.OpenAsync("/runs");
        var link = page.Locator($"a[data-run-link='{runId}']");
        await link.WaitForAsync(PageWait.Visible);
        await BrowserHarness.ScreenshotAsync(page, "runs");

        await link.ClickAsync();
        await page.WaitForURLAsync($"**/runs/{runId}", new PageWaitForURLOptions { Timeout = PageWait.TimeoutMs });
        foreach (var chart in RunDetailPage.Charts)
        {
            await page.Locator($"#{chart}[data-traces]").WaitForAsync(PageWait.Attached);
        }

        Assert.Equal("Completed", (await page.Locator("#run-header [data-field=status]").InnerTextAsync()).Trim());
        foreach (var chart in RunDetailPage.Charts)
        {
            var traces = int.Parse(await page.Locator($"#{chart}").GetAttributeAsync("data-traces") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(traces > 0, $"{chart} drew no trace");
        }
    }

    [Fact]
    public async Task GoToFrame_FrameEntered_MediaPanelsAndChartCursorsMove()
    {
        var runId = await ScenarioRuns.RunAsync(_harness.Server, cancellationToken: TestContext.Current.CancellationToken);
        var detail = await RunDetailPage.OpenAsync(_harness, runId);
        await detail.GoToFrameAsync(40);
        await detail.WaitForMediaAsync(30);
        await detail.Page.Locator("#psnr-chart[data-cursor='40']").WaitForAsync(PageWait.Attached);

        await detail.GoToFrameAsync(75);
        await detail.WaitForMediaAsync(60);
        await detail.Page.Locator("#psnr-chart[data-cursor='75']").WaitForAsync(PageWait.Attached);
        await BrowserHarness.ScreenshotAsync(detail.Page, "run-detail");

        Assert.Equal("75", await detail.Page.Locator("#media-panels").GetAttributeAsync("data-frame"));
        Assert.Equal("75", await detail.Page.Locator("#ssim-chart").GetAttributeAsync("data-cursor"));
        Assert.Equal("75", await detail.Page.Locator("#agent-error-chart").GetAttributeAsync("data-cursor"));
        foreach (var panel in RunDetailPage.Panels)
        {
            Assert.Contains("/keyframes/60.png", await detail.Page.Locator($"#media-panels img[data-panel={panel}]").GetAttributeAsync("src") ?? "", StringComparison.Ordinal);
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _harness.ResetAsync();
}
