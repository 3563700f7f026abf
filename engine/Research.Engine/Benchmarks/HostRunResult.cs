namespace Research.Engine.Benchmarks;

/// <summary>One run of N live sessions sharing one model on one real-time <see cref="Sessions.SessionHost"/>.</summary>
/// <param name="Sessions">Sessions run at once.</param>
/// <param name="Batch">Whether due sessions stepped as one batch.</param>
/// <param name="TargetFps">The host's frame rate.</param>
/// <param name="Seconds">Wall-clock seconds the host ran.</param>
/// <param name="PerSession">Each session's figures.</param>
public sealed record HostRunResult(int Sessions, bool Batch, double TargetFps, double Seconds, IReadOnlyList<HostSessionFigures> PerSession)
{
    /// <summary>Frames per second delivered over all sessions.</summary>
    public double AggregateFps => Seconds > 0 ? PerSession.Sum(s => s.Frames) / Seconds : 0;

    /// <summary>The slowest session's frames per second.</summary>
    public double MinSessionFps => PerSession.Min(s => s.Fps);

    /// <summary>Mean over sessions of their latency p95, in ms.</summary>
    public double MeanP95Ms => PerSession.Average(s => s.LatencyP95Ms ?? double.PositiveInfinity);

    /// <summary>The worst session's latency p95, in ms.</summary>
    public double WorstP95Ms => PerSession.Max(s => s.LatencyP95Ms ?? double.PositiveInfinity);

    /// <summary>Frame deadlines the loop missed.</summary>
    public long DroppedFrames => PerSession.Max(s => s.DroppedFrames);

    /// <summary>
    /// Whether the run held the target rate: every session delivered at least <see cref="SessionBenchmark.HostFpsShare"/>
    /// of <see cref="TargetFps"/>, with a latency p95 of at most one frame period.
    /// </summary>
    public bool HoldsTarget => MinSessionFps >= SessionBenchmark.HostFpsShare * TargetFps && WorstP95Ms <= 1000 / TargetFps;
}
