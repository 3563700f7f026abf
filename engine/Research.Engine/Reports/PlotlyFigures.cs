using Plotly.NET;
using Plotly.NET.CSharp;
using Plotly.NET.LayoutObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;
using FSharpChart = Plotly.NET.Chart;

namespace Research.Engine.Reports;

/// <summary>
/// The one conversion from the chart model to Plotly: reports, the web UI (plotly.js <c>Plotly.react</c> on the figure
/// JSON) and notebooks all go through here, so a chart looks the same everywhere.
/// </summary>
/// <remarks>
/// Figures do not use Plotly.NET's default template (it adds several KB of styling per figure); plotly.js's own
/// defaults give a white, printable plot. Series take colours from <see cref="ChartPalette"/> in order, and a band
/// shares its line's colour and legend entry. Markers of a <see cref="LineChart"/> are one dotted or dashed trace per group of
/// vertical segments spanning the data's y range (NaN-separated), so a group can be hidden from the legend and each
/// line shows its label on hover. Plot size and plotly.js config belong to the host, not the figure.
/// </remarks>
public static class PlotlyFigures
{
    /// <summary>The Plotly.NET chart for <paramref name="chart"/>.</summary>
    /// <exception cref="ArgumentException">A series whose value lists differ in length, or a band with only one edge.</exception>
    /// <exception cref="NotSupportedException">A <see cref="ChartSpec"/> kind this converter does not know.</exception>
    public static GenericChart ToGenericChart(ChartSpec chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var (traces, xTitle, yTitle, logX) = chart switch
        {
            LineChart line => (LineTraces(line), line.XTitle, line.YTitle, line.LogX),
            ScatterChart scatter => (ScatterTraces(scatter), scatter.XTitle, scatter.YTitle, scatter.LogX),
            _ => throw new NotSupportedException($"No Plotly conversion for {chart.GetType().Name}."),
        };
        var combined = traces.Count == 0
            ? GenericChart.ofTraceObjects(false, new List<Trace>())
            : CSharpChart.Combine(traces);
        combined = FSharpChart.withTitle(chart.Title, null).Invoke(combined);
        combined = combined
            .WithXAxisStyle<double, double, string>(
                TitleText: xTitle,
                AxisType: logX ? StyleParam.AxisType.Log : StyleParam.AxisType.Linear)
            .WithYAxisStyle<double, double, string>(TitleText: WrapTitle(yTitle));
        return FSharpChart.withYAxis(YAxisTicks(), null).Invoke(
            FSharpChart.withXAxis(XAxisTicks(chart), null).Invoke(combined));
    }

    /// <summary>Y titles longer than this many characters wrap onto more lines, so a vertical title fits a short plot.</summary>
    internal const int TitleLineLength = 32;

    /// <summary>
    /// Y ticks with at most six significant digits, trailing zeros dropped (d3 <c>~g</c>): a nearly flat series
    /// otherwise gets floating-point labels such as "0.99999998" that run into the axis title. The margin grows to fit
    /// the labels and a wrapped title.
    /// </summary>
    private static LinearAxis YAxisTicks()
    {
        var axis = new LinearAxis();
        axis.SetProperty("tickformat", "~g");
        axis.SetProperty("automargin", true);
        return axis;
    }

    /// <summary>Integer ticks (about ten at most) for whole-number x values, and a fixed range when the chart gives one.</summary>
    private static LinearAxis XAxisTicks(ChartSpec chart)
    {
        var axis = new LinearAxis();
        if (chart is not LineChart line)
        {
            return axis;
        }
        if (line.XRange is { } range)
        {
            axis.SetProperty("range", new[] { range.Min, range.Max });
            axis.SetProperty("autorange", false);
        }
        if (line.IntegerX)
        {
            var xs = line.Series.SelectMany(s => s.X).Where(double.IsFinite).ToList();
            var span = xs.Count == 0 ? 0 : xs.Max() - xs.Min();
            axis.SetProperty("tickmode", "linear");
            axis.SetProperty("tick0", 0);
            axis.SetProperty("dtick", Math.Max(1, Math.Ceiling(span / 10)));
            axis.SetProperty("tickformat", "d");
        }
        return axis;
    }

    /// <summary><paramref name="title"/> broken at spaces into lines of about <see cref="TitleLineLength"/> characters (plotly's <c>&lt;br&gt;</c>).</summary>
    internal static string WrapTitle(string title)
    {
        if (title.Length <= TitleLineLength)
        {
            return title;
        }
        var lines = new List<string>();
        var line = "";
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > TitleLineLength)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }
        lines.Add(line);
        return string.Join("<br>", lines);
    }

    /// <summary>
    /// The figure JSON (<c>{"data": [...], "layout": {...}, "frames": []}</c>) for <paramref name="chart"/>, as plotly.js's
    /// <c>Plotly.newPlot</c> and <c>Plotly.react</c> take it.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="ToGenericChart"/>.</exception>
    /// <exception cref="NotSupportedException">As <see cref="ToGenericChart"/>.</exception>
    public static string ToFigureJson(ChartSpec chart) => GenericChart.toFigureJson(ToGenericChart(chart));

    private static List<GenericChart> LineTraces(LineChart chart)
    {
        var traces = new List<GenericChart>();
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            Check(series);
            var colour = ChartPalette.Colour(i);
            if (series is { Lower: { } lower, Upper: { } upper })
            {
                // One closed polygon per band: along the upper edge, back along the lower edge, filled to itself.
                var x = series.X.Concat(series.X.Reverse()).ToArray();
                var y = upper.Concat(lower.Reverse()).ToArray();
                traces.Add(CSharpChart.Scatter<double, double, string>(
                        x, y, StyleParam.Mode.Lines,
                        Name: $"{series.Name} band",
                        ShowLegend: false,
                        LineWidth: 0,
                        Fill: StyleParam.Fill.ToSelf,
                        FillColor: Color.fromString(ChartPalette.Translucent(i)),
                        UseDefaults: false)
                    .WithTraceInfo(LegendGroup: series.Name));
            }
            traces.Add(CSharpChart.Scatter<double, double, string>(
                    series.X.ToArray(), series.Y.ToArray(), chart.PointMarkers ? StyleParam.Mode.Lines_Markers : StyleParam.Mode.Lines,
                    Name: series.Name,
                    LineColor: Color.fromHex(colour),
                    UseDefaults: false)
                .WithTraceInfo(LegendGroup: series.Name));
        }
        AddMarkerTraces(chart, traces);
        return traces;
    }

    private static void AddMarkerTraces(LineChart chart, List<GenericChart> traces)
    {
        if (chart.MarkerList.Count == 0)
        {
            return;
        }
        var (low, high) = YRange(chart.Series);
        var groups = chart.MarkerList.GroupBy(m => m.Group, StringComparer.Ordinal).ToList();
        for (var g = 0; g < groups.Count; g++)
        {
            var markers = groups[g].OrderBy(m => m.X).ToList();
            var x = new List<double>(markers.Count * 3);
            var y = new List<double>(markers.Count * 3);
            var text = new List<string>(markers.Count * 3);
            foreach (var marker in markers)
            {
                var label = marker.Label ?? marker.Group;
                x.AddRange([marker.X, marker.X, double.NaN]);
                y.AddRange([low, high, double.NaN]);
                text.AddRange([label, label, ""]);
            }
            traces.Add(CSharpChart.Scatter<double, double, string>(
                x.ToArray(), y.ToArray(), StyleParam.Mode.Lines,
                Name: groups[g].Key,
                MultiText: text.ToArray(),
                LineColor: Color.fromHex(ChartPalette.MarkerColour(g)),
                // Alternate dot and dash so neighbouring groups differ by more than a muted colour.
                LineDash: g % 2 == 0 ? StyleParam.DrawingStyle.Dot : StyleParam.DrawingStyle.Dash,
                LineWidth: 1,
                UseDefaults: false));
        }
    }

    /// <summary>The lowest and highest finite value of the series and their bands; 0 to 1 when there is none.</summary>
    private static (double Low, double High) YRange(IReadOnlyList<ChartSeries> series)
    {
        var values = series
            .SelectMany(s => s.Y.Concat(s.Lower ?? []).Concat(s.Upper ?? []))
            .Where(double.IsFinite)
            .ToList();
        return values.Count == 0 ? (0, 1) : (values.Min(), values.Max());
    }

    private static List<GenericChart> ScatterTraces(ScatterChart chart)
    {
        var traces = new List<GenericChart>();
        // The front goes first so the points are drawn on top of its line.
        var front = Pareto.Front(chart.Series.SelectMany(s => s.Points), chart.Front);
        if (front.Count > 0)
        {
            traces.Add(CSharpChart.Scatter<double, double, string>(
                front.Select(p => p.X).ToArray(), front.Select(p => p.Y).ToArray(), StyleParam.Mode.Lines,
                Name: "Pareto front",
                LineColor: Color.fromHex(ChartPalette.Neutral),
                LineDash: StyleParam.DrawingStyle.Dash,
                UseDefaults: false));
        }
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            traces.Add(CSharpChart.Scatter<double, double, string>(
                series.Points.Select(p => p.X).ToArray(), series.Points.Select(p => p.Y).ToArray(), StyleParam.Mode.Markers_Text,
                Name: series.Name,
                MultiText: series.Points.Select(p => p.Label).ToArray(),
                TextPosition: StyleParam.TextPosition.TopCenter,
                MarkerColor: Color.fromHex(ChartPalette.Colour(i)),
                UseDefaults: false));
        }
        return traces;
    }

    private static void Check(ChartSeries series)
    {
        if (series.Y.Count != series.X.Count)
        {
            throw new ArgumentException($"Series '{series.Name}' has {series.X.Count} x values but {series.Y.Count} y values.");
        }
        if ((series.Lower is null) != (series.Upper is null))
        {
            throw new ArgumentException($"Series '{series.Name}' has one band edge; give Lower and Upper together or neither.");
        }
        if (series.HasBand && (series.Lower!.Count != series.X.Count || series.Upper!.Count != series.X.Count))
        {
            throw new ArgumentException($"Series '{series.Name}' has {series.X.Count} points but band edges of {series.Lower!.Count} and {series.Upper!.Count}.");
        }
    }
}
