using Research.Engine.Reports;
using Research.Engine.RunViews;

namespace Research.Workbench.Components.RunViews;

/// <summary>The four charts of the Run detail page.</summary>
/// <param name="Psnr">PSNR against frame.</param>
/// <param name="Ssim">SSIM against frame.</param>
/// <param name="AgentError">Agent position error against frame.</param>
/// <param name="Latency">Frame latency percentiles per window over time.</param>
internal sealed record RunDetailCharts(LineChart Psnr, LineChart Ssim, LineChart AgentError, LineChart Latency)
{
    /// <summary>No data yet.</summary>
    public static readonly RunDetailCharts Empty = new(
        new LineChart("PSNR", "frame", "dB", []), new LineChart("SSIM", "frame", "SSIM", []),
        new LineChart("Agent error", "frame", "px", []), new LineChart("Frame latency", "time (s)", "ms", []));

    /// <summary>The charts of <paramref name="run"/> drawn with <paramref name="options"/>.</summary>
    public static RunDetailCharts Build(RunSeries run, RunChartOptions options) => new(
        RunCharts.Metric(run, "psnr", "PSNR against frame", "PSNR (dB)", options),
        RunCharts.Metric(run, "ssim", "SSIM against frame", "SSIM", options),
        RunCharts.Metric(run, "agent_error", "Agent position error against frame", "error (px)", options),
        RunCharts.Latency(run, options));
}
