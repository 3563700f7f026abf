namespace Research.Engine.RunViews;

/// <summary>How <see cref="RunCharts"/> draws a run.</summary>
/// <remarks>Defaults: smoothing weight 0.6, at most <see cref="Smoothing.DefaultMaxPoints"/> points a line, 1 s latency windows, markers on.</remarks>
public sealed record RunChartOptions
{
    /// <summary>EMA weight in [0, 1) for per-frame curves; 0 draws the raw values.</summary>
    public double SmoothingWeight { get; init; } = 0.6;

    /// <summary>The most points (buckets) a per-frame line has; each keeps its raw min/max as a band.</summary>
    public int MaxPoints { get; init; } = Smoothing.DefaultMaxPoints;

    /// <summary>The latency percentile window, in milliseconds.</summary>
    public double LatencyWindowMs { get; init; } = WindowedPercentiles.DefaultWindowMs;

    /// <summary>Whether inputs and soft resets are drawn as markers.</summary>
    public bool Markers { get; init; } = true;
}
