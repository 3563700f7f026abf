using Research.Engine.Reports;
using Research.Engine.RunViews;
using Research.Engine.Storage;

namespace Research.Engine.Tests.RunViews;

public sealed class RunChartsTests
{
    [Fact]
    public void Metric_RunWithInputs_SmoothedLineWithBandAndMarkersAtAppliedFrames()
    {
        var run = Run(frames: 10);

        var chart = RunCharts.Metric(run, "psnr", "PSNR", "dB", new RunChartOptions { SmoothingWeight = 0 });

        var series = Assert.Single(chart.Series);
        Assert.True(series.HasBand);
        Assert.Equal(run.Values("psnr"), series.Y);
        Assert.Equal("frame", chart.XTitle);
        // The rating and the rejected input are left out.
        Assert.Equal(
            [new ChartMarker(2, RunCharts.InputsGroup, "Action left @ 2"), new ChartMarker(6, RunCharts.SoftResetsGroup, "SoftReset @ 6")],
            chart.MarkerList);
    }

    [Fact]
    public void Metric_MissingMetric_NoSeries()
    {
        var chart = RunCharts.Metric(Run(frames: 3), "agent_error", "Agent error", "px", new RunChartOptions { Markers = false });

        Assert.Empty(chart.Series);
        Assert.Empty(chart.MarkerList);
    }

    [Fact]
    public void Latency_TwoSecondsOfFrames_PercentileLinesPerWindowAndMarkersAtTheirTimes()
    {
        var run = Run(frames: 20); // 100 ms a frame: two 1 s windows.

        var chart = RunCharts.Latency(run);

        Assert.Equal(["p50", "p95", "p99"], chart.Series.Select(s => s.Name));
        Assert.Equal([0.5, 1.5], chart.Series[0].X);
        Assert.Equal([0.2, 0.6], chart.MarkerList.Select(m => m.X));
    }

    [Fact]
    public void Overlay_TwoRuns_OneLinePerRunNamedByCaller()
    {
        var runs = new[] { Run(frames: 5, id: "a"), Run(frames: 5, id: "b") };

        var chart = RunCharts.Overlay(runs, "psnr", "PSNR", "dB", r => r.Run.Id);

        Assert.Equal(["a", "b"], chart.Series.Select(s => s.Name));
        Assert.All(chart.Series, s => Assert.False(s.HasBand));
        Assert.Equal(["a p95", "b p95"], RunCharts.LatencyOverlay(runs, r => r.Run.Id).Series.Select(s => s.Name));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 500)]
    [InlineData(100, 900)]
    public void TimeOfFrame_Frame_TimeOfLastFrameAtOrBefore(int frame, double expected)
    {
        Assert.Equal(expected, Run(frames: 10).TimeOfFrame(frame));
    }

    private static RunSeries Run(int frames, string id = "run-a")
    {
        var metrics = Enumerable.Range(0, frames).Select(f => new FrameMetrics
        {
            RunId = id,
            Frame = f,
            TimeMs = f * 100,
            Values = new Dictionary<string, double> { ["psnr"] = 20 + f % 3, ["latency_ms"] = 10 + f },
        }).ToList();
        InputTraceEvent[] inputs =
        [
            new() { RunId = id, Seq = 0, Kind = "Action", Payload = "left", AppliedFrame = 2 },
            new() { RunId = id, Seq = 1, Kind = "Rate", Payload = "4", AppliedFrame = 3 },
            new() { RunId = id, Seq = 2, Kind = "Prompt", Payload = "", Error = "too long" },
            new() { RunId = id, Seq = 3, Kind = "SoftReset", Payload = "", AppliedFrame = 6 },
        ];
        return new RunSeries(new RunDocument { Id = id, LastFrame = frames - 1 }, metrics, inputs, null, [0]);
    }
}
