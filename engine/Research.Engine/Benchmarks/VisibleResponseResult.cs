using Research.Engine.Kpis;

namespace Research.Engine.Benchmarks;

/// <summary>How soon inputs changed the picture, measured against counterfactual "no input" forks.</summary>
/// <param name="Scenario">The scenario replayed.</param>
/// <param name="Threshold">Mean absolute difference between the branches' frames, in levels, from which they count as visibly different.</param>
/// <param name="MaxFrames">Frames a probe waits at most.</param>
/// <param name="Probes">Every probe, in order.</param>
public sealed record VisibleResponseResult(string Scenario, double Threshold, int MaxFrames, IReadOnlyList<VisibleResponseProbe> Probes)
{
    /// <summary>Probes that became visible within <see cref="MaxFrames"/>.</summary>
    public int VisibleCount => Probes.Count(p => p.Frames is not null);

    /// <summary>Probes that never became visible within <see cref="MaxFrames"/>.</summary>
    public int NeverVisible => Probes.Count - VisibleCount;

    /// <summary>Median frames to visible, over the visible probes; null when none was.</summary>
    public double? P50Frames => KpiMath.Percentile(Probes.Where(p => p.Frames is not null).Select(p => (double)p.Frames!.Value), 50);

    /// <summary>95th percentile of frames to visible; null when none was visible.</summary>
    public double? P95Frames => KpiMath.Percentile(Probes.Where(p => p.Frames is not null).Select(p => (double)p.Frames!.Value), 95);

    /// <summary>Median visible response time, in ms; null when none was visible.</summary>
    public double? P50Ms => KpiMath.Percentile(Probes.Where(p => p.ResponseMs is not null).Select(p => p.ResponseMs!.Value), 50);

    /// <summary>95th percentile of the visible response time, in ms; null when none was visible.</summary>
    public double? P95Ms => KpiMath.Percentile(Probes.Where(p => p.ResponseMs is not null).Select(p => p.ResponseMs!.Value), 95);
}
