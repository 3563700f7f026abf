using Research.Engine.Kpis;
using static Research.Engine.Tests.Kpis.KpiLogs;

namespace Research.Engine.Tests.Kpis;

public sealed class KpiCalculatorLatencyTests
{
    // Windows of 1 s over a 2.5 s session:
    //   window 0 (0-1000 ms):    latencies 10, 20, 30, 40 -> p50 rank 1.5 = 25, p95 rank 2.85 = 38.5, p99 rank 2.97 = 39.7, 4 fps
    //   window 1 (1000-2000 ms): latencies 50, 70         -> p50 60, p95 rank 0.95 = 69, p99 69.8, 2 fps
    //   window 2 (2000-2500 ms): latency 100, partial     -> 100 everywhere, 1 frame in 0.5 s = 2 fps
    private static readonly FrameSample[] Frames =
    [
        Frame(1, timeMs: 100, latencyMs: 10),
        Frame(2, timeMs: 400, latencyMs: 20),
        Frame(3, timeMs: 700, latencyMs: 30),
        Frame(4, timeMs: 900, latencyMs: 40),
        Frame(5, timeMs: 1200, latencyMs: 50),
        Frame(6, timeMs: 1600, latencyMs: 70),
        Frame(7, timeMs: 2100, latencyMs: 100),
    ];

    private static readonly KpiOptions Options = new() { WindowMs = 1000 };

    [Fact]
    public void Compute_ThreeWindows_PerWindowPercentilesAndFps()
    {
        var log = Log(Frames, endMs: 2500);

        var windows = KpiCalculator.Compute(log, Options).Latency.Windows;

        Assert.Equal(
            [new LatencyWindow(0, 0, 4, 25, 38.5, 39.7, 4), new LatencyWindow(1, 1000, 2, 60, 69, 69.8, 2), new LatencyWindow(2, 2000, 1, 100, 100, 100, 2)],
            windows.Select(w => w with { P95 = Math.Round(w.P95, 9), P99 = Math.Round(w.P99, 9) }));
    }

    [Fact]
    public void Compute_ThreeWindows_OverallTrendAndRatioFromFullWindows()
    {
        // Overall latencies 10, 20, 30, 40, 50, 70, 100 (ranks 0..6): p50 rank 3 = 40, p95 rank 5.7 = 70 + 0.7 x 30 = 91,
        // p99 rank 5.94 = 70 + 0.94 x 30 = 98.2. Full windows are 0 and 1 (window 2 ends at 3000 > 2500): the trend is the
        // slope through (0, 38.5) and (1, 69) = 30.5 ms per window, the ratio 69 / 38.5.
        var log = Log(Frames, endMs: 2500);

        var latency = KpiCalculator.Compute(log, Options).Latency;

        Assert.Equal(40, latency.LatencyP50Ms!.Value, 9);
        Assert.Equal(91, latency.LatencyP95Ms!.Value, 9);
        Assert.Equal(98.2, latency.LatencyP99Ms!.Value, 9);
        Assert.Equal(30.5, latency.P95TrendMsPerWindow!.Value, 9);
        Assert.Equal(38.5, latency.FirstWindowP95Ms!.Value, 9);
        Assert.Equal(69, latency.LastFullWindowP95Ms!.Value, 9);
        Assert.Equal(69 / 38.5, latency.LastToFirstP95Ratio!.Value, 9);
    }

    [Fact]
    public void Compute_ThreeWindows_JitterFpsAndDroppedFrames()
    {
        // Intervals 300, 300, 200, 300, 400, 500: mean 2000 / 6; in units of 100/3 the deviations are -1, -1, -4, -1, 2, 5,
        // squares sum to 48, so the population variance is 8 x (100/3)² and the deviation 100 x sqrt(8) / 3 = 94.28 ms.
        // 7 frames in 2.5 s = 2.8 fps, 2.8 / 30 of the target.
        var log = Log(Frames, endMs: 2500, droppedFrames: 3, targetFps: 30);

        var latency = KpiCalculator.Compute(log, Options).Latency;

        Assert.Equal(100 * Math.Sqrt(8) / 3, latency.JitterMs!.Value, 9);
        Assert.Equal(2.8, latency.DeliveredFps!.Value, 9);
        Assert.Equal(2.8 / 30, latency.DeliveredFpsOfTarget!.Value, 9);
        Assert.Equal(3, latency.DroppedFrames);
    }

    [Fact]
    public void Compute_EmptyWindowAndFrameAtEnd_EmptyWindowLeftOutEndFrameInLastWindow()
    {
        // Window 1 has no frame; the frame at exactly EndMs = 3000 belongs to window 2, which then holds latencies 30 and 50
        // (p95 at rank 0.95 = 49) over 1 s. Both windows are full: slope through (0, 10) and (2, 49) = 19.5 ms per window.
        FrameSample[] frames = [Frame(1, timeMs: 500, latencyMs: 10), Frame(2, timeMs: 2500, latencyMs: 30), Frame(3, timeMs: 3000, latencyMs: 50)];
        var log = Log(frames, endMs: 3000);

        var latency = KpiCalculator.Compute(log, Options).Latency;

        Assert.Equal([0, 2], latency.Windows.Select(w => w.Index));
        Assert.Equal(2, latency.Windows[1].Frames);
        Assert.Equal(2, latency.Windows[1].Fps, 9);
        Assert.Equal(19.5, latency.P95TrendMsPerWindow!.Value, 9);
    }

    [Fact]
    public void Compute_SessionShorterThanOneWindow_NoFullWindowSoNoTrendOrRatio()
    {
        var log = Log([Frame(1, timeMs: 100, latencyMs: 12)], endMs: 500);

        var latency = KpiCalculator.Compute(log, Options).Latency;

        Assert.Equal(12, latency.FirstWindowP95Ms);
        Assert.Null(latency.LastFullWindowP95Ms);
        Assert.Null(latency.LastToFirstP95Ratio);
        Assert.Null(latency.P95TrendMsPerWindow);
        Assert.Null(latency.JitterMs);
    }
}
