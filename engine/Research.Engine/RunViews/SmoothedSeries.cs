using Research.Engine.Reports;

namespace Research.Engine.RunViews;

/// <summary>A series reduced to buckets: the smoothed value at each bucket's end and the raw minimum and maximum inside it.</summary>
/// <param name="X">The x value of each bucket's last point.</param>
/// <param name="Y">The smoothed (EMA) value at each bucket's last point.</param>
/// <param name="Min">The lowest raw value in each bucket (NaN when the bucket had none).</param>
/// <param name="Max">The highest raw value in each bucket (NaN when the bucket had none).</param>
public sealed record SmoothedSeries(IReadOnlyList<double> X, IReadOnlyList<double> Y, IReadOnlyList<double> Min, IReadOnlyList<double> Max)
{
    /// <summary>The series as a chart line named <paramref name="name"/> with the min/max band around it.</summary>
    public ChartSeries ToChartSeries(string name) => new(name, X, Y, Min, Max);
}
