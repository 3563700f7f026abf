using Research.Engine.Kpis;

namespace Research.Engine.Benchmarks;

/// <summary>Frame latency over one minute of a session.</summary>
/// <param name="Minute">The minute, from 1: frames delivered in [(Minute - 1) x 60 s, Minute x 60 s).</param>
/// <param name="Frames">Frames delivered in it.</param>
/// <param name="P50Ms">Median latency, in ms.</param>
/// <param name="P95Ms">95th percentile of latency, in ms.</param>
public sealed record MinuteLatency(int Minute, int Frames, double P50Ms, double P95Ms)
{
    /// <summary>Latency per whole minute of <paramref name="frames"/> (by <see cref="FrameSample.TimeMs"/>); a last minute that is not whole is left out.</summary>
    /// <param name="frames">The session's frames.</param>
    /// <param name="endMs">When the session ended, in ms since it started.</param>
    public static IReadOnlyList<MinuteLatency> Of(IReadOnlyList<FrameSample> frames, double endMs)
    {
        const double minuteMs = 60_000;
        var whole = (int)Math.Floor(endMs / minuteMs);
        return [.. frames
            .GroupBy(f => (int)Math.Floor(f.TimeMs / minuteMs))
            .Where(g => g.Key < whole)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                double[] sorted = [.. g.Select(f => f.LatencyMs).Order()];
                return new MinuteLatency(g.Key + 1, sorted.Length, FrameTimeStats.Percentile(sorted, 50), FrameTimeStats.Percentile(sorted, 95));
            })];
    }
}
