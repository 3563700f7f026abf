using Research.Engine.Models;

namespace Research.Engine.Benchmarks;

/// <summary>How long and at what the model benchmark measures.</summary>
public sealed record ModelBenchmarkOptions
{
    /// <summary>The fewest timed frames that give a meaningful p95.</summary>
    public const int MinimumFrames = 10;

    /// <summary>Timed rollout frames per quality mode.</summary>
    /// <remarks>Default 200; at least <see cref="MinimumFrames"/>.</remarks>
    public int Frames { get; init; } = 200;

    /// <summary>Rollout frames run and discarded before timing each mode (allocator, caches, thread pool).</summary>
    /// <remarks>Default 20.</remarks>
    public int WarmupFrames { get; init; } = 20;

    /// <summary>Timed direct calls per part (dynamics, refinement step, decode) in the cost breakdown.</summary>
    /// <remarks>Default 50.</remarks>
    public int PartRepeats { get; init; } = 50;

    /// <summary>Sides of the square matmuls that measure the machine's peak.</summary>
    /// <remarks>Default 256, 512, 768, 1024.</remarks>
    public IReadOnlyList<int> PeakSizes { get; init; } = [256, 512, 768, 1024];

    /// <summary>Timed repeats per matmul size; the best counts.</summary>
    /// <remarks>Default 5.</remarks>
    public int PeakRepeats { get; init; } = 5;

    /// <summary>The quality modes to measure, in report order.</summary>
    /// <remarks>Default <see cref="QualityMode.All"/>.</remarks>
    public IReadOnlyList<QualityMode> Modes { get; init; } = QualityMode.All;

    /// <summary>Checks the values; throws naming the first wrong one.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        Check(Frames >= MinimumFrames, $"frames must be at least {MinimumFrames}, not {Frames}");
        Check(WarmupFrames >= 0, $"warm-up frames must be zero or more, not {WarmupFrames}");
        Check(PartRepeats >= 1, $"part repeats must be at least 1, not {PartRepeats}");
        Check(PeakSizes.Count > 0 && PeakSizes.All(n => n >= 1), "peak sizes must be one or more positive matrix sides");
        Check(PeakRepeats >= 1, $"peak repeats must be at least 1, not {PeakRepeats}");
        Check(Modes.Count > 0, "at least one quality mode is needed");
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
        {
            throw new ArgumentException($"Model benchmark: {message}.");
        }
    }
}
