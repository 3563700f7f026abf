namespace Research.Workbench.Live;

/// <summary>One input-to-canvas time as the browser reports it (JSON <c>{"seq": 12, "ms": 41.7}</c>).</summary>
/// <param name="Seq">The sequence number the server gave the key press's input.</param>
/// <param name="Ms">Key press to the first frame carrying that input drawn, on the browser's clock.</param>
public sealed record BrowserLatencyReading(long Seq, double Ms);
