namespace Research.Engine.Reports;

/// <summary>One named line of a <see cref="LineChart"/>, optionally with a band around it.</summary>
/// <param name="Name">Legend name.</param>
/// <param name="X">X values, one per point.</param>
/// <param name="Y">Y values, one per point.</param>
/// <param name="Lower">Lower edge of the band (e.g. the minimum or a confidence bound), one per point; with <paramref name="Upper"/>.</param>
/// <param name="Upper">Upper edge of the band, one per point; with <paramref name="Lower"/>.</param>
/// <remarks>
/// The band is drawn as a translucent filled area between <paramref name="Lower"/> and <paramref name="Upper"/> in the
/// series' colour; give both or neither. A NaN value leaves a gap. Lengths are checked when the chart is converted.
/// </remarks>
public sealed record ChartSeries(
    string Name,
    IReadOnlyList<double> X,
    IReadOnlyList<double> Y,
    IReadOnlyList<double>? Lower = null,
    IReadOnlyList<double>? Upper = null)
{
    /// <summary>True when the series has a band (<see cref="Lower"/> and <see cref="Upper"/> both set).</summary>
    public bool HasBand => Lower is not null && Upper is not null;
}
