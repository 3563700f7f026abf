namespace Research.Engine.RunViews;

/// <summary>One KPI across the runs of a comparison.</summary>
/// <param name="Key">The KPI's snake_case key, for example "latency_p95_ms".</param>
/// <param name="Direction">Which way it improves.</param>
/// <param name="Values">One value per run, in the runs' order; <see langword="null"/> where a run lacks the KPI.</param>
/// <param name="Best">The indices of the runs with the best value (several on an exact tie); empty when the KPI has no direction, fewer than two runs have it, or the best is within the noise of another run (<see cref="KpiComparison.Rule"/>).</param>
public sealed record KpiRow(string Key, KpiDirection Direction, IReadOnlyList<double?> Values, IReadOnlyList<int> Best);
