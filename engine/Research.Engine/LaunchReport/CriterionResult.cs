namespace Research.Engine.LaunchReport;

/// <summary>A <see cref="LaunchCriterion"/> answered from the selected runs.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Value">The aggregated figure the verdict is taken on; null when no run measured it.</param>
/// <param name="Worst">The worst single run's figure (for coverage and counts, the same as <paramref name="Value"/>); null when no run measured it.</param>
/// <param name="Verdict">Pass or fail against the threshold, or no data.</param>
/// <param name="RunIds">The runs that measured the figure, oldest first.</param>
public sealed record CriterionResult(LaunchCriterion Criterion, double? Value, double? Worst, LaunchVerdict Verdict, IReadOnlyList<string> RunIds);
