using Research.Engine.Kpis;
using Research.Engine.Models;
using Research.Engine.Scenarios;
using Research.Engine.Sessions;
using Research.Engine.World;

namespace Research.Engine.Benchmarks;

/// <summary>Many sessions: N live sessions sharing one model on one real-time <see cref="SessionHost"/>.</summary>
public static partial class SessionBenchmark
{
    /// <summary>
    /// Runs <paramref name="count"/> sessions on a <see cref="SessionHost"/> on the system clock at the scenario's frame
    /// rate for <see cref="SessionBenchmarkOptions.HostSeconds"/>, each steered in real time by its own
    /// <see cref="ScenarioDriver"/> on rapid-steering (repeated or cut to that length) with its own world seed and input
    /// timing. Sessions are not recorded, so the disk does not compete with the loop.
    /// </summary>
    private static async Task<HostRunResult> RunHostAsync(
        WorldModel model, SessionBenchmarkOptions options, Scenario steering, int count, bool batch,
        IProgress<SessionBenchmarkProgress>? progress, CancellationToken cancellationToken)
    {
        var stage = $"host: {count} session{(count == 1 ? "" : "s")}, {(batch ? "batched" : "unbatched")}, {options.HostSeconds:0.#} s";
        progress?.Report(new SessionBenchmarkProgress(stage, 0, 1));
        var scenario = ScenarioEdits.Repeat(steering, Frames(steering, options.HostSeconds));
        WarmUpBatch(model, count);
        var time = TimeProvider.System;
        var drivers = Enumerable.Range(0, count).Select(i => new ScenarioDriver(scenario with { Seed = scenario.Seed + i }, seed: i)).ToList();
        var sessions = drivers.Select(d => new WorldSession(model, d.Options(QualityMode.Fast), time)).ToList();
        try
        {
            var host = new SessionHost(time, scenario.Fps) { Batch = batch };
            sessions.ForEach(host.Add);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var started = time.GetTimestamp();
            var loop = host.RunAsync(stop.Token);
            try
            {
                await Task.WhenAll(drivers.Select((d, i) => d.RunRealtimeAsync(sessions[i], time, cancellationToken))).ConfigureAwait(false);
            }
            finally
            {
                await stop.CancelAsync().ConfigureAwait(false);
                await loop.ConfigureAwait(false);
            }
            var seconds = time.GetElapsedTime(started).TotalSeconds;
            var figures = sessions.Select(s =>
            {
                var log = s.Log();
                var latency = KpiCalculator.Compute(log, new KpiOptions()).Latency;
                return new HostSessionFigures(log.Frames.Count, log.Frames.Count / seconds, latency.LatencyP95Ms, log.DroppedFrames);
            }).ToList();
            progress?.Report(new SessionBenchmarkProgress(stage, 1, 1));
            return new HostRunResult(count, batch, scenario.Fps, seconds, figures);
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
        }
    }

    /// <summary>Steps <paramref name="count"/> throw-away rollouts as one batch a few times: the first call at a new batch size pays one-off costs.</summary>
    private static void WarmUpBatch(WorldModel model, int count, int frames = 5)
    {
        var size = model.Config.FrameSize;
        var rollouts = Enumerable.Range(0, count).Select(_ => new ModelRollout(model, QualityMode.Fast)).ToList();
        try
        {
            rollouts.ForEach(r => r.Start(new byte[size * size * 3], AgentKinematics.Start(new WorldOptions())));
            for (var i = 0; i < frames; i++)
            {
                ModelRollout.StepBatch(rollouts, [.. rollouts.Select(_ => AgentAction.Right)], [.. rollouts.Select(_ => (IReadOnlyList<int>)[])]);
            }
        }
        finally
        {
            rollouts.ForEach(r => r.Dispose());
        }
    }
}
