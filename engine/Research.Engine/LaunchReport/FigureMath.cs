namespace Research.Engine.LaunchReport;

/// <summary>Turns the per-run figures of a criterion into one figure, for the verdict and for each trend point.</summary>
internal static class FigureMath
{
    /// <summary>The criterion's aggregate of <paramref name="values"/>, measured by some of <paramref name="runCount"/> runs; null when there is nothing to aggregate.</summary>
    public static double? Aggregate(LaunchCriterion criterion, int runCount, IReadOnlyList<double> values) => criterion.Aggregate switch
    {
        FigureAggregate.Median => values.Count == 0 ? null : Median(values),
        FigureAggregate.Worst => Worst(criterion, values),
        FigureAggregate.Coverage => runCount == 0 ? null : (double)values.Count / runCount,
        FigureAggregate.RunCount => runCount == 0 ? null : values.Count,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion.Aggregate, "Unknown aggregate."),
    };

    /// <summary>The value furthest on the failing side: the largest for <see cref="FigureDirection.AtMost"/>, the smallest otherwise.</summary>
    public static double? Worst(LaunchCriterion criterion, IReadOnlyList<double> values) =>
        values.Count == 0 ? null : criterion.Direction == FigureDirection.AtMost ? values.Max() : values.Min();

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
