using Research.Engine.Kpis;

namespace Research.Engine.Sessions;

/// <summary>What a headless scenario run gives back.</summary>
/// <param name="RunId">The stored run, if it was stored.</param>
/// <param name="Kpis">The session's KPIs.</param>
/// <param name="Log">The session's log (frames, inputs, ratings, revisits, switches, injections, resets).</param>
public sealed record ScenarioRunResult(string? RunId, SessionKpis Kpis, SessionLog Log);
