namespace Research.Engine.Kpis;

/// <summary>Frame latency over one window of the session (see <see cref="KpiOptions.WindowMs"/>).</summary>
/// <param name="Index">The window's place in time: it covers [Index x WindowMs, (Index + 1) x WindowMs) of <see cref="FrameSample.TimeMs"/>.</param>
/// <param name="StartMs">When the window starts, in milliseconds since the session started.</param>
/// <param name="Frames">Frames delivered in the window (at least 1: windows without frames are left out).</param>
/// <param name="P50">Median frame latency, in ms.</param>
/// <param name="P95">95th percentile of frame latency, in ms.</param>
/// <param name="P99">99th percentile of frame latency, in ms.</param>
/// <param name="Fps">Frames delivered per second of the window; the last window counts only the time up to the session's end (NaN only when that leaves it no length, in a session of length 0).</param>
public sealed record LatencyWindow(int Index, double StartMs, int Frames, double P50, double P95, double P99, double Fps);
