namespace Research.Engine.RunViews;

/// <summary>The percentiles of one time window of a series (see <see cref="WindowedPercentiles"/>).</summary>
/// <param name="StartMs">Where the window starts, in milliseconds since the run started (inclusive).</param>
/// <param name="EndMs">Where the window ends (exclusive).</param>
/// <param name="Count">How many values fell in the window (at least 1: empty windows are left out).</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="P99">99th percentile.</param>
public sealed record PercentileWindow(double StartMs, double EndMs, int Count, double P50, double P95, double P99)
{
    /// <summary>The middle of the window, in milliseconds: where a chart puts its point.</summary>
    public double MidMs => (StartMs + EndMs) / 2;
}
