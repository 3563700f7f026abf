using System.Diagnostics;
using Research.Engine.Benchmarks;
using Research.Workbench.Browser;

namespace Research.Workbench.Bench;

/// <summary>
/// Runs the workbench in headless Chromium with the end-to-end tests' harness and measures what a user feels: time to
/// interactive, input to canvas while steering, drawn fps while the live charts update, and two tabs at once.
/// </summary>
internal static class WorkbenchBenchmark
{
    public static async Task<WorkbenchBenchResult> RunAsync(WorkbenchBenchOptions options, TextWriter log, CancellationToken token)
    {
        var loadBefore = MachineInfo.LoadAverage();
        await using var harness = await BrowserHarness.StartAsync(log);
        log.WriteLine($"App at {harness.Server.BaseAddress}; load average {loadBefore:0.00}.");

        // The first load in a process also loads the model: timed apart as the cold start.
        var (cold, coldFirst, coldInteractive) = await LivePage.OpenTimedAsync(harness);
        await BrowserHarness.ScreenshotAsync(cold.Page, "bench-live-cold");
        await harness.ResetAsync();
        var warm = new List<PageLoad>();
        for (var i = 0; i < options.Loads; i++)
        {
            var (_, first, interactive) = await LivePage.OpenTimedAsync(harness);
            warm.Add(new PageLoad(first, interactive));
            await harness.ResetAsync();
        }
        log.WriteLine($"Time to interactive: cold {coldInteractive:0} ms, warm median {warm.Select(w => w.InteractiveMs).Order().ElementAt(warm.Count / 2):0} ms.");

        var single = await SteerAsync(harness, [await LivePage.OpenAsync(harness)], options, "bench-live-one-tab", token);
        log.WriteLine($"One tab: {single[0].DrawnFps:0.0} fps drawn, key to canvas p95 {single[0].Stats?.P95Ms:0} ms.");
        await harness.ResetAsync();

        LivePage[] two = [await LivePage.OpenAsync(harness), await LivePage.OpenAsync(harness)];
        var both = await SteerAsync(harness, two, options, "bench-live-two-tabs", token);
        log.WriteLine($"Two tabs: {string.Join(", ", both.Select(t => $"{t.DrawnFps:0.0} fps"))}.");
        await harness.ResetAsync();

        return new WorkbenchBenchResult(MachineInfo.Current(), options, new PageLoad(coldFirst, coldInteractive), warm, single[0], both,
            loadBefore, MachineInfo.LoadAverage());
    }

    /// <summary>Steers every tab at once with the scripted keys for the phase and measures each.</summary>
    private static async Task<IReadOnlyList<TabFigures>> SteerAsync(
        BrowserHarness harness, IReadOnlyList<LivePage> tabs, WorkbenchBenchOptions options, string screenshot, CancellationToken token)
    {
        var sessions = harness.Server.Sessions.Live;
        // Let the charts fill and the pages settle before measuring.
        await Task.Delay(TimeSpan.FromSeconds(2), token);
        var start = new List<(int Drawn, double At, long Frame, (int Plots, double Ms) Charts)>();
        for (var i = 0; i < tabs.Count; i++)
        {
            start.Add((await tabs[i].DrawnAsync(), await tabs[i].NowAsync(), sessions[i].Frame, await tabs[i].ChartWorkAsync()));
        }
        var latenciesBefore = await Task.WhenAll(tabs.Select(t => t.LatenciesAsync()));
        var clock = Stopwatch.StartNew();
        var presses = (int)(options.Seconds * 1000 / (options.Hold + options.Gap).TotalMilliseconds);
        await Task.WhenAll(tabs.Select(t => t.PlayKeysAsync(presses, options.Hold, options.Gap, token)));
        var elapsed = clock.Elapsed.TotalSeconds;
        var figures = new List<TabFigures>();
        for (var i = 0; i < tabs.Count; i++)
        {
            var (drawn, at, charts) = (await tabs[i].DrawnAsync(), await tabs[i].NowAsync(), await tabs[i].ChartWorkAsync());
            var seconds = (at - start[i].At) / 1000;
            var latencies = (await tabs[i].LatenciesAsync()).Skip(latenciesBefore[i].Length).ToArray();
            var frames = sessions[i].Log().Frames.Where(f => f.Frame > start[i].Frame).Select(f => f.LatencyMs).ToArray();
            figures.Add(new TabFigures(
                latencies,
                (drawn - start[i].Drawn) / seconds,
                (sessions[i].Frame - start[i].Frame) / elapsed,
                frames.Length == 0 ? double.NaN : FrameTimeStats.From(frames).P95Ms,
                0,
                (charts.Plots - start[i].Charts.Plots) / seconds,
                (charts.Ms - start[i].Charts.Ms) / seconds));
        }
        // Readings reach the server about once a second.
        await Task.Delay(TimeSpan.FromSeconds(1.5), token);
        await BrowserHarness.ScreenshotAsync(tabs[0].Page, screenshot);
        return [.. figures.Select((f, i) => f with { Stored = harness.Server.Store.GetBrowserLatency(sessions[i].RunId!).Count })];
    }
}
