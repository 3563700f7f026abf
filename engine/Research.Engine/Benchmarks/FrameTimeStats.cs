namespace Research.Engine.Benchmarks;

/// <summary>Distribution of per-frame wall-clock times, in milliseconds.</summary>
/// <param name="P50Ms">Median.</param>
/// <param name="P95Ms">95th percentile.</param>
/// <param name="P99Ms">99th percentile.</param>
/// <param name="MeanMs">Mean.</param>
/// <param name="MaxMs">Slowest frame.</param>
public sealed record FrameTimeStats(double P50Ms, double P95Ms, double P99Ms, double MeanMs, double MaxMs)
{
    /// <summary>Frames per second at the mean frame time (sustained throughput).</summary>
    public double FramesPerSecond => MeanMs > 0 ? 1000 / MeanMs : 0;

    /// <summary>Summarises <paramref name="milliseconds"/> (percentiles interpolate linearly between ranks).</summary>
    /// <exception cref="ArgumentException">No samples.</exception>
    public static FrameTimeStats From(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            throw new ArgumentException("Frame time statistics need at least one sample.", nameof(milliseconds));
        }
        var sorted = milliseconds.Order().ToArray();
        return new FrameTimeStats(Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted.Average(), sorted[^1]);
    }

    /// <summary>The <paramref name="percent"/> percentile of ascending <paramref name="sorted"/>.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = Math.Clamp(percent, 0, 100) / 100 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
