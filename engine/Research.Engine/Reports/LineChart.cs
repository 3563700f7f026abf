namespace Research.Engine.Reports;

/// <summary>Lines over a shared x axis, e.g. loss against training step or frame time against resolution.</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="XTitle">X axis title, with its unit.</param>
/// <param name="YTitle">Y axis title, with its unit.</param>
/// <param name="Series">The lines, each with an optional band.</param>
/// <param name="LogX">True for a logarithmic x axis (e.g. steps over several decades).</param>
/// <param name="Markers">Events drawn as vertical lines across the plot (inputs, soft resets), grouped by <see cref="ChartMarker.Group"/>.</param>
/// <param name="PointMarkers">True to mark every point of the lines, for sparse series (a trend over a few runs or days).</param>
/// <param name="IntegerX">True when x values are whole numbers (runs, sessions, days): the x axis then ticks at integers only.</param>
/// <param name="XRange">The x axis range to show (for example a rolling window); <see langword="null"/> to fit the data.</param>
/// <remarks>Defaults: linear x axis, no markers, lines without point markers, fractional x ticks allowed, x range fitted to the data.</remarks>
public sealed record LineChart(
    string Title,
    string XTitle,
    string YTitle,
    IReadOnlyList<ChartSeries> Series,
    bool LogX = false,
    IReadOnlyList<ChartMarker>? Markers = null,
    bool PointMarkers = false,
    bool IntegerX = false,
    AxisRange? XRange = null) : ChartSpec(Title)
{
    /// <summary>The markers, empty when there are none.</summary>
    public IReadOnlyList<ChartMarker> MarkerList => Markers ?? [];
}
