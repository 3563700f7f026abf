using System.Globalization;
using Research.Engine.Storage;

namespace Research.Engine.LaunchReport;

/// <summary>How the checklist writes figures, thresholds and verdicts (invariant culture), shared by the report and the workbench page.</summary>
public static class LaunchFormat
{
    /// <summary>"pass", "fail" or "no data".</summary>
    public static string Verdict(LaunchVerdict verdict) => verdict switch
    {
        LaunchVerdict.Pass => "pass",
        LaunchVerdict.Fail => "fail",
        _ => "no data",
    };

    /// <summary>A figure with its unit ("72.3 ms", "100 %" for coverage), or "no data".</summary>
    public static string Value(LaunchCriterion criterion, double? value)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return value is not { } v ? "no data" : Number(criterion, v);
    }

    /// <summary>The threshold with its direction ("≤ 1000 ms", "≥ 0.9").</summary>
    public static string Threshold(LaunchCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return (criterion.Direction == FigureDirection.AtMost ? "≤ " : "≥ ") + Number(criterion, criterion.Threshold);
    }

    /// <summary>A criterion's floor and its threshold ("SSIM against the shadow before switches ≥ 0.3"), or "" for an absolute figure.</summary>
    public static string FloorThreshold(LaunchCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return criterion.Floor is { } floor ? $"{floor.Name} ≥ {Number(floor.Unit, floor.Threshold)}" : "";
    }

    /// <summary>
    /// The floor as measured against its threshold ("0.000, needs ≥ 0.3"), "not measured, needs ≥ 0.3" when no run
    /// recorded it, or "" for an absolute figure or a figure without data.
    /// </summary>
    public static string Floor(CriterionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Criterion.Floor is not { } floor || result.Verdict == LaunchVerdict.NoData)
        {
            return "";
        }
        var measured = result.FloorValue is { } v ? Number(floor.Unit, v) : "not measured";
        return $"{measured}, needs ≥ {Number(floor.Unit, floor.Threshold)}";
    }

    /// <summary>The kinds of run a criterion pools: "live", "live, replay, sweep".</summary>
    public static string Pool(LaunchCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return RunOrigins.Describe(criterion.Pool);
    }

    /// <summary>A verdict with its reason when it has one: "fail (floor not met: …)".</summary>
    public static string VerdictWithReason(CriterionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var verdict = Verdict(result.Verdict);
        return result.Reason is { } reason ? $"{verdict} ({reason})" : verdict;
    }

    /// <summary>How many independent sessions are behind <paramref name="check"/>, with its forks: "3", "3 + 2 forks".</summary>
    public static string Sessions(LaunchCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var sessions = check.SessionIds.Count;
        var forks = check.RunIds.Count - sessions;
        return string.Create(CultureInfo.InvariantCulture, $"{sessions}{(forks > 0 ? $" + {Count(forks, "fork")}" : "")}");
    }

    /// <summary>How many independent sessions are behind <paramref name="check"/>, in words: "1 session", "3 sessions and 2 forks".</summary>
    public static string SessionsInWords(LaunchCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var sessions = check.SessionIds.Count;
        var forks = check.RunIds.Count - sessions;
        return Count(sessions, "session") + (forks > 0 ? " and " + Count(forks, "fork") : "");
    }

    /// <summary>
    /// Where the answers come from: how many independent session runs, how many forks were counted with their parents, of
    /// which origins, the filter, when; and how many selected runs were left out (failed, interrupted, …).
    /// </summary>
    public static string Provenance(LaunchChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var runs = checklist.Runs;
        var sessions = checklist.SessionCount;
        var forks = runs.Count - sessions;
        var forkText = forks == 0 ? "" : $" and {Count(forks, "fork")} counted with the run {(forks == 1 ? "it was" : "they were")} forked from";
        var origins = string.Join(", ", new[] { RunOrigin.Live, RunOrigin.Replay, RunOrigin.Sweep }
            .Select(o => (Origin: o, Count: runs.Count(r => r.Origin == o)))
            .Where(o => o.Count > 0)
            .Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Count} {RunOrigins.ToConfig(o.Origin)}")));
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Answered from {Count(sessions, "independent session run")}{forkText} ({(origins.Length == 0 ? "" : origins + "; ")}{checklist.Filter.Describe()}), generated {checklist.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
        return text + " " + LeftOut(checklist);
    }

    /// <summary>The left-out runs counted by why: "Left out: 2 runs (1 failed, 1 interrupted)." or "No selected run was left out."</summary>
    public static string LeftOut(LaunchChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var left = checklist.LeftOut;
        if (left.Count == 0)
        {
            return "No selected run was left out.";
        }
        var byStatus = left
            .GroupBy(r => r.Run.Status == RunStatus.Completed ? "without a KPI summary" : r.Run.Status.ToString().ToLowerInvariant())
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"));
        return $"Left out: {Count(left.Count, "run")} ({string.Join(", ", byStatus)}).";
    }

    /// <summary>A number in <paramref name="unit"/>: three significant digits or so, then the unit ("6.4 dB", "0.003", "2/255").</summary>
    public static string Number(string unit, double value)
    {
        ArgumentNullException.ThrowIfNull(unit);
        // Three significant digits or so: enough to compare with a threshold, few enough to read.
        var format = Math.Abs(value) >= 100 ? "0" : Math.Abs(value) >= 10 ? "0.#" : "0.###";
        var number = value.ToString(format, CultureInfo.InvariantCulture);
        return unit.Length == 0 ? number : unit.StartsWith('/') ? number + unit : $"{number} {unit}";
    }

    private static string Number(LaunchCriterion criterion, double value) =>
        criterion.Aggregate == FigureAggregate.Coverage
            ? string.Create(CultureInfo.InvariantCulture, $"{value * 100:0.#} %")
            : Number(criterion.Unit, value);

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
