using Research.Engine.Storage;
using Research.Workbench.Browser;

namespace Research.Workbench.EndToEnd.Pages;

/// <summary>Experiments in headless Chromium: a tiny sweep launched from the form runs in the background, survives a reload and yields a run.</summary>
public sealed class ExperimentsTests(BrowserFixture fixture) : IAsyncLifetime
{
    // One cell replays the whole shortest scenario (12 s, 360 frames) on one low-priority thread: seconds on an idle
    // machine, far longer when CI loads both cores. The wait only ends early.
    private static readonly TimeSpan SweepTimeout = TimeSpan.FromMinutes(5);
    private readonly BrowserHarness _harness = fixture.Harness;

    [Fact]
    public async Task LaunchSweep_ShortestScenarioOneSeedFast_ProgressSurvivesReloadAndEndsWithRun()
    {
        var experiments = await ExperimentsPage.OpenAsync(_harness);
        await experiments.PickAsync("sweep-scenarios", ScenarioRuns.DefaultScenario);
        await PageWait.ForAsync(experiments.Page, "document.getElementById('sweep-cells').innerText.startsWith('1 run ')");
        var modes = await experiments.Page.Locator("#sweep-modes").InputValueAsync();
        var seeds = await experiments.Page.Locator("#sweep-seeds").InputValueAsync();

        var sweepId = await experiments.LaunchAsync();
        var launched = await experiments.Sweep(sweepId).GetAttributeAsync("data-state");
        await BrowserHarness.ScreenshotAsync(experiments.Page, "experiments-launched");
        await experiments.Page.ReloadAsync();
        await experiments.Sweep(sweepId).WaitForAsync(PageWait.Visible);
        var afterReload = await experiments.Sweep(sweepId).GetAttributeAsync("data-state");
        await experiments.WaitForStateAsync(sweepId, "completed", SweepTimeout);
        var link = experiments.Sweep(sweepId).Locator("a[data-run]");
        await link.WaitForAsync(PageWait.Visible);
        await BrowserHarness.ScreenshotAsync(experiments.Page, "experiments");

        Assert.Equal("fast", modes);
        Assert.Equal("1", seeds);
        Assert.Contains(launched, new[] { "queued", "running", "completed" });
        Assert.Contains(afterReload, new[] { "queued", "running", "completed" });
        var runId = await link.GetAttributeAsync("data-run");
        var run = _harness.Server.Store.GetRun(runId!);
        Assert.NotNull(run);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal((ScenarioRuns.DefaultScenario, "fast"), (run.Scenario, run.QualityMode));
        Assert.Contains(sweepId, run.Tags);
        Assert.Equal(1, await link.CountAsync());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _harness.ResetAsync();
}
