namespace Research.Engine.Storage;

/// <summary>
/// One input-to-canvas time measured by a browser showing a live run (collection <c>browser_latency</c>): from the key
/// press (the browser's clock) to the first frame carrying that input being drawn on its canvas.
/// </summary>
public sealed record BrowserLatencySample
{
    /// <summary>The run the sample belongs to.</summary>
    public string RunId { get; init; } = "";

    /// <summary>The sequence number of the input the key press became (the run's <see cref="InputTraceEvent.Seq"/>).</summary>
    public long Seq { get; init; }

    /// <summary>Key press to canvas drawn, in milliseconds, as the browser measured it.</summary>
    public double KeyToCanvasMs { get; init; }

    /// <summary>When the server received the sample, in milliseconds since the run started.</summary>
    public double ReportedAtMs { get; init; }
}
