using Research.Engine.Benchmarks;
using Research.Workbench.Browser;

namespace Research.Workbench.EndToEnd.Pages;

/// <summary>The Live page in headless Chromium against the real app: steering, pause, resets, fork, input-to-canvas time.</summary>
public sealed class LiveTests(BrowserFixture fixture) : IAsyncLifetime
{
    // Generous: CI runs the test projects side by side on two cores.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly BrowserHarness _harness = fixture.Harness;

    [Fact]
    public async Task Keys_HeldOnTheStage_CanvasChangesAndSessionSteers()
    {
        var live = await LivePage.OpenAsync(_harness);
        var session = Assert.Single(_harness.Server.Sessions.Live);
        await live.FocusStageAsync();
        await Task.Delay(500, TestContext.Current.CancellationToken);
        var before = await live.CanvasHashAsync();

        await live.Page.Keyboard.DownAsync("KeyD");
        await live.WaitForKeysAcceptedAsync(1);
        var drawn = await live.DrawnAsync();
        await live.WaitForDrawnAsync(drawn + 10);
        await BrowserHarness.ScreenshotAsync(live.Page, "live-steering");
        await live.Page.Keyboard.UpAsync("KeyD");

        Assert.NotEqual(before, await live.CanvasHashAsync());
        Assert.Contains(session.RecentInputs(), input => input.Payload == "right" && input.AppliedFrame is not null);
    }

    [Fact]
    public async Task Pause_ThenResume_FrameCounterStopsThenRestarts()
    {
        var live = await LivePage.OpenAsync(_harness);
        await live.WaitForFrameCounterPastAsync(0, Wait);

        await live.ClickAsync("Pause");
        await live.Page.Locator("#live-status:text-is('paused')").WaitForAsync();
        // A frame made just before the pause may still be on its way to the page (the counter renders at 4 Hz).
        await Task.Delay(1_000, TestContext.Current.CancellationToken);
        var paused = await live.FrameCounterAsync();
        await Task.Delay(1_500, TestContext.Current.CancellationToken);
        var stillPaused = await live.FrameCounterAsync();
        await BrowserHarness.ScreenshotAsync(live.Page, "live-paused");
        await live.ClickAsync("Resume");
        var resumed = await live.WaitForFrameCounterPastAsync(stillPaused, Wait);

        Assert.Equal(paused, stillPaused);
        Assert.True(resumed > stillPaused, $"the frame counter stayed at {resumed} after resume");
        Assert.Equal("live", await live.StatusAsync());
    }

    [Fact]
    public async Task SoftResetAndReset_Clicked_AppliedAndTheWorldGoesOn()
    {
        var live = await LivePage.OpenAsync(_harness);
        var session = Assert.Single(_harness.Server.Sessions.Live);

        await live.ClickAsync("Soft reset");
        await WaitUntil(() => session.Log().Frames.Any(f => f.SoftReset));
        var afterSoft = await live.FrameCounterAsync();
        await live.ClickAsync("Reset");
        await WaitUntil(() => session.RecentInputs().Any(i => i.Kind == "reset" && i.AppliedFrame is not null));
        var afterReset = await live.WaitForFrameCounterPastAsync(afterSoft, Wait);
        await live.Page.Locator("#input-trace:has-text('reset')").WaitForAsync();
        await BrowserHarness.ScreenshotAsync(live.Page, "live-after-resets");

        Assert.True(afterReset > afterSoft);
        Assert.Contains("softReset", await live.InputTraceAsync(), StringComparison.Ordinal);
        Assert.Equal("live", await live.StatusAsync());
    }

    [Fact]
    public async Task Fork_Clicked_OpensSecondLiveSessionInNewTab()
    {
        var live = await LivePage.OpenAsync(_harness);
        var parentRun = await live.RunIdAsync();

        var tab = await live.Page.Context.RunAndWaitForPageAsync(() => live.ClickAsync("Fork"));
        var fork = new LivePage(tab);
        await fork.WaitForDrawnAsync(5);
        var forkRun = await fork.RunIdAsync();
        await fork.WaitForFrameCounterPastAsync(0, Wait);
        await BrowserHarness.ScreenshotAsync(tab, "live-fork");

        Assert.Contains("?session=", tab.Url, StringComparison.Ordinal);
        Assert.NotEqual(parentRun, forkRun);
        Assert.Equal(2, _harness.Server.Sessions.Live.Count);
        Assert.Equal(parentRun, _harness.Server.Store.GetRun(forkRun)!.Config["fork_of"]);
        Assert.Equal("live", await fork.StatusAsync());
    }

    [Fact]
    public async Task ScriptedKeys_BrowserMeasuredLatency_ReportedStoredAndUnderOneSecond()
    {
        var live = await LivePage.OpenAsync(_harness);
        var session = Assert.Single(_harness.Server.Sessions.Live);
        // A few presses first, so the measured ones do not pay for first-call compilation on the server.
        await live.PlayKeysAsync(4, TimeSpan.FromMilliseconds(120), TimeSpan.FromMilliseconds(80), TestContext.Current.CancellationToken);
        await live.WaitForLatenciesAsync(4);
        var warmUp = (await live.LatenciesAsync()).Length;

        await live.PlayKeysAsync(16, TimeSpan.FromMilliseconds(120), TimeSpan.FromMilliseconds(80), TestContext.Current.CancellationToken);
        await live.WaitForLatenciesAsync(warmUp + 16);
        var all = await live.LatenciesAsync();
        var latencies = all[warmUp..];
        // The page reports about once a second.
        await WaitUntil(() => _harness.Server.Store.GetBrowserLatency(session.RunId!).Count >= all.Length);
        await live.Page.Locator("#browser-latency:not(:text-is('-'))").WaitForAsync();
        // The live charts, plotly.js loaded on demand: drawn with both latency series.
        await live.Page.Locator("#chart-latency[data-traces='2']").WaitForAsync();
        await live.Page.Locator("#chart-drift[data-traces]").WaitForAsync();
        await Task.Delay(600, TestContext.Current.CancellationToken);
        await BrowserHarness.ScreenshotAsync(live.Page, "live-latency");
        var stats = FrameTimeStats.From(latencies);
        WriteReport(stats, latencies.Length);

        // Loose on purpose, and on the median: CI runs the test projects side by side on two cores, where the tail
        // follows the load (p95 over 1 s was seen here at a load average of 22); the benchmark reports the tail.
        Assert.True(stats.P50Ms < 1_000, $"key to canvas p50 {stats.P50Ms:0} ms (p95 {stats.P95Ms:0} ms)");
        Assert.All(latencies, ms => Assert.True(ms >= 0));
        Assert.Equal(all.Length, _harness.Server.Store.GetBrowserLatency(session.RunId!).Count);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _harness.ResetAsync();

    private static void WriteReport(FrameTimeStats stats, int count)
    {
        var directory = Path.Combine(RepositoryPaths.Root, "artifacts", "reports");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "e2e-live-latency.md"), $"""
            # Live page: browser-measured input to canvas (end-to-end test)

            A scripted sequence of {count} steering key presses (120 ms each, 80 ms apart, after 4 to warm up) in headless Chromium; each
            time is from the key press (performance.now()) to the first frame carrying that input drawn on the canvas.
            Test figures on a shared machine: the benchmark (Research.Workbench.Bench) gives the numbers to quote.

            | readings | p50 ms | p95 ms | p99 ms | max ms |
            |---:|---:|---:|---:|---:|
            | {count} | {stats.P50Ms:0.0} | {stats.P95Ms:0.0} | {stats.P99Ms:0.0} | {stats.MaxMs:0.0} |

            Load average (1 min): {MachineInfo.LoadAverage():0.00} on {Environment.ProcessorCount} cores.
            """);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Wait);
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
