using Research.Engine.Models;

namespace Research.Engine.Benchmarks;

/// <summary>Analytic FLOPs of the world model's parts for one frame (batch 1), counted by <see cref="FlopCounter"/>.</summary>
/// <param name="Dynamics">One dynamics step.</param>
/// <param name="RefineStep">One refinement step.</param>
/// <param name="Decode">Decoding one latent to a frame.</param>
/// <param name="Upsample">The quality mode's 2x upsampling of a decoded frame.</param>
public sealed record ModelFlops(long Dynamics, long RefineStep, long Decode, long Upsample)
{
    /// <summary>FLOPs of one rollout frame in <paramref name="mode"/>: a dynamics step, its refinement steps and the decode.</summary>
    /// <remarks>
    /// The dynamics always reads <see cref="ModelConfig.MaxContextFrames"/> context slots (unused ones are zeros), so the
    /// context length of a mode changes what it sees, not what it costs.
    /// </remarks>
    public long PerFrame(QualityMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        return Dynamics + Math.Max(0, mode.RefineSteps) * RefineStep + Decode + (mode.Upsample ? Upsample : 0);
    }

    /// <summary>Counts the parts of <paramref name="model"/> at its latent size.</summary>
    /// <exception cref="InvalidOperationException">The tokenizer has no registered decoder modules to walk.</exception>
    public static ModelFlops Of(WorldModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var latent = (long)model.Config.LatentSize;
        // The tokenizer's encoder runs once per start, not per frame: walk only its decoder stages, in order.
        var decoder = model.Tokenizer.named_children()
            .Where(c => c.name.Contains("decoder", StringComparison.OrdinalIgnoreCase))
            .Select(c => c.module)
            .ToList();
        if (decoder.Count == 0)
        {
            throw new InvalidOperationException("FLOP count: the tokenizer has no submodule named like 'decoder'; update ModelFlops.Of to the new layout.");
        }
        return new ModelFlops(
            FlopCounter.Walk(model.Dynamics, (latent, latent)),
            FlopCounter.Walk(model.Refiner, (latent, latent)),
            FlopCounter.Walk(decoder, (latent, latent)),
            FlopCounter.Walk(model.Upsampler, (model.Config.FrameSize, model.Config.FrameSize)));
    }
}
