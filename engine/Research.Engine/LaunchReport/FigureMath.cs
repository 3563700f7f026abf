namespace Research.Engine.LaunchReport;

/// <summary>Turns the per-run figures of a criterion into one figure, for the verdict and for each trend point.</summary>
/// <remarks>
/// Forks count with the session they were forked from (<see cref="LaunchRun.Session"/>): a session's runs are first
/// combined into one figure (their median, or their worst for a worst-run figure), and the sessions are then aggregated,
/// so a session forked five times has one vote, not six. Coverage is the share of runs (every recorded run should have
/// the figure); a run count counts sessions.
/// </remarks>
internal static class FigureMath
{
    /// <summary>The criterion's aggregate over <paramref name="runs"/> (already pooled by the criterion's origins).</summary>
    public static PooledFigure Measure(LaunchCriterion criterion, IReadOnlyList<LaunchRun> runs)
    {
        var measured = runs.Select(r => (Run: r, Value: criterion.PerRun(r.Values))).Where(m => m.Value is not null).ToArray();
        var sessions = measured.GroupBy(m => m.Run.Session, StringComparer.OrdinalIgnoreCase).ToArray();
        double[] perSession = [.. sessions.Select(s => Combine(criterion, [.. s.Select(m => m.Value!.Value)]))];
        double? value = criterion.Aggregate switch
        {
            FigureAggregate.Median => perSession.Length == 0 ? null : Median(perSession),
            FigureAggregate.Worst => Worst(criterion, perSession),
            FigureAggregate.Coverage => runs.Count == 0 ? null : (double)measured.Length / runs.Count,
            FigureAggregate.RunCount => runs.Count == 0 ? null : sessions.Length,
            _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion.Aggregate, "Unknown aggregate."),
        };
        var worst = criterion.Aggregate == FigureAggregate.Median ? Worst(criterion, [.. measured.Select(m => m.Value!.Value)]) : value;
        return new PooledFigure(value, worst, Floor(criterion, sessions.Select(s => s.Select(m => m.Run))), [.. measured.Select(m => m.Run.Run.Id)], [.. sessions.Select(s => s.Key)]);
    }

    /// <summary>The value furthest on the failing side: the largest for <see cref="FigureDirection.AtMost"/>, the smallest otherwise.</summary>
    public static double? Worst(LaunchCriterion criterion, IReadOnlyList<double> values) =>
        values.Count == 0 ? null : criterion.Direction == FigureDirection.AtMost ? values.Max() : values.Min();

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>One session's figure from its runs': the worst for a worst-run figure, else the median.</summary>
    private static double Combine(LaunchCriterion criterion, double[] values) =>
        criterion.Aggregate == FigureAggregate.Worst ? Worst(criterion, values)!.Value : Median(values);

    /// <summary>The floor's quality over the runs that measured the figure, aggregated like it (its lowest for a worst-run figure).</summary>
    private static double? Floor(LaunchCriterion criterion, IEnumerable<IEnumerable<LaunchRun>> sessions)
    {
        if (criterion.Floor is not { } floor)
        {
            return null;
        }
        var worst = criterion.Aggregate == FigureAggregate.Worst;
        double[] perSession =
        [
            .. sessions
                .Select(s => s.Select(r => floor.PerRun(r.Values)).OfType<double>().ToArray())
                .Where(v => v.Length > 0)
                .Select(v => worst ? v.Min() : Median(v)),
        ];
        return perSession.Length == 0 ? null : worst ? perSession.Min() : Median(perSession);
    }
}
