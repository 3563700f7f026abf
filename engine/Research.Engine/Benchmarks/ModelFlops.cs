using Research.Engine.Models;

namespace Research.Engine.Benchmarks;

/// <summary>Analytic FLOPs of the parts of one rollout frame (2 x multiply-accumulates of every convolution and linear layer).</summary>
/// <param name="Motion">The motion predictor.</param>
/// <param name="Step">The corrector (the warp and blends are element-wise and not counted).</param>
/// <param name="Upsample">The quality mode's 2x upsampler.</param>
public sealed record ModelFlops(long Motion, long Step, long Upsample)
{
    /// <summary>FLOPs of one frame in <paramref name="mode"/>.</summary>
    public long PerFrame(QualityMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        return Motion + Step + (mode.Upsample ? Upsample : 0);
    }

    /// <summary>Counts the FLOPs of <paramref name="model"/>'s parts at its frame size.</summary>
    public static ModelFlops Of(WorldModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var size = model.Config.FrameSize;
        return new ModelFlops(
            FlopCounter.Walk(model.Motion, (1, 1)),
            model.Corrector.Flops(size),
            FlopCounter.Walk(model.Upsampler, (size, size)));
    }
}
