using Bunit;
using Research.Engine.Reports;
using Research.Workbench.Components.Charts;

namespace Research.Workbench.Tests.Charts;

public sealed class PlotlyChartTests : BunitContext
{
    [Fact]
    public void Render_NewChart_PlotsFigureJsonOnceUntilItChanges()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        var first = Line("latency", 1);
        var chart = Render<PlotlyChart>(p => p.Add(c => c.Chart, first).Add(c => c.Id, "latency-chart"));

        chart.Render(p => p.Add(c => c.Chart, first with { }));
        chart.Render(p => p.Add(c => c.Chart, Line("latency", 2)));

        var plots = JSInterop.Invocations["workbenchCharts.plot"];
        Assert.Equal(2, plots.Count);
        Assert.Equal(PlotlyFigures.ToFigureJson(Line("latency", 2)), plots[1].Arguments[1]);
        Assert.Equal("latency-chart", chart.Find("div.plotly-chart").Id);
    }

    private static LineChart Line(string title, double y) =>
        new(title, "frame", "ms", [new ChartSeries("p95", [0, 1], [y, y])]);
}
