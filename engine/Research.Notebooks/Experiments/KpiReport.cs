using Microsoft.Data.Analysis;
using Research.Engine.Evaluation;
using Research.Engine.Reports;
using Research.Engine.Storage;

namespace Research.Notebooks.Experiments;

/// <summary>
/// Notebook 04: the KPI report of stored session runs, from each run's last KPI summary (the figures the workbench and
/// <c>research run</c> store), as tables and charts.
/// </summary>
public static class KpiReport
{
    /// <summary>The KPIs the report leads with, in order: responsiveness, then fidelity, then robustness.</summary>
    public static IReadOnlyList<string> Headline { get; } =
    [
        "fps", "fps_of_target", "latency_p50_ms", "latency_p95_ms", "first_response_p95_ms", "dropped_frames",
        "psnr_mean", "ssim_mean", "agent_lost_fraction", "divergence_onset_frame", "revisits", "drift_estimate_correlation",
    ];

    /// <summary>
    /// The data folder whose runs the report reads: <paramref name="runsFrom"/> when given; else the workbench's data
    /// folder when it has a run store; else the notebooks' own (where notebooks 01 and 06 store their sessions).
    /// </summary>
    public static string RunsDirectory(string runsFrom, string dataDir = "")
    {
        if (!string.IsNullOrWhiteSpace(runsFrom))
        {
            return Path.GetFullPath(runsFrom);
        }
        var workbench = DataDirectory.Resolve(null);
        return File.Exists(Path.Combine(workbench, LiteDbRunStore.DatabaseFileName)) ? workbench : Lab.DataDirectory(dataDir);
    }

    /// <summary>Builds the report from the newest <paramref name="limit"/> session runs of <paramref name="runs"/>.</summary>
    /// <exception cref="InvalidOperationException">No session run has a KPI summary.</exception>
    public static KpiReportResult Build(OpenedRuns runs, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var rows = runs.Store.QueryRuns(new RunQuery { Kind = "session", Limit = limit })
            .Select(r => (Run: r, Kpis: runs.Store.GetLatestSummary(r.Id)?.Values))
            .Where(r => r.Kpis is { Count: > 0 })
            .Select(r => (r.Run, Kpis: r.Kpis!))
            .ToList();
        if (rows.Count == 0)
        {
            throw new InvalidOperationException($"No session run with KPIs in {runs.Source}: run notebook 01 or `research run` first.");
        }
        double Value(IReadOnlyDictionary<string, double> kpis, string name) => kpis.TryGetValue(name, out var v) ? v : double.NaN;
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("run", rows.Select(r => r.Run.Id)),
            new StringDataFrameColumn("scenario", rows.Select(r => r.Run.Scenario ?? "")),
            new StringDataFrameColumn("mode", rows.Select(r => r.Run.QualityMode ?? "")),
            new StringDataFrameColumn("status", rows.Select(r => r.Run.Status.ToString())),
        };
        columns.AddRange(Headline.Select(k => new DoubleDataFrameColumn(k, rows.Select(r => Value(r.Kpis, k)))));
        var summary = new DataFrame(
            new StringDataFrameColumn("kpi", Headline),
            new Int32DataFrameColumn("runs", Headline.Select(k => rows.Count(r => double.IsFinite(Value(r.Kpis, k))))),
            new DoubleDataFrameColumn("median", Headline.Select(k => Median(rows.Select(r => Value(r.Kpis, k))))),
            new DoubleDataFrameColumn("min", Headline.Select(k => Finite(rows.Select(r => Value(r.Kpis, k))).DefaultIfEmpty(double.NaN).Min())),
            new DoubleDataFrameColumn("max", Headline.Select(k => Finite(rows.Select(r => Value(r.Kpis, k))).DefaultIfEmpty(double.NaN).Max())),
            new DoubleDataFrameColumn("newest", Headline.Select(k => Value(rows[0].Kpis, k))));
        var scatter = new ScatterChart("Latency p95 against mean PSNR per session run", "latency p95 (ms)", "mean PSNR (dB)",
            [.. rows.GroupBy(r => r.Run.QualityMode ?? "unknown").Select(g => new ScatterSeries(g.Key,
                [.. g.Select(r => new ScatterPoint(r.Run.Scenario ?? r.Run.Id, Value(r.Kpis, "latency_p95_ms"), Value(r.Kpis, "psnr_mean")))]))]);
        var ordered = rows.OrderBy(r => r.Run.CreatedAt).ToList();
        var x = Enumerable.Range(1, ordered.Count).Select(i => (double)i).ToArray();
        var trend = new LineChart("Mean PSNR and fps per session run, oldest first", "run (in the order they ran)", "dB / frames per second",
            [
                new ChartSeries("psnr_mean", x, [.. ordered.Select(r => Value(r.Kpis, "psnr_mean"))]),
                new ChartSeries("fps", x, [.. ordered.Select(r => Value(r.Kpis, "fps"))]),
            ]);
        return new KpiReportResult(new DataFrame(columns), summary, scatter, trend, runs.Source);
    }

    private static IEnumerable<double> Finite(IEnumerable<double> values) => values.Where(double.IsFinite);

    private static double Median(IEnumerable<double> values) => VariantResult.Percentile([.. Finite(values)], 50);
}
