using Research.Engine.Reports;

namespace Research.Engine.LaunchReport;

/// <summary>One launch checklist item answered from measured runs.</summary>
/// <param name="Item">The question and its criteria.</param>
/// <param name="Verdict">
/// <see cref="LaunchVerdict.Fail"/> when any measured criterion fails; <see cref="LaunchVerdict.NoData"/> when no criterion was
/// measured; otherwise <see cref="LaunchVerdict.Pass"/>, even when some criteria have no data (see <see cref="IsPartial"/>).
/// </param>
/// <param name="Criteria">Each criterion's figure and verdict, in the item's order.</param>
/// <param name="Trend">The <see cref="Headline"/> figure over time with its threshold; null when no run measured it.</param>
public sealed record LaunchCheck(LaunchItem Item, LaunchVerdict Verdict, IReadOnlyList<CriterionResult> Criteria, LineChart? Trend)
{
    /// <summary>The figure the item is summed up by: its first failing criterion, else its first measured one, else its first.</summary>
    public CriterionResult Headline => HeadlineOf(Criteria);

    /// <summary>The headline of <paramref name="criteria"/>: the first failing, else the first measured, else the first.</summary>
    internal static CriterionResult HeadlineOf(IReadOnlyList<CriterionResult> criteria) =>
        criteria.FirstOrDefault(c => c.Verdict == LaunchVerdict.Fail)
        ?? criteria.FirstOrDefault(c => c.Verdict != LaunchVerdict.NoData)
        ?? criteria[0];

    /// <summary>Whether the verdict rests on only some of the item's criteria (the others had no data).</summary>
    public bool IsPartial => Verdict != LaunchVerdict.NoData && Criteria.Any(c => c.Verdict == LaunchVerdict.NoData);

    /// <summary>The independent sessions behind the item's measured figures, without repeats: forks count with the run they were forked from.</summary>
    public IReadOnlyList<string> SessionIds => Criteria.SelectMany(c => c.SessionIds).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Every run behind the item's measured figures, without repeats.</summary>
    public IReadOnlyList<string> RunIds => Criteria.SelectMany(c => c.RunIds).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
