using System.Globalization;
using Research.Engine.Kpis;
using Research.Engine.Models;
using Research.Engine.Storage;

namespace Research.Engine.Sessions;

/// <summary>
/// Replays a scenario as a live session with the world model and its ground-truth shadow, headless: as fast as the
/// machine computes (deterministic), or in real time on a <see cref="SessionHost"/> loop; stores the run when given a store.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>Runs <paramref name="options"/>' scenario with <paramref name="model"/>; reports frames delivered to <paramref name="progress"/>.</summary>
    public static async Task<ScenarioRunResult> RunAsync(
        WorldModel model, ScenarioRunOptions options, IRunStore? store, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var driver = new ScenarioDriver(options.Scenario, options.DriverSeed) { Extra = options.Extra ?? [] };
        var sessionOptions = driver.Options(options.Mode) with { AutoReset = options.AutoReset };
        // Before warm-up and before the run is stored: options a session would refuse leave no run behind.
        sessionOptions.Validate();
        WarmUp(model, options.Mode);
        var recorder = store is null ? null : new SessionRecorder(store, NewRun(options, sessionOptions));
        var manual = options.Realtime ? null : new ManualTimeProvider();
        var time = manual ?? TimeProvider.System;
        var session = new WorldSession(model, sessionOptions, time, recorder);
        var status = RunStatus.Completed;
        string? error = null;
        ScenarioRunResult? result = null;
        try
        {
            if (manual is not null)
            {
                driver.RunFast(session, manual, f => progress?.Report(f.Frame), cancellationToken);
            }
            else
            {
                var host = new SessionHost(time, sessionOptions.TargetFps) { Batch = false };
                host.Add(session);
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var loop = host.RunAsync(stop.Token);
                using var subscription = session.Subscribe(1);
                var watcher = Task.Run(async () =>
                {
                    await foreach (var frame in subscription.Frames.ReadAllAsync(CancellationToken.None))
                    {
                        progress?.Report(frame.Frame);
                    }
                }, CancellationToken.None);
                try
                {
                    await driver.RunRealtimeAsync(session, time, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await stop.CancelAsync().ConfigureAwait(false);
                    await loop.ConfigureAwait(false);
                    subscription.Dispose();
                    await watcher.ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            (status, error) = (RunStatus.Interrupted, "cancelled");
            throw;
        }
        catch (Exception e)
        {
            (status, error) = (RunStatus.Failed, e.Message);
            throw;
        }
        finally
        {
            var log = session.Log();
            session.End(status, error);
            result = new ScenarioRunResult(session.RunId, KpiCalculator.Compute(log, new KpiOptions()), log);
        }
        return result;
    }

    /// <summary>
    /// Steps a throw-away rollout a few times in <paramref name="mode"/>, as a server does before taking users: the
    /// first calls into the native library pay one-off costs (code loading, allocator warm-up) that are not latency.
    /// </summary>
    public static void WarmUp(WorldModel model, QualityMode mode, int frames = 5)
    {
        var size = model.Config.FrameSize;
        using var rollout = new ModelRollout(model, mode);
        rollout.Start(new byte[size * size * 3], World.AgentKinematics.Start(new World.WorldOptions()));
        for (var i = 0; i < frames; i++)
        {
            rollout.Step(World.AgentAction.Right, []);
        }
    }

    private static NewRun NewRun(ScenarioRunOptions options, SessionOptions session) => new()
    {
        Kind = "session",
        Name = $"{options.Scenario.Name} {options.Mode.Name}",
        Scenario = options.Scenario.Name,
        Seed = options.Scenario.Seed,
        QualityMode = options.Mode.Name,
        Checkpoint = options.Checkpoint,
        Tags = options.Tags ?? [],
        Config = new Dictionary<string, string>
        {
            [RunOrigins.PaceKey] = options.Realtime ? "realtime" : "fast",
            [RunOrigins.ConfigKey] = RunOrigins.ToConfig(options.Origin ?? (options.Realtime ? RunOrigin.Live : RunOrigin.Replay)),
            ["fps"] = session.TargetFps.ToString(CultureInfo.InvariantCulture),
            ["preset"] = session.Preset,
            ["prompt"] = session.Prompt ?? "",
            ["explore"] = session.Explore.ToString(),
            ["auto_reset"] = options.AutoReset is { } p ? $"threshold {p.Threshold}, hold {p.HoldFrames}, gap {p.MinGapFrames}" : "off",
            ["source"] = options.Scenario.SourcePath ?? "",
        },
    };
}
