using Research.Engine.Reports;
using Research.Engine.Storage;

namespace Research.Engine.RunViews;

/// <summary>
/// The charts of stored runs in the one chart model (<see cref="LineChart"/>): per-frame metrics smoothed with a min/max
/// band, latency percentiles per time window, inputs and soft resets as markers, and several runs overlaid. The web
/// workbench, reports and notebooks all draw runs through here.
/// </summary>
public static class RunCharts
{
    /// <summary>The marker group of inputs (steering, prompts, presets, ...).</summary>
    public const string InputsGroup = "inputs";

    /// <summary>The marker group of soft resets (asked for or automatic).</summary>
    public const string SoftResetsGroup = "soft resets";

    /// <summary>Metric <paramref name="key"/> of one run against frame: the EMA line with the raw min/max band, and the run's markers.</summary>
    /// <param name="run">The run.</param>
    /// <param name="key">The frame metric, for example "psnr", "ssim" or "agent_error".</param>
    /// <param name="title">The chart title.</param>
    /// <param name="yTitle">The y axis title, with its unit.</param>
    /// <param name="options">Smoothing and markers; <see langword="null"/> for the defaults.</param>
    public static LineChart Metric(RunSeries run, string key, string title, string yTitle, RunChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        options ??= new RunChartOptions();
        var series = run.Has(key)
            ? [Smoothing.EmaBuckets(run.FrameNumbers(), run.Values(key), options.SmoothingWeight, options.MaxPoints).ToChartSeries(key)]
            : Array.Empty<ChartSeries>();
        return new LineChart(title, "frame", yTitle, series, Markers: options.Markers ? FrameMarkers(run) : null);
    }

    /// <summary>Frame latency of one run over time: p50, p95 and p99 per window, and the run's markers at their frames' times.</summary>
    public static LineChart Latency(RunSeries run, RunChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        options ??= new RunChartOptions();
        var windows = WindowedPercentiles.Compute(run.Frames.Select(f => f.TimeMs).ToArray(), run.Values("latency_ms"), options.LatencyWindowMs);
        var x = windows.Select(w => w.MidMs / 1000).ToArray();
        ChartSeries[] series = windows.Count == 0 ? [] :
        [
            new ChartSeries("p50", x, windows.Select(w => w.P50).ToArray()),
            new ChartSeries("p95", x, windows.Select(w => w.P95).ToArray()),
            new ChartSeries("p99", x, windows.Select(w => w.P99).ToArray()),
        ];
        var markers = options.Markers
            ? FrameMarkers(run).Select(m => m with { X = run.TimeOfFrame((int)m.X) / 1000 }).ToList()
            : null;
        return new LineChart(
            $"Frame latency per {options.LatencyWindowMs / 1000:0.##} s window", "time (s)", "latency (ms)", series, Markers: markers);
    }

    /// <summary>
    /// Metric <paramref name="key"/> of several runs against frame on one chart, one smoothed line per run (named by
    /// <paramref name="name"/>), without bands or markers so the lines stay readable.
    /// </summary>
    public static LineChart Overlay(IReadOnlyList<RunSeries> runs, string key, string title, string yTitle, Func<RunSeries, string> name, RunChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(name);
        options ??= new RunChartOptions();
        var series = runs
            .Where(r => r.Has(key))
            .Select(r =>
            {
                var smoothed = Smoothing.EmaBuckets(r.FrameNumbers(), r.Values(key), options.SmoothingWeight, options.MaxPoints);
                return new ChartSeries(name(r), smoothed.X, smoothed.Y);
            })
            .ToList();
        return new LineChart(title, "frame", yTitle, series);
    }

    /// <summary>Frame latency p95 per window of several runs over time on one chart, one line per run.</summary>
    public static LineChart LatencyOverlay(IReadOnlyList<RunSeries> runs, Func<RunSeries, string> name, RunChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(name);
        options ??= new RunChartOptions();
        var series = runs
            .Select(r => (Run: r, Windows: WindowedPercentiles.Compute(r.Frames.Select(f => f.TimeMs).ToArray(), r.Values("latency_ms"), options.LatencyWindowMs)))
            .Where(r => r.Windows.Count > 0)
            .Select(r => new ChartSeries(name(r.Run) + " p95", r.Windows.Select(w => w.MidMs / 1000).ToArray(), r.Windows.Select(w => w.P95).ToArray()))
            .ToList();
        return new LineChart($"Frame latency p95 per {options.LatencyWindowMs / 1000:0.##} s window", "time (s)", "latency (ms)", series);
    }

    /// <summary>
    /// The run's inputs and soft resets as markers at the frame that applied them: inputs that never took effect
    /// (rejected, superseded) and ratings (which say something about a frame, not to the world) are left out.
    /// </summary>
    public static IReadOnlyList<ChartMarker> FrameMarkers(RunSeries run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Inputs
            .Where(e => e.AppliedFrame is not null && !Is(e, "Rate"))
            .Select(e => new ChartMarker(
                e.AppliedFrame!.Value,
                Is(e, "SoftReset") ? SoftResetsGroup : InputsGroup,
                string.IsNullOrEmpty(e.Payload) ? $"{e.Kind} @ {e.AppliedFrame}" : $"{e.Kind} {e.Payload} @ {e.AppliedFrame}"))
            .ToList();
    }

    private static bool Is(InputTraceEvent e, string kind) => string.Equals(e.Kind, kind, StringComparison.OrdinalIgnoreCase);
}
