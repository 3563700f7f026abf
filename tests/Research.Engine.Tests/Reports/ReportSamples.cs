using Research.Engine.Reports;

namespace Research.Engine.Tests.Reports;

/// <summary>Small reports shared by the report tests.</summary>
internal static class ReportSamples
{
    public static LineChart Loss(string seriesName = "train") => new(
        "Loss by step", "step", "loss",
        [
            new ChartSeries(seriesName, [1, 10, 100, 1000], [2.0, 1.2, 0.8, 0.6], Lower: [1.8, 1.0, 0.7, 0.5], Upper: [2.2, 1.4, 0.9, 0.7]),
            new ChartSeries("validation", [1, 10, 100, 1000], [2.1, 1.3, 0.9, 0.75]),
        ],
        LogX: true);

    public static LineChart FrameTimes() => new(
        "Frame time by resolution", "pixels per side", "ms/frame",
        [new ChartSeries("p50", [32, 64, 128], [3.1, 11.0, 42.0], Lower: [2.9, 10.2, 40.1], Upper: [3.6, 12.9, 47.5])]);

    public static ScatterChart CostQuality() => new(
        "Cost against quality", "ms/frame", "PSNR (dB)",
        [
            new ScatterSeries("model A", [new("fast", 5, 21), new("balanced", 11, 25), new("quality", 24, 28)]),
            new ScatterSeries("model B", [new("fast", 7, 20), new("quality", 15, 26.5)]),
        ],
        Front: ParetoGoal.LowerXHigherY);

    public static ReportTable Modes() => new(
        "Quality modes", ["mode", "ms/frame", "PSNR (dB)"],
        [["fast", "5.0", "21.0"], ["balanced", "11.0", "25.0"], ["quality", "24.0", "28.0"]]);

    /// <summary>Three charts over two sections, and a table.</summary>
    public static Report ThreeCharts() => new(
        "Rollout benchmark",
        [
            new ReportSection("Training") { Text = "Loss fell steadily.\n\nBands are min/max over three seeds.", Charts = [Loss()] },
            new ReportSection("Cost") { Charts = [FrameTimes(), CostQuality()], Tables = [Modes()] },
        ]);
}
