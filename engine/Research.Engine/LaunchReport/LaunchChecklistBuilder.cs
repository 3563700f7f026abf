using Research.Engine.Storage;

namespace Research.Engine.LaunchReport;

/// <summary>Answers the launch checklist from the session runs in a run store.</summary>
public static class LaunchChecklistBuilder
{
    /// <summary>
    /// The completed session runs <paramref name="filter"/> selects that have a KPI summary, oldest first, each with its latest summary's figures.
    /// </summary>
    public static IReadOnlyList<LaunchRun> LoadRuns(IRunStore store, LaunchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var runs = new List<LaunchRun>();
        foreach (var run in store.QueryRuns(filter.ToQuery()).Where(filter.Matches))
        {
            if (store.GetLatestSummary(run.Id) is { } summary)
            {
                runs.Add(new LaunchRun(run, summary.Values));
            }
        }
        return runs.OrderBy(r => r.Run.CreatedAt).ThenBy(r => r.Run.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Loads the runs <paramref name="filter"/> selects from <paramref name="store"/> and answers the checklist from them, stamped now.</summary>
    /// <param name="store">The run store.</param>
    /// <param name="filter">Which runs.</param>
    /// <param name="time">The clock for <see cref="LaunchChecklist.GeneratedAt"/>.</param>
    /// <param name="thresholds">The thresholds; default <see cref="LaunchThresholds"/>' defaults.</param>
    public static LaunchChecklist Build(IRunStore store, LaunchFilter filter, TimeProvider time, LaunchThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Build(LoadRuns(store, filter), filter, time.GetUtcNow(), thresholds);
    }

    /// <summary>Answers the checklist from <paramref name="runs"/> (oldest first).</summary>
    public static LaunchChecklist Build(IReadOnlyList<LaunchRun> runs, LaunchFilter filter, DateTimeOffset generatedAt, LaunchThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(filter);
        thresholds ??= new LaunchThresholds();
        var checks = LaunchItems.Create(thresholds).Select(item => Check(item, runs)).ToArray();
        return new LaunchChecklist(filter, thresholds, generatedAt, runs, checks);
    }

    /// <summary>One criterion answered from <paramref name="runs"/>.</summary>
    public static CriterionResult Evaluate(LaunchCriterion criterion, IReadOnlyList<LaunchRun> runs)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(runs);
        var measured = runs.Select(r => (r.Run.Id, Value: criterion.PerRun(r.Values))).Where(m => m.Value is not null).ToArray();
        var values = measured.Select(m => m.Value!.Value).ToArray();
        var value = FigureMath.Aggregate(criterion, runs.Count, values);
        var worst = criterion.Aggregate is FigureAggregate.Median ? FigureMath.Worst(criterion, values) : value;
        // A coverage or count of nothing measured is a real figure (0) only when there were runs to measure.
        var verdict = value is not { } v || (values.Length == 0 && criterion.Aggregate is FigureAggregate.Median or FigureAggregate.Worst)
            ? LaunchVerdict.NoData
            : criterion.Meets(v) ? LaunchVerdict.Pass : LaunchVerdict.Fail;
        return new CriterionResult(criterion, value, worst, verdict, measured.Select(m => m.Id).ToArray());
    }

    private static LaunchCheck Check(LaunchItem item, IReadOnlyList<LaunchRun> runs)
    {
        var criteria = item.Criteria.Select(c => Evaluate(c, runs)).ToArray();
        var verdict = criteria.Any(c => c.Verdict == LaunchVerdict.Fail) ? LaunchVerdict.Fail
            : criteria.All(c => c.Verdict == LaunchVerdict.NoData) ? LaunchVerdict.NoData
            : LaunchVerdict.Pass;
        return new LaunchCheck(item, verdict, criteria, LaunchTrend.Build(LaunchCheck.HeadlineOf(criteria).Criterion, runs));
    }
}
