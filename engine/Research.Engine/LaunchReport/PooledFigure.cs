namespace Research.Engine.LaunchReport;

/// <summary>A criterion's figure over some runs.</summary>
/// <param name="Value">The aggregate; null when there was nothing to aggregate.</param>
/// <param name="Worst">The worst single run (for a median), else <paramref name="Value"/>.</param>
/// <param name="Floor">The floor's quality aggregated like the figure; null without a floor or when no run measured it.</param>
/// <param name="RunIds">The runs that measured the figure, in the order given.</param>
/// <param name="SessionIds">Their sessions, in order of first appearance.</param>
internal sealed record PooledFigure(double? Value, double? Worst, double? Floor, IReadOnlyList<string> RunIds, IReadOnlyList<string> SessionIds);
