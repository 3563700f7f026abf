using System.Globalization;

namespace Research.Notebooks.Display;

/// <summary>
/// What one executed notebook shares across its outputs: whether plotly.js has been written yet (it goes into the first
/// chart's output only) and a counter for unique chart ids.
/// </summary>
public sealed class NotebookPage
{
    private int _charts;

    /// <summary>True once an output carries plotly.js.</summary>
    public bool PlotlyWritten { get; private set; }

    /// <summary>A chart id unique within the page.</summary>
    public string NextChartId() => string.Create(CultureInfo.InvariantCulture, $"research-chart-{++_charts}");

    /// <summary>The plotly.js script element the first time it is asked for, then an empty string.</summary>
    public string PlotlyOnce()
    {
        if (PlotlyWritten)
        {
            return "";
        }
        PlotlyWritten = true;
        return HtmlFragments.PlotlyScript;
    }
}
