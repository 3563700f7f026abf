namespace Research.Engine.LaunchReport;

/// <summary>
/// The absolute quality a relative criterion is relative to, with the least it must be: a ratio, a difference or a
/// recovery measured on a picture that is no longer the world (a black frame scores SSIM after / before of about 1) says
/// nothing, so a criterion whose floor is not met fails whatever its own figure.
/// </summary>
/// <param name="Name">What the floor measures, in a PM's words (for example "SSIM against the shadow before switches").</param>
/// <param name="Source">The KPI keys it is read from.</param>
/// <param name="Unit">The unit shown after values and the threshold ("dB", "" for a plain number).</param>
/// <param name="Threshold">The least the quality may be, in <paramref name="Unit"/>.</param>
/// <param name="PerRun">The quality of one run from its KPI summary values, or <see langword="null"/> when the run did not measure it.</param>
/// <remarks>
/// It is taken over the runs that measured the criterion's own figure and aggregated like it: the median for a median
/// figure, the worst (lowest) run for a worst-run figure.
/// </remarks>
public sealed record LaunchFloor(string Name, string Source, string Unit, double Threshold, Func<IReadOnlyDictionary<string, double>, double?> PerRun)
{
    /// <summary>Whether <paramref name="value"/> is at or above <see cref="Threshold"/>.</summary>
    public bool Meets(double value) => value >= Threshold;
}
