using Microsoft.Data.Analysis;
using Research.Engine.Benchmarks;
using Research.Engine.Evaluation;
using Research.Engine.Models;
using Research.Engine.Reports;
using Research.Engine.Scenarios;

namespace Research.Notebooks.Experiments;

/// <summary>Notebook 03: what each quality mode costs per frame against the quality it buys, and the Pareto front.</summary>
public static class QualityModes
{
    /// <summary>
    /// Rolls the model out in every mode and measures quality (PSNR, SSIM against the truth) and cost: analytic FLOPs
    /// and the median wall time of a step, timed over <paramref name="timingRounds"/> rounds of one step per mode.
    /// </summary>
    public static QualityModesResult Run(LoadedModel model, Scenario scenario, int seeds, int horizon, int timingRounds = 60,
        CancellationToken cancellationToken = default)
    {
        var variants = EvalPlan.Variants(model.Model, model.Checkpoint, QualityMode.All, null, []);
        var (results, options) = Rollouts.Evaluate(variants, Rollouts.Episodes(scenario, model.FrameSize, seeds, horizon), horizon, cancellationToken);
        var h = options.Horizon;
        var flops = ModelFlops.Of(model.Model);
        // Cost from steps timed in turns: the evaluation's own mean time per step drifts with whatever else the machine runs.
        var ms = InterleavedTiming.MedianMs(model.Model, QualityMode.All, timingRounds);
        var psnr = results.Select(r => VariantResult.Mean(r.Psnr)[h]).ToList();
        var cost = results.Select(r => ms[r.Variant.Mode.Name]).ToList();
        var points = results.Select((r, i) => new ScatterPoint(r.Variant.Mode.Name, cost[i], psnr[i])).ToList();
        var chart = new ScatterChart($"Cost against quality per mode: {model.Name}", "ms per frame (this machine)", $"PSNR at frame {h} (dB)",
            [new ScatterSeries(model.Name, points)], ParetoGoal.LowerXHigherY);
        var fast = results.ToList().FindIndex(r => r.Variant.Mode.Name == QualityMode.Fast.Name);
        var table = new DataFrame(
            new StringDataFrameColumn("mode", results.Select(r => r.Variant.Mode.Name)),
            new DoubleDataFrameColumn("ms_per_frame", cost),
            new DoubleDataFrameColumn("gflop_per_frame", results.Select(r => flops.PerFrame(r.Variant.Mode) / 1e9)),
            new DoubleDataFrameColumn($"psnr_at_{h}", psnr),
            new DoubleDataFrameColumn("psnr_mean", results.Select(r => VariantResult.Mean(r.Psnr)[1..].Average())),
            new DoubleDataFrameColumn($"ssim_at_{h}", results.Select(r => VariantResult.Mean(r.Ssim)[h])),
            new DoubleDataFrameColumn("db_per_extra_ms", results.Select((r, i) =>
                fast < 0 || i == fast ? double.NaN : (psnr[i] - psnr[fast]) / (cost[i] - cost[fast]))));
        var front = Pareto.Front(points, ParetoGoal.LowerXHigherY).Select(p => p.Label).ToList();
        return new QualityModesResult(chart, Rollouts.PsnrCurves($"PSNR against horizon per mode ({seeds} seeds, 95% bands)", results, seeds > 1), table, front);
    }
}
