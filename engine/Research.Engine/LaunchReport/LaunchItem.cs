namespace Research.Engine.LaunchReport;

/// <summary>One question of the launch checklist and the criteria that answer it.</summary>
/// <param name="Id">A short stable id ("steer", "coherent", "recovery", "live", "scale") for links, element ids and tests.</param>
/// <param name="Question">The question as the checklist asks it.</param>
/// <param name="Explanation">What is measured and why, in two or three sentences for a PM.</param>
/// <param name="Criteria">The figures behind the answer; the first failing one, else the first measured one, is the item's headline figure and its trend.</param>
public sealed record LaunchItem(string Id, string Question, string Explanation, IReadOnlyList<LaunchCriterion> Criteria);
