namespace Research.Engine.Reports;

/// <summary>
/// A chart described by its content alone, independent of any plotting library: the one chart model that reports,
/// the web UI and notebooks share. <see cref="PlotlyFigures"/> turns it into a Plotly figure.
/// </summary>
/// <param name="Title">The chart's title, shown above the plot and in markdown listings.</param>
public abstract record ChartSpec(string Title);
