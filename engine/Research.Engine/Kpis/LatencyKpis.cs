namespace Research.Engine.Kpis;

/// <summary>Whether the session stayed responsive: frame latency overall and window by window, jitter and dropped frames.</summary>
/// <param name="Windows">Latency per window of <see cref="KpiOptions.WindowMs"/>, in time order; windows without frames are left out.</param>
/// <param name="LatencyP50Ms">Median frame latency over the whole session, in ms; null without frames.</param>
/// <param name="LatencyP95Ms">95th percentile of frame latency over the whole session, in ms; null without frames.</param>
/// <param name="LatencyP99Ms">99th percentile of frame latency over the whole session, in ms; null without frames.</param>
/// <param name="P95TrendMsPerWindow">
/// Least-squares slope of the full windows' p95 against their <see cref="LatencyWindow.Index"/>, in ms per window: positive
/// when the session slows down as it goes. A window is full when it ends by <see cref="SessionLog.EndMs"/>; null with fewer than two.
/// </param>
/// <param name="FirstWindowP95Ms">p95 of the first window, full or not; null without frames.</param>
/// <param name="LastFullWindowP95Ms">p95 of the last full window; null when there is none.</param>
/// <param name="LastToFirstP95Ratio"><paramref name="LastFullWindowP95Ms"/> / <paramref name="FirstWindowP95Ms"/>; null when either is missing or the first is 0.</param>
/// <param name="JitterMs">Population standard deviation of the intervals between consecutive frames' <see cref="FrameSample.TimeMs"/>, in ms; null with fewer than two frames.</param>
/// <param name="DroppedFrames">Frame deadlines the loop missed (<see cref="SessionLog.DroppedFrames"/>).</param>
/// <param name="DeliveredFps">Frames delivered per second over the whole session (frames / <see cref="SessionLog.EndMs"/>); null when the session has no length.</param>
/// <param name="DeliveredFpsOfTarget"><paramref name="DeliveredFps"/> / <see cref="SessionLog.TargetFps"/>; null when the session has no length.</param>
public sealed record LatencyKpis(
    IReadOnlyList<LatencyWindow> Windows,
    double? LatencyP50Ms,
    double? LatencyP95Ms,
    double? LatencyP99Ms,
    double? P95TrendMsPerWindow,
    double? FirstWindowP95Ms,
    double? LastFullWindowP95Ms,
    double? LastToFirstP95Ratio,
    double? JitterMs,
    long DroppedFrames,
    double? DeliveredFps,
    double? DeliveredFpsOfTarget)
{
    /// <summary>Writes the figures as latency_p50_ms, latency_p95_ms, latency_p99_ms, latency_p95_trend_ms_per_window, latency_first_window_p95_ms, latency_last_full_window_p95_ms, latency_last_to_first_p95_ratio, jitter_ms, dropped_frames, fps and fps_of_target.</summary>
    internal void WriteTo(KpiValueWriter values)
    {
        values.Add("latency_p50_ms", LatencyP50Ms);
        values.Add("latency_p95_ms", LatencyP95Ms);
        values.Add("latency_p99_ms", LatencyP99Ms);
        values.Add("latency_p95_trend_ms_per_window", P95TrendMsPerWindow);
        values.Add("latency_first_window_p95_ms", FirstWindowP95Ms);
        values.Add("latency_last_full_window_p95_ms", LastFullWindowP95Ms);
        values.Add("latency_last_to_first_p95_ratio", LastToFirstP95Ratio);
        values.Add("jitter_ms", JitterMs);
        values.Add("dropped_frames", DroppedFrames);
        values.Add("fps", DeliveredFps);
        values.Add("fps_of_target", DeliveredFpsOfTarget);
    }
}
