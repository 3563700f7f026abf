using Research.Engine.Models;

namespace Research.Engine.Benchmarks;

/// <summary>What one quality mode costs per rollout frame.</summary>
/// <param name="Mode">The mode.</param>
/// <param name="Frames">Timed frames.</param>
/// <param name="Times">Per-frame wall-clock times of <c>ModelRollout.Step</c>.</param>
/// <param name="FlopsPerFrame">Analytic FLOPs of one frame (<see cref="ModelFlops.PerFrame"/>).</param>
/// <param name="PeakGflops">The machine's measured matmul peak, for <see cref="PercentOfPeak"/>.</param>
public sealed record ModeBenchmarkResult(QualityMode Mode, int Frames, FrameTimeStats Times, long FlopsPerFrame, double PeakGflops)
{
    /// <summary>Sustained GFLOP/s: FLOPs per frame times frames per second at the mean frame time.</summary>
    public double AchievedGflops => FlopsPerFrame * Times.FramesPerSecond / 1e9;

    /// <summary><see cref="AchievedGflops"/> as a percentage of the matmul peak (0 when no peak was measured).</summary>
    public double PercentOfPeak => PeakGflops > 0 ? 100 * AchievedGflops / PeakGflops : 0;

    /// <summary>Whether the 95th percentile frame fits in the budget of <paramref name="fps"/> frames per second.</summary>
    public bool HoldsAtP95(double fps) => Times.P95Ms <= 1000 / fps;
}
