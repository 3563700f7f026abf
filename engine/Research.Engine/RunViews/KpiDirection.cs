namespace Research.Engine.RunViews;

/// <summary>Which way a KPI improves, so a comparison can mark the best run.</summary>
public enum KpiDirection
{
    /// <summary>Neither way is better (a count of what happened, a frame number).</summary>
    None,

    /// <summary>Higher is better (PSNR, SSIM, fps, ratings).</summary>
    Higher,

    /// <summary>Lower is better (latency, errors, drops, recovery time).</summary>
    Lower,
}
