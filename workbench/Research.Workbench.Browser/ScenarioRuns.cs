using Microsoft.Extensions.DependencyInjection;
using Research.Engine.Models;
using Research.Engine.Sessions;
using Research.Workbench.Experiments;
using Research.Workbench.Hosting;

namespace Research.Workbench.Browser;

/// <summary>
/// Finished runs for page tests, made the way the app makes them: a scenario from the app's own catalog replayed by the
/// engine's <see cref="ScenarioRunner"/> (fast, deterministic) with the app's loaded model into the app's run store, so
/// the run has real frame metrics, inputs, key frames and a KPI summary.
/// </summary>
public static class ScenarioRuns
{
    /// <summary>The scenario used by default: the shortest one shipped (12 s).</summary>
    public const string DefaultScenario = "prompt-storm";

    /// <summary>
    /// Replays the first <paramref name="frames"/> frames of <paramref name="scenario"/> in <paramref name="mode"/> and
    /// stores the completed run, tagged <c>e2e</c>.
    /// </summary>
    /// <remarks>
    /// Uses the model the app's live sessions share: call it while no live session runs (after
    /// <see cref="BrowserHarness.ResetAsync"/>), so no two threads step the model at once. Cutting the scenario short
    /// keeps a test's arrange step to a few seconds on two cores; 90 frames give key frames at frames 30 and 60 (sessions save one every 30).
    /// </remarks>
    /// <returns>The stored run's id.</returns>
    public static async Task<string> RunAsync(
        WorkbenchServer server, string scenario = DefaultScenario, string mode = "fast", int frames = 90, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentOutOfRangeException.ThrowIfLessThan(frames, 1);
        var catalog = server.Services.GetRequiredService<SweepCatalog>();
        var loaded = server.Services.GetRequiredService<Lazy<LoadedModel>>().Value;
        var full = catalog.LoadScenario(scenario);
        var length = Math.Min(frames, full.DurationFrames);
        // The timeline refuses events past its end: keep the ones that start within the cut (holds are cut with it).
        var shortened = full with { DurationFrames = length, Events = full.Events.Where(e => e.Frame < length).ToArray() };
        var options = new ScenarioRunOptions(shortened, QualityMode.Parse(mode), Realtime: false, Checkpoint: loaded.Name, Tags: ["e2e"]);
        // Fast replay computes synchronously: off the test's thread.
        var result = await Task.Run(() => ScenarioRunner.RunAsync(loaded.Model, options, server.Store, null, cancellationToken), cancellationToken);
        return result.RunId ?? throw new InvalidOperationException($"Scenario {scenario} stored no run.");
    }
}
