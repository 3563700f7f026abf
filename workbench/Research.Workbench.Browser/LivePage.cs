using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Research.Workbench.Browser;

/// <summary>
/// Drives the Live page in a real browser: its status table, buttons and stage, and what live.js counts
/// (<c>window.workbench.stats</c>: frames drawn, key-to-canvas readings).
/// </summary>
/// <param name="page">A page showing the Live page.</param>
public sealed class LivePage(IPage page)
{
    private static readonly float DefaultTimeoutMs = 30_000;

    /// <summary>The browser page.</summary>
    public IPage Page { get; } = page;

    /// <summary>Opens the Live page (or a fork, <c>/?session=id</c>) and waits for its first drawn frame.</summary>
    public static async Task<LivePage> OpenAsync(BrowserHarness harness, string path = "/")
    {
        ArgumentNullException.ThrowIfNull(harness);
        var live = new LivePage(await harness.OpenAsync(path));
        await live.WaitForDrawnAsync(1);
        return live;
    }

    /// <summary>The steering keys a scripted session cycles through.</summary>
    public static IReadOnlyList<string> ScriptKeys { get; } = ["KeyD", "KeyW", "KeyA", "KeyS", "ArrowRight", "ArrowUp", "ArrowLeft", "ArrowDown"];

    /// <summary>
    /// Opens the Live page and times it on the page's own clock (from navigation start): when the first frame was drawn,
    /// and when a key pressed right after it had been accepted by the server (the page is interactive).
    /// </summary>
    public static async Task<(LivePage Page, double FirstFrameMs, double InteractiveMs)> OpenTimedAsync(BrowserHarness harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        var live = new LivePage(await harness.OpenAsync());
        await live.WaitForDrawnAsync(1);
        await live.FocusStageAsync();
        await live.Page.Keyboard.DownAsync("KeyD");
        await live.WaitForKeysAcceptedAsync(1);
        var interactive = await live.NowAsync();
        await live.Page.Keyboard.UpAsync("KeyD");
        return (live, await live.FirstDrawnAtAsync() ?? double.NaN, interactive);
    }

    /// <summary>Plays a scripted steering session: <paramref name="presses"/> key presses cycling <see cref="ScriptKeys"/>.</summary>
    /// <param name="presses">How many presses.</param>
    /// <param name="hold">How long each key is held.</param>
    /// <param name="gap">The pause after each release.</param>
    /// <param name="cancellationToken">Stops the script.</param>
    public async Task PlayKeysAsync(int presses, TimeSpan hold, TimeSpan gap, CancellationToken cancellationToken = default)
    {
        await FocusStageAsync();
        for (var i = 0; i < presses && !cancellationToken.IsCancellationRequested; i++)
        {
            await HoldKeyAsync(ScriptKeys[i % ScriptKeys.Count], hold);
            await Task.Delay(gap, cancellationToken);
        }
    }

    /// <summary>Frames drawn on the canvas so far.</summary>
    public Task<int> DrawnAsync() => Page.EvaluateAsync<int>("window.workbench.stats.drawn");

    /// <summary>Steering keys the server has answered with a sequence number.</summary>
    public Task<int> KeysAcceptedAsync() => Page.EvaluateAsync<int>("window.workbench.stats.keysAccepted");

    /// <summary>Milliseconds since navigation when the first frame was drawn (the page's clock), or null before.</summary>
    public Task<double?> FirstDrawnAtAsync() => Page.EvaluateAsync<double?>("window.workbench.stats.firstDrawnAt");

    /// <summary>Every key-to-canvas time the page measured, in ms, in the order measured.</summary>
    public Task<double[]> LatenciesAsync() => Page.EvaluateAsync<double[]>("window.workbench.stats.latencies");

    /// <summary>Chart redraws so far and the main-thread milliseconds they took (charts.js).</summary>
    public async Task<(int Plots, double Ms)> ChartWorkAsync()
    {
        var work = await Page.EvaluateAsync<double[]>("[window.workbenchCharts.stats.plots, window.workbenchCharts.stats.ms]");
        return ((int)work[0], work[1]);
    }

    /// <summary>The page's clock (performance.now(): ms since navigation started).</summary>
    public Task<double> NowAsync() => Page.EvaluateAsync<double>("performance.now()");

    /// <summary>The frame counter the page shows (it refreshes at 4 Hz).</summary>
    public async Task<long> FrameCounterAsync() =>
        long.Parse(await Page.Locator("#frame-counter").InnerTextAsync(), CultureInfo.InvariantCulture);

    /// <summary>The status the page shows: live, paused, or why it could not start.</summary>
    public Task<string> StatusAsync() => Page.Locator("#live-status").InnerTextAsync();

    /// <summary>The run id the page shows, once it shows one (the table renders at 4 Hz, after the first frames).</summary>
    public async Task<string> RunIdAsync()
    {
        var cell = Page.Locator("td:text-is('Run') + td:not(:text-is('-'))");
        await cell.WaitForAsync(new LocatorWaitForOptions { Timeout = DefaultTimeoutMs });
        return await cell.InnerTextAsync();
    }

    /// <summary>The text of the recent-inputs table.</summary>
    public Task<string> InputTraceAsync() => Page.Locator("#input-trace").InnerTextAsync();

    /// <summary>A fingerprint of the model canvas's pixels; it changes when the picture does.</summary>
    public Task<string> CanvasHashAsync() => Page.EvaluateAsync<string>("""
        () => {
            const c = document.getElementById('live-canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let h = 2166136261;
            for (let i = 0; i < d.length; i++) { h = Math.imul(h ^ d[i], 16777619) >>> 0; }
            return c.width + ':' + h.toString(16);
        }
        """);

    /// <summary>Waits until at least <paramref name="count"/> frames have been drawn.</summary>
    public Task WaitForDrawnAsync(int count, float timeoutMs = 0) => Page.WaitForFunctionAsync(
        $"window.workbench && window.workbench.stats.drawn >= {count}", null,
        new PageWaitForFunctionOptions { Timeout = timeoutMs > 0 ? timeoutMs : DefaultTimeoutMs, PollingInterval = 20 });

    /// <summary>Waits until at least <paramref name="count"/> steering keys have been accepted.</summary>
    public Task WaitForKeysAcceptedAsync(int count, float timeoutMs = 0) => Page.WaitForFunctionAsync(
        $"window.workbench.stats.keysAccepted >= {count}", null,
        new PageWaitForFunctionOptions { Timeout = timeoutMs > 0 ? timeoutMs : DefaultTimeoutMs, PollingInterval = 10 });

    /// <summary>Waits until the page has measured at least <paramref name="count"/> key-to-canvas times.</summary>
    public Task WaitForLatenciesAsync(int count, float timeoutMs = 0) => Page.WaitForFunctionAsync(
        $"window.workbench.stats.latencies.length >= {count}", null,
        new PageWaitForFunctionOptions { Timeout = timeoutMs > 0 ? timeoutMs : DefaultTimeoutMs, PollingInterval = 20 });

    /// <summary>Gives the stage (the canvas) keyboard focus.</summary>
    public Task FocusStageAsync() => Page.Locator("#live-stage").FocusAsync();

    /// <summary>Holds <paramref name="key"/> (a KeyboardEvent code such as KeyD or ArrowUp) for <paramref name="hold"/>.</summary>
    public async Task HoldKeyAsync(string key, TimeSpan hold)
    {
        await Page.Keyboard.DownAsync(key);
        await Task.Delay(hold);
        await Page.Keyboard.UpAsync(key);
    }

    /// <summary>Clicks the toolbar button labelled <paramref name="label"/> (Pause, Resume, Step, Reset, Soft reset, Fork).</summary>
    public Task ClickAsync(string label) =>
        Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = label, Exact = true }).ClickAsync();

    /// <summary>Waits until the frame counter shows more than <paramref name="frame"/>.</summary>
    public async Task<long> WaitForFrameCounterPastAsync(long frame, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var now = await FrameCounterAsync();
            if (now > frame || clock.Elapsed > timeout)
            {
                return now;
            }
            await Task.Delay(100);
        }
    }
}
