using Research.Engine.Models;
using Research.Engine.Scenarios;
using Research.Engine.Sessions;
using Research.Engine.Storage;

namespace Research.Engine.Benchmarks;

/// <summary>Stages that play a whole scenario through <see cref="ScenarioRunner"/> and store it: the real-time standard set and the soft-reset replay.</summary>
public static partial class SessionBenchmark
{
    /// <summary>Plays <paramref name="scenario"/> (cut short in a quick run) in real time on a <see cref="SessionHost"/> loop.</summary>
    private static async Task<ScenarioBenchmarkRun> RunRealtimeAsync(
        WorldModel model, SessionBenchmarkOptions options, Scenario scenario, IRunStore? store, IProgress<SessionBenchmarkProgress>? progress, CancellationToken cancellationToken)
    {
        var played = Shorten(options, scenario);
        var stage = $"{played.Name} in real time ({played.DurationSeconds:0.#} s)";
        return await PlayAsync(model, options, played, realtime: true, stage, store, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replays sustained-5min (the first few seconds in a quick run) as fast as the machine computes, with a soft reset
    /// every <see cref="SoftResetEverySeconds"/> seconds from 2.5 s on: half-way between the scenario's own prompt
    /// switches (every 20 s), so a reset's frame change is not a prompt switch's.
    /// </summary>
    private static async Task<ScenarioBenchmarkRun> RunSoftResetsAsync(
        WorldModel model, SessionBenchmarkOptions options, Scenario sustained, IRunStore? store, IProgress<SessionBenchmarkProgress>? progress, CancellationToken cancellationToken)
    {
        var played = ScenarioEdits.WithSoftResets(Shorten(options, sustained, quickFactor: 3), Frames(sustained, 2.5), Frames(sustained, SoftResetEverySeconds));
        played = played with { Name = $"{sustained.Name}+soft-resets" };
        var stage = $"soft resets: {played.Name} replayed fast ({played.DurationSeconds:0.#} s)";
        return await PlayAsync(model, options, played, realtime: false, stage, store, progress, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ScenarioBenchmarkRun> PlayAsync(
        WorldModel model, SessionBenchmarkOptions options, Scenario scenario, bool realtime, string stage, IRunStore? store,
        IProgress<SessionBenchmarkProgress>? progress, CancellationToken cancellationToken)
    {
        var frames = ScenarioTimeline.Expand(scenario).WorldFrameCount;
        progress?.Report(new SessionBenchmarkProgress(stage, 0, frames));
        var run = new ScenarioRunOptions(scenario, QualityMode.Fast, realtime, options.Checkpoint, options.Tags);
        var frameProgress = progress is null ? null : new FrameProgress(f => progress.Report(new SessionBenchmarkProgress(stage, Math.Min(f, frames), frames)));
        var result = await ScenarioRunner.RunAsync(model, run, store, frameProgress, cancellationToken).ConfigureAwait(false);
        progress?.Report(new SessionBenchmarkProgress(stage, frames, frames));
        return new ScenarioBenchmarkRun(scenario.Name, scenario.DurationSeconds, result.RunId, result.Kpis, result.Log);
    }

    /// <summary>Passes frame numbers straight on (Progress&lt;T&gt; would post each to the thread pool).</summary>
    private sealed class FrameProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
