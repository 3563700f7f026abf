namespace Research.Engine.LaunchReport;

/// <summary>The launch checklist answered from measured runs: what the KPI report page shows and the report renders.</summary>
/// <param name="Filter">Which runs were selected.</param>
/// <param name="Thresholds">The thresholds the figures were judged against.</param>
/// <param name="GeneratedAt">When the checklist was computed.</param>
/// <param name="Runs">The runs it was answered from, oldest first, forks included (each with its <see cref="LaunchRun.Session"/>).</param>
/// <param name="Checks">The five items, in the checklist's order.</param>
public sealed record LaunchChecklist(
    LaunchFilter Filter, LaunchThresholds Thresholds, DateTimeOffset GeneratedAt, IReadOnlyList<LaunchRun> Runs, IReadOnlyList<LaunchCheck> Checks)
{
    /// <summary>The session runs the filter selects that were left out (failed, interrupted, still running, no KPI summary), oldest first, with why.</summary>
    public IReadOnlyList<LeftOutRun> LeftOut { get; init; } = [];

    /// <summary>The independent sessions among <see cref="Runs"/>: each fork counts with the run it was forked from.</summary>
    public int SessionCount => Runs.Select(r => r.Session).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>The checklist's overall answer: fail if any item fails, no data if none was measured, else pass.</summary>
    public LaunchVerdict Verdict =>
        Checks.Any(c => c.Verdict == LaunchVerdict.Fail) ? LaunchVerdict.Fail
        : Checks.All(c => c.Verdict == LaunchVerdict.NoData) ? LaunchVerdict.NoData
        : LaunchVerdict.Pass;
}
