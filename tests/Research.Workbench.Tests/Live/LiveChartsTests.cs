using Research.Engine.Sessions;
using Research.Workbench.Live;

namespace Research.Workbench.Tests.Live;

public sealed class LiveChartsTests
{
    [Fact]
    public void Latency_FortySecondsOfFrames_ShowsOnlyTheLastThirtyThinned()
    {
        var charts = new LiveCharts();
        for (var frame = 1; frame <= 1_200; frame++)
        {
            charts.Add(Frame(frame, timeMs: frame * 1000.0 / 30));
        }
        charts.AddBrowser(5, 40);
        charts.AddBrowser(39, 55);

        var latency = charts.Latency();

        var frames = latency.Series[0];
        Assert.InRange(frames.X.Count, 100, 200);
        Assert.True(frames.X[0] >= 40 - LiveCharts.Window.TotalSeconds);
        Assert.Equal([39.0], latency.Series[1].X);
        Assert.Equal([55.0], latency.Series[1].Y);
    }

    [Fact]
    public void Latency_BrowserFeedFallsQuiet_OldSamplesDropAndXRangeIsLastThirtySeconds()
    {
        var charts = new LiveCharts();
        charts.AddBrowser(5, 40);
        for (var frame = 1; frame <= 85 * 30; frame++)
        {
            charts.Add(Frame(frame, timeMs: frame * 1000.0 / 30));
        }

        var latency = charts.Latency();

        Assert.Empty(latency.Series[1].X); // The sample at 5 s is long out of the window.
        Assert.Equal(new Research.Engine.Reports.AxisRange(55, 85), latency.XRange);
        Assert.Equal(latency.XRange, charts.Drift().XRange);
        Assert.All(latency.Series.SelectMany(s => s.X), x => Assert.InRange(x, 55, 85));
    }

    [Fact]
    public void ShadowError_AgentNotFound_LeavesAGap()
    {
        var charts = new LiveCharts();
        charts.Add(Frame(1, 33, agentError: null));

        var chart = charts.ShadowError();

        Assert.True(double.IsNaN(chart.Series[1].Y[0]));
        Assert.Equal(20, chart.Series[0].Y[0]);
    }

    private static SessionFrame Frame(long frame, double timeMs, float? agentError = 2) =>
        new(frame, timeMs, 12, "fast", [], 64, [], 64, 20, 0.8, agentError, 0.1, [], false, frame, "meadow", null);
}
