using Research.Engine.World;

namespace Research.Engine.Datasets;

/// <summary>What to generate and where. Everything but the directory and the parallelism decides the content.</summary>
public sealed record DatasetOptions
{
    /// <summary>Largest number of episodes (file names have six digits).</summary>
    public const int MaxEpisodes = 1_000_000;

    /// <summary>Largest number of frames in an episode.</summary>
    public const int MaxFramesPerEpisode = 1_000_000;

    /// <summary>The dataset's directory; created if missing. An existing dataset of the same options there is resumed.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Number of episodes, one world each.</summary>
    /// <remarks>Default 100.</remarks>
    public int Episodes { get; init; } = 100;

    /// <summary>Frames recorded per episode, including the initial frame.</summary>
    /// <remarks>Default 1000.</remarks>
    public int FramesPerEpisode { get; init; } = 1000;

    /// <summary>Frame side in pixels: a multiple of 16 from 16 to 256 (see <see cref="FrameRenderer.ValidateSize"/>).</summary>
    /// <remarks>Default 64.</remarks>
    public int FrameSize { get; init; } = 64;

    /// <summary>Seed of the whole dataset; every episode's world, policy and prompts derive from it and the episode's index.</summary>
    /// <remarks>Default 1.</remarks>
    public int Seed { get; init; } = 1;

    /// <summary>Share of episodes set in an explore world (the rest are arenas), in [0, 1].</summary>
    /// <remarks>Default 0.8.</remarks>
    public double ExploreFraction { get; init; } = 0.8;

    /// <summary>Episodes generated at once; 0 means one per processor. Does not change the content.</summary>
    /// <remarks>Default 0.</remarks>
    public int MaxParallelism { get; init; }

    /// <summary>Checks every option.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            throw new ArgumentException("The output directory is empty.", nameof(OutputDirectory));
        }
        if (Episodes is < 1 or > MaxEpisodes)
        {
            throw new ArgumentOutOfRangeException(nameof(Episodes), Episodes, $"Episodes must be from 1 to {MaxEpisodes}.");
        }
        if (FramesPerEpisode is < 2 or > MaxFramesPerEpisode)
        {
            throw new ArgumentOutOfRangeException(nameof(FramesPerEpisode), FramesPerEpisode, $"Frames per episode must be from 2 to {MaxFramesPerEpisode}.");
        }
        if (FrameSize < 16 || FrameSize > 256 || FrameSize % 16 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(FrameSize), FrameSize, "Frame size must be a multiple of 16 from 16 to 256.");
        }
        if (!(ExploreFraction is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ExploreFraction), ExploreFraction, "The explore fraction must be from 0 to 1.");
        }
        if (MaxParallelism < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxParallelism), MaxParallelism, "Parallelism must be 0 (one per processor) or more.");
        }
    }
}
