namespace Research.Engine.LaunchReport;

/// <summary>Which side of its threshold a figure must be on to pass.</summary>
public enum FigureDirection
{
    /// <summary>The figure passes when it is at most the threshold (times, errors, ratios of jumps).</summary>
    AtMost,

    /// <summary>The figure passes when it is at least the threshold (retention, fps, coverage, counts).</summary>
    AtLeast,
}
