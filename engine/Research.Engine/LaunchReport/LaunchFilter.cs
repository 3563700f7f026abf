using Research.Engine.Storage;

namespace Research.Engine.LaunchReport;

/// <summary>Which stored session runs the launch checklist is answered from. Every criterion left <see langword="null"/> matches all runs.</summary>
/// <param name="Scenario">Only runs of this scenario (case-insensitive).</param>
/// <param name="QualityMode">Only runs in this quality mode (case-insensitive).</param>
/// <param name="From">Only runs created on or after this day (UTC).</param>
/// <param name="To">Only runs created on or before this day (UTC), inclusive.</param>
public sealed record LaunchFilter(string? Scenario = null, string? QualityMode = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The run kind the checklist reads: live and replayed sessions.</summary>
    public const string SessionKind = "session";

    /// <summary>The store query for completed session runs of the filter's scenario and days; the quality mode is matched by <see cref="Matches"/>.</summary>
    public RunQuery ToQuery() => new()
    {
        Status = RunStatus.Completed,
        Kind = SessionKind,
        Scenario = Blank(Scenario) ? null : Scenario!.Trim(),
        CreatedAfter = From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        CreatedBefore = To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
    };

    /// <summary>Whether <paramref name="run"/> is a finished session run that the filter selects.</summary>
    /// <remarks>
    /// Only completed runs count: an interrupted run (a cancelled sweep cell, a crashed process) was measured over an arbitrary
    /// stretch of its scenario and would skew the medians; running and failed ones have no final figures. The checklist lists
    /// them apart (<see cref="LaunchChecklist.LeftOut"/>, from <see cref="Selects"/>).
    /// </remarks>
    public bool Matches(RunDocument run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Status == RunStatus.Completed && Selects(run);
    }

    /// <summary>Whether <paramref name="run"/> is a session run of the filter's scenario, mode and days, in any status.</summary>
    public bool Selects(RunDocument run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var query = ToQuery();
        return string.Equals(run.Kind, SessionKind, StringComparison.OrdinalIgnoreCase)
            && (query.Scenario is null || string.Equals(run.Scenario, query.Scenario, StringComparison.OrdinalIgnoreCase))
            && (Blank(QualityMode) || string.Equals(run.QualityMode, QualityMode!.Trim(), StringComparison.OrdinalIgnoreCase))
            && (query.CreatedAfter is not { } after || run.CreatedAt >= after)
            && (query.CreatedBefore is not { } before || run.CreatedAt < before);
    }

    /// <summary>The filter in words, for report headers ("all scenarios, mode fast, 2026-11-01 to 2026-11-26").</summary>
    public string Describe()
    {
        var days = (From, To) switch
        {
            (null, null) => "any day",
            ({ } from, null) => $"from {from:yyyy-MM-dd}",
            (null, { } to) => $"up to {to:yyyy-MM-dd}",
            ({ } from, { } to) => $"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}",
        };
        var scenario = Blank(Scenario) ? "all scenarios" : $"scenario {Scenario!.Trim()}";
        var mode = Blank(QualityMode) ? "all modes" : $"mode {QualityMode!.Trim()}";
        return $"{scenario}, {mode}, {days}";
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
