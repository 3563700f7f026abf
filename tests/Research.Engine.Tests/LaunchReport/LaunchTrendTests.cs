using Research.Engine.LaunchReport;
using Research.Engine.Reports;

namespace Research.Engine.Tests.LaunchReport;

public sealed class LaunchTrendTests : IDisposable
{
    private readonly LaunchRuns _runs = new();

    [Fact]
    public void Build_RunsOnOneDay_OnePointPerRunWithThresholdLine()
    {
        _runs.Add(With(100));
        _runs.Add(With(200));
        _runs.Add(With(300));

        var trend = Trend();

        Assert.NotNull(trend);
        Assert.Equal("session (oldest first; forks with their parent)", trend.XTitle);
        Assert.Equal([1.0, 2, 3], trend.Series[0].X);
        Assert.Equal([100.0, 200, 300], trend.Series[0].Y);
        Assert.Equal([1000.0, 1000], trend.Series[1].Y);
        Assert.StartsWith("threshold (≤ 1000 ms)", trend.Series[1].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OneRun_MarkedPointSoASinglePointShows()
    {
        _runs.Add(With(100));

        var trend = Trend();

        Assert.NotNull(trend);
        Assert.True(trend.PointMarkers);
        Assert.Equal([0.5, 1.5], trend.Series[1].X);
        Assert.Contains("\"mode\":\"lines+markers\"", PlotlyFigures.ToFigureJson(trend), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RunsOnTwoDays_MedianPerDay()
    {
        _runs.Add(With(100));
        _runs.Add(With(300));
        _runs.Add(With(500), after: TimeSpan.FromDays(2));

        var trend = Trend();

        Assert.NotNull(trend);
        Assert.Equal("days since 2026-11-25 (UTC)", trend.XTitle);
        Assert.Equal([0.0, 2], trend.Series[0].X);
        Assert.Equal([200.0, 500], trend.Series[0].Y);
    }

    [Fact]
    public void Build_RunCount_Cumulative()
    {
        _runs.Add(With(100));
        _runs.Add(With(100));
        var criterion = LaunchItems.Create(new LaunchThresholds()).Single(i => i.Id == "scale").Criteria[1];

        var trend = LaunchTrend.Build(criterion, LaunchChecklistBuilder.LoadRuns(_runs.Store, new LaunchFilter()));

        Assert.NotNull(trend);
        Assert.Equal([1.0, 2], trend.Series[0].Y);
    }

    [Fact]
    public void Build_NothingMeasured_Null()
    {
        var values = LaunchRuns.Healthy();
        values.Remove("first_response_p95_ms");
        _runs.Add(values);

        Assert.Null(Trend());
    }

    public void Dispose() => _runs.Dispose();

    private LineChart? Trend() => LaunchTrend.Build(
        LaunchItems.Create(new LaunchThresholds())[0].Criteria[0], LaunchChecklistBuilder.LoadRuns(_runs.Store, new LaunchFilter()));

    private static Dictionary<string, double> With(double firstResponseP95)
    {
        var values = LaunchRuns.Healthy();
        values["first_response_p95_ms"] = firstResponseP95;
        return values;
    }
}
