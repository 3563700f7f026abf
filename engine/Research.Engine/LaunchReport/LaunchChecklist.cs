namespace Research.Engine.LaunchReport;

/// <summary>The launch checklist answered from measured runs: what the KPI report page shows and the report renders.</summary>
/// <param name="Filter">Which runs were selected.</param>
/// <param name="Thresholds">The thresholds the figures were judged against.</param>
/// <param name="GeneratedAt">When the checklist was computed.</param>
/// <param name="Runs">The runs it was answered from, oldest first.</param>
/// <param name="Checks">The five items, in the checklist's order.</param>
public sealed record LaunchChecklist(
    LaunchFilter Filter, LaunchThresholds Thresholds, DateTimeOffset GeneratedAt, IReadOnlyList<LaunchRun> Runs, IReadOnlyList<LaunchCheck> Checks)
{
    /// <summary>The checklist's overall answer: fail if any item fails, no data if none was measured, else pass.</summary>
    public LaunchVerdict Verdict =>
        Checks.Any(c => c.Verdict == LaunchVerdict.Fail) ? LaunchVerdict.Fail
        : Checks.All(c => c.Verdict == LaunchVerdict.NoData) ? LaunchVerdict.NoData
        : LaunchVerdict.Pass;
}
