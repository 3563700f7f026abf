namespace Research.Notebooks.Tests.Notebooks;

/// <summary>
/// Every notebook runs headlessly with small parameters (one thread, a few frames), and its outputs hold what the
/// notebook is for: the charts with their traces, the tables with their columns and plausible values.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class NotebookTests(NotebookFixture fixture) : IClassFixture<NotebookFixture>
{
    [Fact]
    public async Task Quickstart_ThenKpiReport_StripKpisAndLaunchChecklistOfTheStoredRun()
    {
        // Act
        var (result, quickstart) = await fixture.RunAsync("01-quickstart", "seconds=2", "stripEvery=20");
        var (_, report) = await fixture.RunAsync("04-kpi-report", $"runsFrom={fixture.DataDirectory}");

        // Assert: 01 shows the strip, the KPI table and the PSNR chart.
        Assert.Contains("image/png", quickstart.MimeTypes);
        var kpis = quickstart.Table("kpi");
        var values = kpis.Column("kpi").Zip(kpis.Numbers("value")).ToDictionary(p => p.First, p => p.Second);
        Assert.InRange(values["psnr_mean"], 5, 60);
        Assert.InRange(values["fps"], 0.1, 1000);
        Assert.Equal(["default balanced"], ExecutedNotebook.TraceNames(quickstart.Figure("PSNR per frame")));
        Assert.True(File.Exists(result.HtmlPath));
        // 04 answers the launch checklist from the run 01 stored (06 may have stored its sessions in the same folder first).
        var items = report.Table("verdict");
        Assert.Equal(["item", "verdict", "partial", "figure", "value", "threshold", "runs"], items.Columns);
        Assert.Equal(
            ["Can users steer in under 1 s?", "Is the world coherent after multiple input changes?", "Is there a clear reset and recovery workflow?",
             "Is it visibly live, not pre-rendered?", "Is responsiveness measurable at scale?"],
            items.Column("item"));
        Assert.All(items.Column("verdict"), v => Assert.Contains(v, (string[])["pass", "fail", "no data"]));
        Assert.All(items.Numbers("runs"), v => Assert.True(v >= 0));
        Assert.Contains("1000 ms", items.Column("threshold")[0], StringComparison.Ordinal);
        var figures = report.Table("worst_run");
        Assert.Contains("first response p95", figures.Column("figure"));
        var runs = report.Table("scenario");
        Assert.Contains("revisit-loop", runs.Column("scenario"));
        Assert.All(runs.Numbers("latency_p95_ms"), v => Assert.True(v > 0));
        // Each measured item's headline figure has its trend against its threshold, as the workbench draws it.
        var measured = items.Rows.Where(r => r[1] != "no data").ToList();
        Assert.NotEmpty(measured);
        Assert.All(measured, r => Assert.Equal([r[3], $"threshold ({r[5]})"], ExecutedNotebook.TraceNames(report.Figure(r[3] + ", per"))));
    }

    [Fact]
    public async Task ErrorAccumulation_MitigationCurvesWithBandsSummaryAndNoiseSweep()
    {
        var (_, notebook) = await fixture.RunAsync("02-error-accumulation", "seeds=2", "horizon=8", "noiseLevels=0,0.1", "trainedAblations=false");

        var traces = ExecutedNotebook.TraceNames(notebook.Figure("Error accumulation"));
        Assert.Contains("default balanced", traces);
        Assert.Contains("default balanced band", traces);
        Assert.Contains("default balanced, memory off", traces);
        Assert.Contains("default balanced, mitigations off", traces);
        var summary = notebook.Table("divergence_onset");
        Assert.Equal(5, summary.Rows.Count);
        Assert.All(summary.Numbers("psnr_at_1"), v => Assert.InRange(v, 10, 60));
        Assert.All(summary.Numbers("ms_per_frame"), v => Assert.True(v > 0));
        Assert.Equal(["noise 0", "noise 0 band", "noise 0.1", "noise 0.1 band"], ExecutedNotebook.TraceNames(notebook.Figure("inference context noise")).Order());
        Assert.Equal([0, 0.1], notebook.Table("context_noise").Numbers("context_noise").Select(v => Math.Round(v, 3)));
    }

    [Fact]
    public async Task QualityModes_ParetoChartAndCostTablePerMode()
    {
        var (_, notebook) = await fixture.RunAsync("03-quality-modes", "seeds=2", "horizon=8", "timingRounds=5");

        Assert.Equal(["Pareto front", "default"], ExecutedNotebook.TraceNames(notebook.Figure("Cost against quality")));
        var table = notebook.Table("gflop_per_frame");
        Assert.Equal(["fast", "balanced", "quality"], table.Column("mode"));
        Assert.All(table.Numbers("ms_per_frame"), v => Assert.True(v > 0));
        var flops = table.Numbers("gflop_per_frame");
        Assert.True(flops[0] > 0 && flops[0] < flops[2], $"fast {flops[0]} and quality {flops[2]} GFLOP per frame");
        Assert.Contains("Pareto front:", notebook.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainAModel_LossCurveMetricsAndComparisonWithDefault()
    {
        var (_, notebook) = await fixture.RunAsync("05-train-a-model", "dynamicsSteps=3", "episodes=2", "framesPerEpisode=20", "seeds=1", "horizon=5");

        Assert.Contains("dynamics", ExecutedNotebook.TraceNames(notebook.Figure("Training loss")));
        Assert.All(ExecutedNotebook.TraceY(notebook.Figure("Training loss"), "dynamics"), v => Assert.True(double.IsFinite(v) && v >= 0));
        Assert.NotEmpty(notebook.Table("metric").Rows);
        var comparison = notebook.Table("divergence_onset");
        Assert.Equal(["default balanced", "notebook-small balanced"], comparison.Column("variant"));
        // One seed: no confidence band.
        Assert.Equal(["default balanced", "notebook-small balanced"], ExecutedNotebook.TraceNames(notebook.Figure("against default")));
    }

    [Fact]
    public async Task MemoryAndRevisits_RevisitTableAndInjectionRecovery()
    {
        var (_, notebook) = await fixture.RunAsync("06-memory-and-revisits", "seeds=1", "horizon=30", "injectionSeconds=2", "injectAt=1");

        var revisits = notebook.Table("model_self_psnr");
        Assert.Equal(["memory on (balanced)", "memory off"], revisits.Column("variant"));
        Assert.All(revisits.Column("revisits"), v => Assert.True(int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) >= 0));
        Assert.Equal(["memory on (balanced)", "memory off"], ExecutedNotebook.TraceNames(notebook.Figure("Revisit self-consistency")));
        var injection = notebook.Table("recovery_frames");
        // Frames are numbered from 1: the tick at 1 s (30) is frame 31.
        Assert.Equal([31.0, 31.0], injection.Numbers("injected_at_frame"));
        Assert.All(injection.Numbers("baseline_psnr"), v => Assert.InRange(v, 5, 60));
        Assert.Equal(["memory on (balanced)", "memory off"], ExecutedNotebook.TraceNames(notebook.Figure("injected")));
    }
}
