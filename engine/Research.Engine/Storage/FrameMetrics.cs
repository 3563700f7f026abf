namespace Research.Engine.Storage;

/// <summary>The metrics of one frame of a run: one point of the run's time series (collection <c>frames</c>).</summary>
public sealed record FrameMetrics
{
    /// <summary>The run the frame belongs to.</summary>
    public string RunId { get; init; } = "";

    /// <summary>The frame index, from 0.</summary>
    public int Frame { get; init; }

    /// <summary>Time since the run started, in milliseconds.</summary>
    public double TimeMs { get; init; }

    /// <summary>Metric values by name, for example "fps" or "latency_ms". Names compare case-insensitively in the file.</summary>
    public IReadOnlyDictionary<string, double> Values { get; init; } = new Dictionary<string, double>();
}
