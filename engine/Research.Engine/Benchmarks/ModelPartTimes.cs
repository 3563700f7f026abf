using Research.Engine.Models;

namespace Research.Engine.Benchmarks;

/// <summary>Median wall-clock time of the model's parts, each called directly (batch 1), in milliseconds.</summary>
/// <param name="DynamicsMs">One dynamics step.</param>
/// <param name="RefineStepMs">One refinement step.</param>
/// <param name="DecodeMs">Decoding one latent to a frame.</param>
/// <param name="UpsampleMs">The quality mode's 2x upsampling of a decoded frame.</param>
/// <param name="Repeats">Timed calls per part.</param>
public sealed record ModelPartTimes(double DynamicsMs, double RefineStepMs, double DecodeMs, double UpsampleMs, int Repeats)
{
    /// <summary>The parts of one frame in <paramref name="mode"/> added up, as <see cref="ModelFlops.PerFrame"/> counts them.</summary>
    public double PerFrameMs(QualityMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        return DynamicsMs + Math.Max(0, mode.RefineSteps) * RefineStepMs + DecodeMs + (mode.Upsample ? UpsampleMs : 0);
    }
}
