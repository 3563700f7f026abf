using Research.Engine.Storage;

namespace Research.Engine.RunViews;

/// <summary>The KPI table of a comparison: one row per KPI any run has, one column per run, the best value per row marked
/// (unless every run has the same value).</summary>
public static class KpiComparison
{
    /// <summary>The rows for <paramref name="summaries"/> (one per run, <see langword="null"/> for a run without a summary), ordered by key.</summary>
    public static IReadOnlyList<KpiRow> Build(IReadOnlyList<KpiSummary?> summaries)
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
                var direction = KpiDirections.Of(key);
                return new KpiRow(key, direction, values, Best(values, direction));
            })
            .ToList();
    }

    private static int[] Best(IReadOnlyList<double?> values, KpiDirection direction)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        // Nothing to mark when no run stands out: fewer than two values, or all the same.
        if (direction == KpiDirection.None || present.Count < 2 || present.Distinct().Count() == 1)
        {
            return [];
        }
        var best = direction == KpiDirection.Higher ? present.Max() : present.Min();
        return Enumerable.Range(0, values.Count).Where(i => values[i] == best).ToArray();
    }
}
