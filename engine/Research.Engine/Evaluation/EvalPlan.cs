using System.Globalization;
using Research.Engine.Models;

namespace Research.Engine.Evaluation;

/// <summary>A model trained with a mitigation switched off, and which inference-time mitigations it runs without.</summary>
/// <param name="Checkpoint">Its checkpoint directory.</param>
/// <param name="Model">The loaded model (not owned).</param>
/// <param name="WithoutContextNoise">Run it with no inference context noise (it never learned the noise input).</param>
/// <param name="WithoutRefinement">Run it with no refinement (its head is untrained).</param>
public sealed record TrainedAblation(string Checkpoint, WorldModel Model, bool WithoutContextNoise, bool WithoutRefinement);

/// <summary>
/// Which variants an evaluation runs: the requested quality modes; with ablations, the balanced mode with each
/// inference-time mitigation off in turn (refinement, context noise, memory) and all at once, and each model trained
/// with a mitigation off; and a sweep of the inference context noise.
/// </summary>
public static class EvalPlan
{
    /// <summary>The names of the shipped ablation models in <c>engine/models</c>, and what they were trained without.</summary>
    public static IReadOnlyList<(string Name, bool WithoutContextNoise, bool WithoutRefinement)> ShippedAblations { get; } =
        [("no-noise", true, false), ("no-unroll", false, false), ("no-mitigations", true, true)];

    /// <summary>The variants for <paramref name="model"/>.</summary>
    /// <param name="model">The model under evaluation.</param>
    /// <param name="checkpoint">Its checkpoint directory.</param>
    /// <param name="modes">Quality modes to run it in.</param>
    /// <param name="ablations">Null for no ablations; else the models trained without a mitigation (may be empty) and the inference-time ablations are added.</param>
    /// <param name="noiseSweep">Inference context noise levels to run the balanced mode at.</param>
    public static IReadOnlyList<EvalVariant> Variants(
        WorldModel model, string checkpoint, IReadOnlyList<QualityMode> modes, IReadOnlyList<TrainedAblation>? ablations, IReadOnlyList<float> noiseSweep)
    {
        var name = Label(checkpoint);
        var balanced = QualityMode.Balanced;
        var variants = modes.Select(mode => new EvalVariant($"{name} {mode.Name}", model, checkpoint, mode)).ToList();
        if (ablations is not null)
        {
            var plain = balanced with { Name = "balanced, mitigations off", ContextNoise = 0, RefineSteps = 0 };
            variants.Add(new EvalVariant($"{name} balanced, refinement off", model, checkpoint, balanced with { Name = "balanced, refinement off", RefineSteps = 0 }));
            variants.Add(new EvalVariant($"{name} balanced, context noise off", model, checkpoint, balanced with { Name = "balanced, context noise off", ContextNoise = 0 }));
            variants.Add(new EvalVariant($"{name} balanced, memory off", model, checkpoint, balanced with { Name = "balanced, memory off", MemoryFrames = 0 }));
            variants.Add(new EvalVariant($"{name} {plain.Name}", model, checkpoint, plain));
            foreach (var ablation in ablations)
            {
                var mode = balanced with
                {
                    Name = ablation.WithoutContextNoise || ablation.WithoutRefinement ? "balanced, as trained" : "balanced",
                    ContextNoise = ablation.WithoutContextNoise ? 0 : balanced.ContextNoise,
                    RefineSteps = ablation.WithoutRefinement ? 0 : balanced.RefineSteps,
                };
                variants.Add(new EvalVariant($"{Label(ablation.Checkpoint)} {mode.Name}", ablation.Model, ablation.Checkpoint, mode));
            }
        }
        foreach (var noise in noiseSweep)
        {
            var label = $"balanced, noise {noise.ToString("0.###", CultureInfo.InvariantCulture)}";
            variants.Add(new EvalVariant($"{name} {label}", model, checkpoint, balanced with { Name = label, ContextNoise = noise }));
        }
        return variants;
    }

    /// <summary>A checkpoint's short name: its directory name.</summary>
    public static string Label(string checkpoint) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(checkpoint)));
}
