namespace Research.Engine.Reports;

/// <summary>The span an axis shows.</summary>
/// <param name="Min">The lowest value shown.</param>
/// <param name="Max">The highest value shown.</param>
public sealed record AxisRange(double Min, double Max);
