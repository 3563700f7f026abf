namespace Research.Engine.Reports;

/// <summary>
/// An event at one x value of a <see cref="LineChart"/>, drawn as a vertical line across the plot, for example an input
/// or a soft reset at a frame.
/// </summary>
/// <param name="X">Where the event happened, on the chart's x axis.</param>
/// <param name="Group">What kind of event it is (for example "inputs" or "soft resets"): markers of one group share a colour and one legend entry.</param>
/// <param name="Label">What happened, shown when hovering over the line; <see langword="null"/> shows the group.</param>
public sealed record ChartMarker(double X, string Group, string? Label = null);
