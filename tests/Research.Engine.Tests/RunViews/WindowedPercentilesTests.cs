using Research.Engine.Benchmarks;
using Research.Engine.RunViews;

namespace Research.Engine.Tests.RunViews;

public sealed class WindowedPercentilesTests
{
    [Fact]
    public void Compute_TwoWindows_PercentilesOfEachWithTheOnePercentile()
    {
        double[] time = [0, 100, 200, 300, 1000, 1500];
        double[] latency = [10, 40, 20, 30, 50, 60];

        var windows = WindowedPercentiles.Compute(time, latency, windowMs: 1000);

        Assert.Equal(2, windows.Count);
        var first = windows[0];
        Assert.Equal((0.0, 1000.0, 4), (first.StartMs, first.EndMs, first.Count));
        double[] sorted = [10, 20, 30, 40];
        Assert.Equal(FrameTimeStats.Percentile(sorted, 50), first.P50);
        Assert.Equal(FrameTimeStats.Percentile(sorted, 95), first.P95);
        Assert.Equal(FrameTimeStats.Percentile(sorted, 99), first.P99);
        Assert.Equal(25, first.P50);
        Assert.Equal((1000.0, 2, 1500.0), (windows[1].StartMs, windows[1].Count, windows[1].MidMs));
    }

    [Fact]
    public void Compute_GapAndNaN_EmptyWindowsAndNaNLeftOut()
    {
        var windows = WindowedPercentiles.Compute([0, 2500, 2600], [5, double.NaN, 7], windowMs: 1000);

        Assert.Equal([0.0, 2000], windows.Select(w => w.StartMs));
        Assert.Equal(7, windows[1].P99);
    }

    [Fact]
    public void Compute_ZeroWindow_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WindowedPercentiles.Compute([0], [1], 0));
    }

    [Fact]
    public void Compute_MismatchedLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => WindowedPercentiles.Compute([0, 1], [1]));
    }
}
