using Research.Engine.Models;

namespace Research.Engine.Benchmarks;

/// <summary>Median milliseconds of each part of a rollout frame, timed by calling the modules directly.</summary>
/// <param name="MotionMs">The motion predictor.</param>
/// <param name="StepMs">The warp, memory blend and corrector (<see cref="WorldModel.Step"/>).</param>
/// <param name="UpsampleMs">The quality mode's 2x upsampler.</param>
/// <param name="Repeats">Timed calls per part.</param>
public sealed record ModelPartTimes(double MotionMs, double StepMs, double UpsampleMs, int Repeats)
{
    /// <summary>The parts' sum for one frame of <paramref name="mode"/>.</summary>
    public double PerFrameMs(QualityMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        return MotionMs + StepMs + (mode.Upsample ? UpsampleMs : 0);
    }
}
