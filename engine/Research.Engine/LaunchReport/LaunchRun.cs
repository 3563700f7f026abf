using Research.Engine.Storage;

namespace Research.Engine.LaunchReport;

/// <summary>A session run with the KPI figures of its latest summary: what the checklist is answered from.</summary>
/// <param name="Run">The stored run.</param>
/// <param name="Values">The figures of its latest KPI summary by snake_case name (see <see cref="Kpis.SessionKpis.ToValues"/>).</param>
public sealed record LaunchRun(RunDocument Run, IReadOnlyDictionary<string, double> Values);
