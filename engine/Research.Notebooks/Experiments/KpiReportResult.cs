using Microsoft.Data.Analysis;
using Research.Engine.Reports;

namespace Research.Notebooks.Experiments;

/// <summary>What notebook 04 shows: the PM's view of stored session runs.</summary>
/// <param name="Runs">One row per session run (newest first): scenario, mode, status, and the headline KPIs of its last summary.</param>
/// <param name="Summary">Per headline KPI: runs with a value, median, best, worst, and the newest run's value.</param>
/// <param name="LatencyQuality">Per run: latency p95 against mean PSNR, one series per quality mode.</param>
/// <param name="Trend">Mean PSNR and fps per run in the order they ran.</param>
/// <param name="Source">Where the runs came from (the file, or a snapshot from the workbench).</param>
public sealed record KpiReportResult(DataFrame Runs, DataFrame Summary, ScatterChart LatencyQuality, LineChart Trend, string Source);
