using Research.Engine.Storage;

namespace Research.Engine.LaunchReport;

/// <summary>A session run the filter selects that the checklist was not answered from, and why.</summary>
/// <param name="Run">The stored run.</param>
/// <param name="Reason">Why it was left out: "failed: …", "interrupted: …", "still running", or "completed without a KPI summary".</param>
public sealed record LeftOutRun(RunDocument Run, string Reason);
