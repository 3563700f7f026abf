using Research.Engine.Kpis;

namespace Research.Engine.Benchmarks;

/// <summary>One scenario the session benchmark played through <see cref="Sessions.ScenarioRunner"/>.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Seconds">Session length played, in seconds.</param>
/// <param name="RunId">The stored run, if it was stored.</param>
/// <param name="Kpis">The session's KPIs.</param>
/// <param name="Log">The session's log, for figures the KPIs do not give (per-minute latency, pooled responses).</param>
public sealed record ScenarioBenchmarkRun(string Scenario, double Seconds, string? RunId, SessionKpis Kpis, SessionLog Log)
{
    /// <summary>Input to first conditioned frame, in ms, of every input that has one (see <see cref="ResponseKpis.FirstResponseP95Ms"/>).</summary>
    public IEnumerable<double> FirstResponsesMs => Log.Inputs
        .Where(i => i.AppliedFrame is not null && i.FirstFrameMs is not null)
        .Select(i => i.FirstFrameMs!.Value - i.ReceivedMs);
}
