namespace Research.Engine.Kpis;

/// <summary>How long users kept a world going before resetting it.</summary>
/// <remarks>
/// The hard resets cut the session, from its start to <see cref="SessionLog.EndMs"/>, into segments: start to the first
/// reset, each reset to the next, the last reset to the end. A session without resets is one segment.
/// </remarks>
/// <param name="HardResets">Hard resets in the session.</param>
/// <param name="MeanSegmentSeconds">Mean segment length, in seconds.</param>
/// <param name="MaxSegmentSeconds">Longest segment, in seconds.</param>
public sealed record DepthKpis(int HardResets, double MeanSegmentSeconds, double MaxSegmentSeconds)
{
    /// <summary>Writes the figures as hard_resets, segment_mean_s and segment_max_s.</summary>
    internal void WriteTo(KpiValueWriter values)
    {
        values.Add("hard_resets", HardResets);
        values.Add("segment_mean_s", MeanSegmentSeconds);
        values.Add("segment_max_s", MaxSegmentSeconds);
    }
}
