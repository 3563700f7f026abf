namespace Research.Engine.Benchmarks;

/// <summary>What one session of a many-session host run got.</summary>
/// <param name="Frames">Frames delivered.</param>
/// <param name="Fps">Frames delivered per second of the host run.</param>
/// <param name="LatencyP95Ms">95th percentile of its frame latency, in ms; null without frames.</param>
/// <param name="DroppedFrames">Frame deadlines the host loop missed (the same for every session of a run).</param>
public sealed record HostSessionFigures(long Frames, double Fps, double? LatencyP95Ms, long DroppedFrames);
