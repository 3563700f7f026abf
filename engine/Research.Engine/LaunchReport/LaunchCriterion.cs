using Research.Engine.Storage;

namespace Research.Engine.LaunchReport;

/// <summary>One measured figure behind a launch checklist item, with the threshold it must meet.</summary>
/// <param name="Name">What the figure is, in a PM's words (for example "first response p95").</param>
/// <param name="Source">Where the figure comes from: the KPI keys of the runs' summaries it is read from.</param>
/// <param name="Unit">The unit shown after values and thresholds ("ms", "dB", "" for a plain ratio).</param>
/// <param name="Direction">Which side of <paramref name="Threshold"/> passes.</param>
/// <param name="Threshold">The threshold, in <paramref name="Unit"/>.</param>
/// <param name="Aggregate">How the runs' figures become one.</param>
/// <param name="PerRun">The figure of one run from its KPI summary values, or <see langword="null"/> when the run did not measure it.</param>
public sealed record LaunchCriterion(
    string Name,
    string Source,
    string Unit,
    FigureDirection Direction,
    double Threshold,
    FigureAggregate Aggregate,
    Func<IReadOnlyDictionary<string, double>, double?> PerRun)
{
    /// <summary>Which kinds of run the figure is taken from; runs of other origins are not looked at.</summary>
    /// <remarks>Default <see cref="RunOrigin.Any"/>. Responsiveness figures pool <see cref="RunOrigin.Live"/> runs only: a fast replay's latencies are not a user's.</remarks>
    public RunOrigin Pool { get; init; } = RunOrigin.Any;

    /// <summary>The absolute quality a relative figure is relative to, and its least value; null for an absolute figure.</summary>
    /// <remarks>A criterion whose floor is not met, or was not measured, fails with the reason stated.</remarks>
    public LaunchFloor? Floor { get; init; }

    /// <summary>Whether the figure is taken from runs of <paramref name="origin"/>.</summary>
    public bool Pools(RunOrigin origin) => (Pool & origin) != 0;

    /// <summary>Whether <paramref name="value"/> is on the passing side of <see cref="Threshold"/>.</summary>
    public bool Meets(double value) => Direction == FigureDirection.AtMost ? value <= Threshold : value >= Threshold;

    /// <summary>A figure read straight from one KPI key.</summary>
    public static Func<IReadOnlyDictionary<string, double>, double?> Key(string key) =>
        values => values.TryGetValue(key, out var value) && double.IsFinite(value) ? value : null;

    /// <summary>A figure read from the first of <paramref name="keys"/> the run recorded (newer keys first, older fallbacks after).</summary>
    public static Func<IReadOnlyDictionary<string, double>, double?> FirstKey(params string[] keys) =>
        values => keys.Select(k => Key(k)(values)).FirstOrDefault(v => v is not null);

    /// <summary>A figure that is one KPI key divided by another; null when either is missing or the divisor is not positive.</summary>
    public static Func<IReadOnlyDictionary<string, double>, double?> Ratio(string numerator, string denominator) =>
        values => values.TryGetValue(numerator, out var n) && values.TryGetValue(denominator, out var d) && d > 0 && double.IsFinite(n / d) ? n / d : null;
}
