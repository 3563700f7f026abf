using Research.Engine.Scenarios;

namespace Research.Engine.Sessions;

/// <summary>
/// Plays a scenario into a live session as a user would: each tick's prompt, preset, soft reset, rating, mark, pause
/// and action change becomes an input, sent at a seeded random moment within the frame interval before the tick's
/// frame is due (real users do not press keys in step with frame deadlines).
/// </summary>
/// <param name="scenario">The scenario.</param>
/// <param name="seed">Seeds the moments inputs are sent within their frame interval.</param>
public sealed class ScenarioDriver(Scenario scenario, int seed = 0)
{
    /// <summary>Session options that start the scenario's world: its seed, preset, prompt, world kind and frame rate.</summary>
    public SessionOptions Options(Models.QualityMode mode) => new()
    {
        Mode = mode, TargetFps = scenario.Fps, Seed = scenario.Seed, Preset = scenario.Preset, Prompt = scenario.Prompt, Explore = scenario.Explore,
    };

    /// <summary>Inputs sent on top of the scenario's, by tick (for example injected errors); sent after the tick's own.</summary>
    public IReadOnlyList<(int Tick, SessionInput Input)> Extra { get; init; } = [];

    /// <summary>The expanded timeline.</summary>
    public ScenarioTimeline Timeline { get; } = ScenarioTimeline.Expand(scenario);

    /// <summary>
    /// Replays the scenario as fast as the machine computes: <paramref name="clock"/> is advanced to each input's moment
    /// and each frame's deadline, so times and latencies read as if live (latency = compute time plus any lateness).
    /// The same scenario, seed and session options always give the same frames.
    /// </summary>
    public void RunFast(WorldSession session, ManualTimeProvider clock, Action<SessionFrame>? onFrame = null, CancellationToken cancellationToken = default)
    {
        var period = TimeSpan.FromMilliseconds(session.Options.PeriodMs);
        var random = new Random(seed);
        var inputs = new ScenarioInputs();
        foreach (var tick in Timeline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.AdvanceTo(period * (tick.Index + random.NextDouble()));
            Send(session, [.. inputs.Next(tick), .. Extra.Where(e => e.Tick == tick.Index).Select(e => e.Input)]);
            clock.AdvanceTo(period * (tick.Index + 1));
            if (session.Tick(clock.GetTimestamp()) is { } frame)
            {
                onFrame?.Invoke(frame);
            }
        }
    }

    /// <summary>
    /// Replays the scenario in real time beside a running <see cref="SessionHost"/> that generates the frames:
    /// inputs are sent at their moments on <paramref name="time"/>; returns once the last tick's frame is due.
    /// </summary>
    public async Task RunRealtimeAsync(WorldSession session, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var period = TimeSpan.FromMilliseconds(session.Options.PeriodMs);
        var random = new Random(seed);
        var inputs = new ScenarioInputs();
        var start = time.GetTimestamp();
        foreach (var tick in Timeline)
        {
            var wait = period * (tick.Index + random.NextDouble()) - time.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            Send(session, [.. inputs.Next(tick), .. Extra.Where(e => e.Tick == tick.Index).Select(e => e.Input)]);
        }
        await Task.Delay(period * 2, time, cancellationToken).ConfigureAwait(false);
    }

    private static void Send(WorldSession session, IReadOnlyList<SessionInput> inputs)
    {
        foreach (var input in inputs)
        {
            session.Submit(input);
        }
    }
}
