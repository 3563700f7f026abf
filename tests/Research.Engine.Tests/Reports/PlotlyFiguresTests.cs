using System.Text.Json;
using Research.Engine.Reports;

namespace Research.Engine.Tests.Reports;

public sealed class PlotlyFiguresTests
{
    [Fact]
    public void ToFigureJson_LineChartWithOneBand_OneTracePerSeriesPlusBandTrace()
    {
        var chart = ReportSamples.Loss();

        using var figure = JsonDocument.Parse(PlotlyFigures.ToFigureJson(chart));

        var data = figure.RootElement.GetProperty("data");
        Assert.Equal(chart.Series.Count + 1, data.GetArrayLength());
        Assert.Equal(["train band", "train", "validation"], data.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var band = data[0];
        Assert.Equal("toself", band.GetProperty("fill").GetString());
        Assert.False(band.GetProperty("showlegend").GetBoolean());
        // Upper edge forwards, lower edge backwards: a closed polygon.
        Assert.Equal([2.2, 1.4, 0.9, 0.7, 0.5, 0.7, 1.0, 1.8], band.GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("train", band.GetProperty("legendgroup").GetString());
    }

    [Fact]
    public void ToFigureJson_LineChart_CarriesTitlesAndLogAxis()
    {
        using var figure = JsonDocument.Parse(PlotlyFigures.ToFigureJson(ReportSamples.Loss()));

        var layout = figure.RootElement.GetProperty("layout");
        Assert.Equal("Loss by step", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("step", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("log", layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("loss", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        // No Plotly.NET template: figures stay small and plotly.js's plain defaults apply.
        Assert.False(layout.TryGetProperty("template", out _));
    }

    [Fact]
    public void ToFigureJson_ScatterWithFront_FrontTraceThenOneTracePerSeriesWithLabels()
    {
        var chart = ReportSamples.CostQuality();

        using var figure = JsonDocument.Parse(PlotlyFigures.ToFigureJson(chart));

        var data = figure.RootElement.GetProperty("data");
        Assert.Equal(chart.Series.Count + 1, data.GetArrayLength());
        Assert.Equal("Pareto front", data[0].GetProperty("name").GetString());
        // Across all series: model B's "quality" (15 ms, 26.5 dB) beats model A's "balanced" on quality at lower cost than A's "quality".
        Assert.Equal([5.0, 11, 15, 24], data[0].GetProperty("x").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(["fast", "balanced", "quality"], data[1].GetProperty("text").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("markers+text", data[1].GetProperty("mode").GetString());
    }

    [Fact]
    public void ToFigureJson_Markers_OneLineTracePerGroupSpanningTheDataRange()
    {
        var chart = new LineChart("psnr", "frame", "dB", [new ChartSeries("psnr", [0, 10, 20], [18, 25, 22], Lower: [17, 24, 21], Upper: [19, 26, 23])],
            Markers: [new ChartMarker(5, "inputs", "Action left"), new ChartMarker(12, "soft resets"), new ChartMarker(3, "inputs")]);

        using var figure = JsonDocument.Parse(PlotlyFigures.ToFigureJson(chart));

        var data = figure.RootElement.GetProperty("data");
        Assert.Equal(["psnr band", "psnr", "inputs", "soft resets"], data.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var inputs = data[2];
        Assert.Equal("dot", inputs.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal("dash", data[3].GetProperty("line").GetProperty("dash").GetString());
        // Sorted by x, one vertical segment per marker from the band's lowest to its highest value, NaN between segments.
        Assert.Equal([3.0, 3, double.NaN, 5, 5, double.NaN], inputs.GetProperty("x").EnumerateArray().Select(Number));
        Assert.Equal([17.0, 26, double.NaN, 17, 26, double.NaN], inputs.GetProperty("y").EnumerateArray().Select(Number));
        Assert.Equal(["inputs", "inputs", "", "Action left", "Action left", ""], inputs.GetProperty("text").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void ToFigureJson_NaNValue_StillValidJson()
    {
        var chart = new LineChart("gap", "x", "y", [new ChartSeries("s", [1, 2, 3], [1, double.NaN, 3])]);

        using var figure = JsonDocument.Parse(PlotlyFigures.ToFigureJson(chart));

        Assert.Equal(1, figure.RootElement.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public void ToFigureJson_NoSeries_EmptyData()
    {
        using var figure = JsonDocument.Parse(PlotlyFigures.ToFigureJson(new LineChart("empty", "x", "y", [])));

        Assert.Equal(0, figure.RootElement.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public void ToGenericChart_MismatchedLengths_Throws()
    {
        var chart = new LineChart("bad", "x", "y", [new ChartSeries("s", [1, 2, 3], [1, 2])]);

        var error = Assert.Throws<ArgumentException>(() => PlotlyFigures.ToGenericChart(chart));

        Assert.Contains("'s'", error.Message, StringComparison.Ordinal);
    }

    // Plotly.NET writes NaN as the string "NaN" (JSON has no NaN); plotly.js reads it as a gap.
    private static double Number(JsonElement value) => value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : value.GetDouble();

    [Fact]
    public void ToGenericChart_BandWithOneEdge_Throws()
    {
        var chart = new LineChart("bad", "x", "y", [new ChartSeries("s", [1, 2], [1, 2], Lower: [0, 1])]);

        Assert.Throws<ArgumentException>(() => PlotlyFigures.ToGenericChart(chart));
    }

    [Fact]
    public void ToFigureJson_LineChart_YTicksAtMostSixSignificantDigitsWithAutoMargin()
    {
        var chart = new LineChart("Drift", "time (s)", "estimate", [new ChartSeries("drift", [0, 1], [0.99999998, 1.00000002])]);

        using var figure = JsonDocument.Parse(PlotlyFigures.ToFigureJson(chart));

        var yAxis = figure.RootElement.GetProperty("layout").GetProperty("yaxis");
        Assert.Equal("~g", yAxis.GetProperty("tickformat").GetString());
        Assert.True(yAxis.GetProperty("automargin").GetBoolean());
        Assert.Equal("estimate", yAxis.GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void ToFigureJson_IntegerXWithFewRuns_TicksEveryWholeRun()
    {
        var chart = new LineChart("Trend", "session", "dB", [new ChartSeries("psnr", [1, 2, 3], [20, 21, 22])], IntegerX: true);

        using var figure = JsonDocument.Parse(PlotlyFigures.ToFigureJson(chart));

        var xAxis = figure.RootElement.GetProperty("layout").GetProperty("xaxis");
        Assert.Equal("linear", xAxis.GetProperty("tickmode").GetString());
        Assert.Equal(1, xAxis.GetProperty("dtick").GetDouble());
        Assert.Equal("d", xAxis.GetProperty("tickformat").GetString());
        Assert.Equal("session", xAxis.GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void ToFigureJson_XRange_FixedAxisRange()
    {
        var chart = new LineChart("Live", "s", "ms", [new ChartSeries("latency", [60, 70], [10, 12])], XRange: new AxisRange(55, 85));

        using var figure = JsonDocument.Parse(PlotlyFigures.ToFigureJson(chart));

        var xAxis = figure.RootElement.GetProperty("layout").GetProperty("xaxis");
        Assert.Equal([55.0, 85], xAxis.GetProperty("range").EnumerateArray().Select(v => v.GetDouble()));
        Assert.False(xAxis.GetProperty("autorange").GetBoolean());
    }

    [Fact]
    public void ToFigureJson_LongYTitle_WrappedAtSpaces()
    {
        const string title = "structure kept through prompt switches (SSIM after / before)";
        var chart = new LineChart("Trend", "session", title, [new ChartSeries("ratio", [1, 2], [0.9, 0.95])]);

        using var figure = JsonDocument.Parse(PlotlyFigures.ToFigureJson(chart));

        var text = figure.RootElement.GetProperty("layout").GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString()!;
        var lines = text.Split("<br>");
        Assert.True(lines.Length > 1);
        Assert.All(lines, l => Assert.True(l.Length <= PlotlyFigures.TitleLineLength, l));
        Assert.Equal(title, string.Join(' ', lines));
    }
}
