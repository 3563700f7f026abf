namespace Research.Engine.LaunchReport;

/// <summary>A <see cref="LaunchCriterion"/> answered from the selected runs.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Value">The aggregated figure the verdict is taken on; null when no run measured it.</param>
/// <param name="Worst">The worst single run's figure (for coverage and counts, the same as <paramref name="Value"/>); null when no run measured it.</param>
/// <param name="Verdict">
/// Pass or fail against the threshold, or no data; fail also when the criterion's <see cref="LaunchCriterion.Floor"/> is
/// not met or was not measured (<see cref="Reason"/> says which).
/// </param>
/// <param name="RunIds">The runs that measured the figure, oldest first (forks included).</param>
public sealed record CriterionResult(LaunchCriterion Criterion, double? Value, double? Worst, LaunchVerdict Verdict, IReadOnlyList<string> RunIds)
{
    /// <summary>The independent sessions behind <see cref="RunIds"/>: each fork counts with the run it was forked from.</summary>
    public IReadOnlyList<string> SessionIds { get; init; } = [];

    /// <summary>The aggregated quality of the criterion's <see cref="LaunchCriterion.Floor"/>; null without a floor or when no run measured it.</summary>
    public double? FloorValue { get; init; }

    /// <summary>
    /// Why the verdict is not simply the figure against its threshold, in words: a floor not met or not measured, or no
    /// run of the pooled kinds; null otherwise.
    /// </summary>
    public string? Reason { get; init; }
}
