using System.Globalization;
using Microsoft.Data.Analysis;
using Research.Engine.Evaluation;
using Research.Engine.Models;
using Research.Engine.Scenarios;

namespace Research.Notebooks.Experiments;

/// <summary>
/// Notebook 02: how error accumulates over a free rollout with each mitigation on and off (refinement, inference
/// context noise, memory; and the models trained without noise augmentation or unrolled training), across seeds, and how
/// the inference context noise level moves the curve.
/// </summary>
public static class ErrorAccumulation
{
    /// <summary>Runs the comparison.</summary>
    /// <param name="model">The model under study (the default model).</param>
    /// <param name="scenario">Scenario whose inputs drive every rollout.</param>
    /// <param name="seeds">World seeds the scenario is replayed in (the bands are across these).</param>
    /// <param name="horizon">Frames generated per rollout.</param>
    /// <param name="noiseLevels">Inference context noise levels to sweep (balanced mode).</param>
    /// <param name="trainedAblations">Also load the shipped models trained without a mitigation (engine/models/no-*).</param>
    /// <param name="cancellationToken">Stops between rollouts.</param>
    public static ErrorAccumulationResult Run(
        LoadedModel model, Scenario scenario, int seeds, int horizon, IReadOnlyList<double> noiseLevels, bool trainedAblations = true,
        CancellationToken cancellationToken = default)
    {
        var owned = new List<LoadedModel>();
        try
        {
            var ablations = new List<TrainedAblation>();
            if (trainedAblations)
            {
                foreach (var (name, noNoise, noRefine) in EvalPlan.ShippedAblations)
                {
                    var loaded = Lab.LoadModel($"engine/models/{name}");
                    owned.Add(loaded);
                    ablations.Add(new TrainedAblation(loaded.Checkpoint, loaded.Model, noNoise, noRefine));
                }
            }
            var variants = EvalPlan.Variants(model.Model, model.Checkpoint, [QualityMode.Balanced], ablations, [.. noiseLevels.Select(n => (float)n)]);
            var episodes = Rollouts.Episodes(scenario, model.FrameSize, seeds, horizon);
            var (results, options) = Rollouts.Evaluate(variants, episodes, horizon, cancellationToken);
            var sweep = results.Where(r => r.Variant.Mode.Name.StartsWith("balanced, noise", StringComparison.Ordinal)).ToList();
            var mitigations = results.Except(sweep).ToList();
            var bands = seeds > 1;
            return new ErrorAccumulationResult(
                Rollouts.PsnrCurves($"Error accumulation with each mitigation on and off ({seeds} seeds, 95% bands)", mitigations, bands),
                Rollouts.Summary(mitigations, options),
                new Research.Engine.Reports.LineChart(
                    "PSNR against horizon by inference context noise (balanced mode)", "frames generated (horizon)", "PSNR against ground truth (dB)",
                    [.. sweep.Select(r => Rollouts.Curve(r, r.Variant.Mode.Name.Replace("balanced, ", "", StringComparison.Ordinal), bands))]),
                NoiseTable(sweep, options),
                results, options);
        }
        finally
        {
            owned.ForEach(m => m.Dispose());
        }
    }

    private static DataFrame NoiseTable(IReadOnlyList<VariantResult> sweep, EvalOptions options) => new(
        new DoubleDataFrameColumn("context_noise", sweep.Select(r => (double)r.Variant.Mode.ContextNoise)),
        new DoubleDataFrameColumn(string.Create(CultureInfo.InvariantCulture, $"psnr_at_{options.Horizon}"), sweep.Select(r => VariantResult.Mean(r.Psnr)[options.Horizon])),
        new DoubleDataFrameColumn("psnr_mean", sweep.Select(r => VariantResult.Mean(r.Psnr)[1..].Average())),
        new DoubleDataFrameColumn("divergence_onset", sweep.Select(r => r.Summary(options)["divergence_onset"])));
}
