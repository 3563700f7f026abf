using Research.Engine.Reports;
using Research.Engine.Sessions;

namespace Research.Workbench.Live;

/// <summary>
/// The Live page's rolling charts: latency and drift of the last <see cref="Window"/> of frames, and the browser's
/// input-to-canvas times, as the engine's chart model (drawn by PlotlyChart). Charts are rebuilt on demand, a few times
/// per second, never per frame.
/// </summary>
public sealed class LiveCharts
{
    /// <summary>How much history the charts show: 30 seconds.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    // Enough for a smooth 30 s line (one point per 150 ms at 30 fps) while keeping plotly.js's redraws cheap.
    private const int MaxPoints = 200;
    private readonly Queue<Point> _frames = new();
    private readonly Queue<(double Seconds, double Ms)> _browser = new();
    // The latest session time either feed has reached. Both queues trim against it: a feed that falls quiet (no keys
    // pressed, so no browser samples) must not keep its old points and stretch the x axis past the window.
    private double _now = double.NegativeInfinity;

    /// <summary>Adds a delivered frame.</summary>
    public void Add(SessionFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        _frames.Enqueue(new Point(frame.TimeMs / 1000, frame.LatencyMs, frame.DriftEstimate, frame.Psnr, frame.AgentError ?? double.NaN));
        Advance(frame.TimeMs / 1000);
    }

    /// <summary>Adds a browser-measured input-to-canvas time, reported at <paramref name="seconds"/> of the session.</summary>
    public void AddBrowser(double seconds, double ms)
    {
        _browser.Enqueue((seconds, ms));
        Advance(seconds);
    }

    /// <summary>The x range every chart shows: the last <see cref="Window"/> of session time, up to the latest point.</summary>
    public AxisRange XRange => double.IsFinite(_now)
        ? new AxisRange(Math.Max(0, _now - Window.TotalSeconds), Math.Max(_now, Window.TotalSeconds))
        : new AxisRange(0, Window.TotalSeconds);

    /// <summary>Frame latency (deadline to delivery) and the browser's key-to-canvas times, in ms.</summary>
    public LineChart Latency()
    {
        var points = Thin();
        return new LineChart("Latency (last 30 s)", "session time (s)", "ms",
        [
            new ChartSeries("frame latency", [.. points.Select(p => p.Seconds)], [.. points.Select(p => p.LatencyMs)]),
            new ChartSeries("key to canvas (browser)", [.. _browser.Select(p => p.Seconds)], [.. _browser.Select(p => p.Ms)]),
        ], XRange: XRange);
    }

    /// <summary>PSNR against the shadow (dB) and the agent's position error (px).</summary>
    public LineChart ShadowError()
    {
        var points = Thin();
        return new LineChart("Error against the shadow (last 30 s)", "session time (s)", "dB / px",
        [
            new ChartSeries("PSNR (dB)", [.. points.Select(p => p.Seconds)], [.. points.Select(p => p.Psnr)]),
            new ChartSeries("agent error (px)", [.. points.Select(p => p.Seconds)], [.. points.Select(p => p.AgentError)]),
        ], XRange: XRange);
    }

    /// <summary>The ground-truth-free drift estimate.</summary>
    public LineChart Drift()
    {
        var points = Thin();
        return new LineChart("Drift estimate (last 30 s)", "session time (s)", "estimate",
            [new ChartSeries("drift estimate", [.. points.Select(p => p.Seconds)], [.. points.Select(p => p.Drift)])], XRange: XRange);
    }

    private void Advance(double seconds)
    {
        _now = Math.Max(_now, seconds);
        Trim(_frames, p => p.Seconds, _now);
        Trim(_browser, p => p.Seconds, _now);
    }

    private List<Point> Thin()
    {
        var stride = Math.Max(1, (_frames.Count + MaxPoints - 1) / MaxPoints);
        return [.. _frames.Where((_, i) => i % stride == 0)];
    }

    private static void Trim<T>(Queue<T> queue, Func<T, double> seconds, double now)
    {
        while (queue.Count > 0 && seconds(queue.Peek()) < now - Window.TotalSeconds)
        {
            queue.Dequeue();
        }
    }

    private sealed record Point(double Seconds, double LatencyMs, double Drift, double Psnr, double AgentError);
}
