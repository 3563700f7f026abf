using Research.Engine.Benchmarks;

namespace Research.Workbench.Bench;

/// <summary>Everything the workbench benchmark measured.</summary>
internal sealed record WorkbenchBenchResult(
    MachineInfo Machine,
    WorkbenchBenchOptions Options,
    PageLoad ColdLoad,
    IReadOnlyList<PageLoad> WarmLoads,
    TabFigures Single,
    IReadOnlyList<TabFigures> TwoTabs,
    double? LoadBefore,
    double? LoadAfter);

/// <summary>One timed page load, on the page's clock from navigation start.</summary>
internal sealed record PageLoad(double FirstFrameMs, double InteractiveMs);

/// <summary>What one tab measured while a script steered it.</summary>
/// <param name="Latencies">Key-to-canvas times, ms.</param>
/// <param name="DrawnFps">Frames drawn on its canvas per second.</param>
/// <param name="GeneratedFps">Frames its session generated per second (server side).</param>
/// <param name="ServerLatencyP95Ms">95th percentile of the session's frame latency (deadline to delivery).</param>
/// <param name="Stored">Key-to-canvas readings stored with the run.</param>
/// <param name="ChartRedrawsPerSecond">Live chart redraws per second.</param>
/// <param name="ChartMsPerSecond">Main-thread milliseconds per second the chart redraws took.</param>
internal sealed record TabFigures(
    IReadOnlyList<double> Latencies, double DrawnFps, double GeneratedFps, double ServerLatencyP95Ms, int Stored,
    double ChartRedrawsPerSecond, double ChartMsPerSecond)
{
    public FrameTimeStats? Stats => Latencies.Count == 0 ? null : FrameTimeStats.From([.. Latencies]);
}
