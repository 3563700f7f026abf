using Microsoft.Data.Analysis;
using Research.Engine.LaunchReport;
using Research.Engine.Reports;

namespace Research.Notebooks.Experiments;

/// <summary>What notebook 04 shows: the launch checklist of the workbench's KPI report, answered from stored session runs.</summary>
/// <param name="Checklist">The checklist itself (<see cref="LaunchChecklistReport.ToReport"/> renders it as the workbench's HTML export).</param>
/// <param name="Items">The five items: item (question), verdict (pass, fail or no data), partial, headline figure, value, threshold, runs.</param>
/// <param name="Figures">Every figure behind the items: item id, figure, value, worst run (medians only), threshold, floor, pools, verdict, why (a floor not met, no run of the pooled kinds), runs.</param>
/// <param name="Trends">Each item's headline figure over time with its threshold, for the items some run measured.</param>
/// <param name="Runs">The runs the checklist was answered from, oldest first, with their origin, the run each fork was forked from, and each checklist figure as that run measured it.</param>
/// <param name="Source">Where the runs came from (the file, or a snapshot from the workbench).</param>
public sealed record KpiReportResult(
    LaunchChecklist Checklist, DataFrame Items, DataFrame Figures, IReadOnlyList<LineChart> Trends, DataFrame Runs, string Source);
