using Research.Engine.Reports;
using Research.Engine.RunViews;

namespace Research.Workbench.Components.RunViews;

/// <summary>The overlaid charts of the Compare page.</summary>
/// <param name="Psnr">PSNR against frame, one line per run.</param>
/// <param name="AgentError">Agent position error against frame, one line per run.</param>
/// <param name="Latency">Frame latency p95 per window over time, one line per run.</param>
internal sealed record CompareCharts(LineChart Psnr, LineChart AgentError, LineChart Latency)
{
    /// <summary>No runs.</summary>
    public static readonly CompareCharts Empty = new(
        new LineChart("PSNR", "frame", "dB", []), new LineChart("Agent error", "frame", "px", []), new LineChart("Frame latency", "time (s)", "ms", []));

    /// <summary>The charts of <paramref name="runs"/>, each line named by the run's label (same order).</summary>
    public static CompareCharts Build(IReadOnlyList<RunSeries> runs, IReadOnlyList<string> labels)
    {
        var names = runs.Select((r, i) => (r, labels[i])).ToDictionary(p => p.r, p => p.Item2);
        return new CompareCharts(
            RunCharts.Overlay(runs, "psnr", "PSNR against frame", "PSNR (dB)", r => names[r]),
            RunCharts.Overlay(runs, "agent_error", "Agent position error against frame", "error (px)", r => names[r]),
            RunCharts.LatencyOverlay(runs, r => names[r]));
    }
}
