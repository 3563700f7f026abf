using Research.Engine.Storage;

namespace Research.Engine.LaunchReport;

/// <summary>A session run with the KPI figures of its latest summary: what the checklist is answered from.</summary>
/// <param name="Run">The stored run.</param>
/// <param name="Values">The figures of its latest KPI summary by snake_case name (see <see cref="Kpis.SessionKpis.ToValues"/>).</param>
public sealed record LaunchRun(RunDocument Run, IReadOnlyDictionary<string, double> Values)
{
    /// <summary>Where the run came from (<see cref="RunOrigins.Of"/>), which decides the criteria that pool it.</summary>
    public RunOrigin Origin { get; init; } = RunOrigins.Of(Run);

    /// <summary>The run it was forked from; null when it is no fork.</summary>
    public string? ForkOf { get; init; } = RunOrigins.ForkOf(Run);

    /// <summary>
    /// The independent session the run belongs to: its own id, or for a fork the id of the run its chain of forks started
    /// from. Set by <see cref="LaunchChecklistBuilder"/> from the runs it loads.
    /// </summary>
    public string Session { get; init; } = Run.Id;
}
