using System.Globalization;
using Research.Engine.Storage;

namespace Research.Engine.LaunchReport;

/// <summary>Answers the launch checklist from the session runs in a run store.</summary>
public static class LaunchChecklistBuilder
{
    /// <summary>
    /// The completed session runs <paramref name="filter"/> selects that have a KPI summary, oldest first, each with its
    /// latest summary's figures and its session (forks grouped with the run they were forked from).
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
        return LaunchSessions.Resolve([.. runs.OrderBy(r => r.Run.CreatedAt).ThenBy(r => r.Run.Id, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The session runs <paramref name="filter"/> selects that the checklist is not answered from, oldest first, with why:
    /// failed, interrupted (a cancelled sweep cell, a crashed process), still running, or completed without a KPI summary.
    /// </summary>
    public static IReadOnlyList<LeftOutRun> LoadLeftOut(IRunStore store, LaunchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var leftOut = new List<LeftOutRun>();
        foreach (var run in store.QueryRuns(filter.ToQuery() with { Status = null }).Where(filter.Selects))
        {
            if (run.Status != RunStatus.Completed)
            {
                leftOut.Add(new LeftOutRun(run, Reason(run)));
            }
            else if (store.GetLatestSummary(run.Id) is null)
            {
                leftOut.Add(new LeftOutRun(run, "completed without a KPI summary"));
            }
        }
        return [.. leftOut.OrderBy(r => r.Run.CreatedAt).ThenBy(r => r.Run.Id, StringComparer.Ordinal)];
    }

    /// <summary>Loads the runs <paramref name="filter"/> selects from <paramref name="store"/> and answers the checklist from them, stamped now.</summary>
    /// <param name="store">The run store.</param>
    /// <param name="filter">Which runs.</param>
    /// <param name="time">The clock for <see cref="LaunchChecklist.GeneratedAt"/>.</param>
    /// <param name="thresholds">The thresholds; default <see cref="LaunchThresholds"/>' defaults.</param>
    public static LaunchChecklist Build(IRunStore store, LaunchFilter filter, TimeProvider time, LaunchThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Build(LoadRuns(store, filter), filter, time.GetUtcNow(), thresholds, LoadLeftOut(store, filter));
    }

    /// <summary>Answers the checklist from <paramref name="runs"/> (oldest first); <paramref name="leftOut"/> are listed beside it.</summary>
    public static LaunchChecklist Build(
        IReadOnlyList<LaunchRun> runs, LaunchFilter filter, DateTimeOffset generatedAt, LaunchThresholds? thresholds = null, IReadOnlyList<LeftOutRun>? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(filter);
        thresholds ??= new LaunchThresholds();
        runs = LaunchSessions.Resolve(runs);
        var checks = LaunchItems.Create(thresholds).Select(item => Check(item, runs)).ToArray();
        return new LaunchChecklist(filter, thresholds, generatedAt, runs, checks) { LeftOut = leftOut ?? [] };
    }

    /// <summary>One criterion answered from those of <paramref name="runs"/> it pools, each session counted once.</summary>
    public static CriterionResult Evaluate(LaunchCriterion criterion, IReadOnlyList<LaunchRun> runs)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(runs);
        LaunchRun[] pooled = [.. runs.Where(r => criterion.Pools(r.Origin))];
        var figure = FigureMath.Measure(criterion, pooled);
        // A coverage or count of nothing measured is a real figure (0) only when there were runs to measure.
        var noData = figure.Value is null || (figure.RunIds.Count == 0 && criterion.Aggregate is FigureAggregate.Median or FigureAggregate.Worst);
        var verdict = noData ? LaunchVerdict.NoData : criterion.Meets(figure.Value!.Value) ? LaunchVerdict.Pass : LaunchVerdict.Fail;
        string? reason = null;
        if (noData && pooled.Length == 0 && runs.Count > 0)
        {
            reason = string.Create(CultureInfo.InvariantCulture,
                $"pools {RunOrigins.Describe(criterion.Pool)} runs only, and none of the {runs.Count} selected runs is one");
        }
        else if (!noData && criterion.Floor is { } floor)
        {
            (verdict, reason) = figure.Floor switch
            {
                null => (LaunchVerdict.Fail, $"floor not measured: no run recorded {floor.Name}, so the figure cannot be told from a dead picture's"),
                { } quality when !floor.Meets(quality) => (LaunchVerdict.Fail,
                    $"floor not met: {floor.Name} {LaunchFormat.Number(floor.Unit, quality)} is below {LaunchFormat.Number(floor.Unit, floor.Threshold)}, so the figure is relative to a picture that is not the world"),
                _ => (verdict, null),
            };
        }
        return new CriterionResult(criterion, figure.Value, figure.Worst, verdict, figure.RunIds)
        {
            SessionIds = figure.SessionIds,
            FloorValue = figure.Floor,
            Reason = reason,
        };
    }

    private static LaunchCheck Check(LaunchItem item, IReadOnlyList<LaunchRun> runs)
    {
        var criteria = item.Criteria.Select(c => Evaluate(c, runs)).ToArray();
        var verdict = criteria.Any(c => c.Verdict == LaunchVerdict.Fail) ? LaunchVerdict.Fail
            : criteria.All(c => c.Verdict == LaunchVerdict.NoData) ? LaunchVerdict.NoData
            : LaunchVerdict.Pass;
        return new LaunchCheck(item, verdict, criteria, LaunchTrend.Build(LaunchCheck.HeadlineOf(criteria).Criterion, runs));
    }

    /// <summary>Why a run that did not complete was left out, from what the store recorded.</summary>
    private static string Reason(RunDocument run) => run.Status switch
    {
        RunStatus.Running => "still running",
        RunStatus.Failed => "failed: " + (Blank(run.Error) ? "no error recorded" : run.Error!.Trim()),
        RunStatus.Interrupted => "interrupted: " + (!Blank(run.Error) ? run.Error!.Trim() : InterruptedNote(run.Notes) ?? "no reason recorded"),
        _ => run.Status.ToString().ToLowerInvariant(),
    };

    /// <summary>The note the store adds when it finds a run of an ended process, up to its first stop: "the process writing this run ended without completing it".</summary>
    private static string? InterruptedNote(string? notes)
    {
        var line = notes?.Split('\n').LastOrDefault(l => l.StartsWith(LiteDbRunStore.InterruptedNote, StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }
        var text = line[LiteDbRunStore.InterruptedNote.Length..].Trim();
        var stop = text.IndexOfAny([';', '.']);
        return stop > 0 ? text[..stop] : text;
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
