using Research.Engine.Storage;

namespace Research.Engine.RunViews;

/// <summary>The KPI table of a comparison: one row per KPI any run has, one column per run, the best value per row marked
/// when it stands out from the others by more than their measurement noise (see <see cref="Rule"/>).</summary>
public static class KpiComparison
{
    /// <summary>The relative difference below which two KPI values without a per-frame spread count as equal: 1%.</summary>
    public const double RelativeThreshold = 0.01;

    /// <summary>The two-sided 95% normal quantile, for the interval of a difference of two means.</summary>
    private const double Z95 = 1.96;

    /// <summary>The rule that decides the mark, in one line for the page.</summary>
    public const string Rule =
        "★ marks a best value only when it beats every other run beyond noise: a mean with per-frame data by more than 1.96 × √(SE₁² + SE₂²) (95%), any other KPI by more than 1%.";

    /// <summary>The rows for <paramref name="summaries"/> (one per run, <see langword="null"/> for a run without a summary), ordered by key.</summary>
    /// <param name="summaries">Each run's KPI summary.</param>
    /// <param name="standardErrors">Optionally, per run, the standard error of those KPIs that are means of per-frame
    /// values (see <see cref="StandardErrors"/>); a KPI without one is compared by <see cref="RelativeThreshold"/>.</param>
    public static IReadOnlyList<KpiRow> Build(
        IReadOnlyList<KpiSummary?> summaries,
        IReadOnlyList<IReadOnlyDictionary<string, double>?>? standardErrors = null)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        return summaries
            .SelectMany(s => s?.Values.Keys ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .Select(key =>
            {
                var values = summaries
                    .Select(s => s is not null && s.Values.TryGetValue(key, out var v) && double.IsFinite(v) ? v : (double?)null)
                    .ToList();
                var errors = Enumerable.Range(0, summaries.Count)
                    .Select(i => standardErrors is not null && i < standardErrors.Count && standardErrors[i] is { } se
                        && se.TryGetValue(key, out var e) && double.IsFinite(e) ? e : (double?)null)
                    .ToList();
                var direction = KpiDirections.Of(key);
                return new KpiRow(key, direction, values, Best(values, errors, direction));
            })
            .ToList();
    }

    /// <summary>
    /// The standard error of each <c>X_mean</c> KPI of <paramref name="run"/> whose per-frame metric <c>X</c> is stored:
    /// the sample standard deviation of its finite frame values over the square root of their count.
    /// </summary>
    /// <remarks>Frames of one run are correlated in time, so this understates the noise; the rule is a floor, not a test.</remarks>
    public static IReadOnlyDictionary<string, double> StandardErrors(RunSeries run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var errors = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in run.Summary?.Values.Keys ?? [])
        {
            if (!key.EndsWith("_mean", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var values = run.Values(key[..^"_mean".Length]).Where(double.IsFinite).ToList();
            if (values.Count < 2)
            {
                continue;
            }
            var mean = values.Average();
            var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
            errors[key] = Math.Sqrt(variance / values.Count);
        }
        return errors;
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> differ beyond their noise, by <see cref="Rule"/>.</summary>
    public static bool Differs(double a, double? errorA, double b, double? errorB)
    {
        var difference = Math.Abs(a - b);
        if (errorA is { } ea && errorB is { } eb)
        {
            return difference > Z95 * Math.Sqrt(ea * ea + eb * eb);
        }
        return difference > RelativeThreshold * Math.Max(Math.Abs(a), Math.Abs(b));
    }

    private static int[] Best(IReadOnlyList<double?> values, IReadOnlyList<double?> errors, KpiDirection direction)
    {
        var present = Enumerable.Range(0, values.Count).Where(i => values[i] is not null).ToList();
        if (direction == KpiDirection.None || present.Count < 2)
        {
            return [];
        }
        var bestValue = direction == KpiDirection.Higher ? present.Max(i => values[i]!.Value) : present.Min(i => values[i]!.Value);
        var best = present.Where(i => values[i] == bestValue).ToArray();
        var others = present.Except(best).ToList();
        // Nothing to mark when no run stands out: all the same, or a runner-up within the noise of the best.
        if (others.Count == 0 || others.Any(o => best.Any(b => !Differs(values[b]!.Value, errors[b], values[o]!.Value, errors[o]))))
        {
            return [];
        }
        return best;
    }
}
