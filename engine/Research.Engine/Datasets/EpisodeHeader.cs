namespace Research.Engine.Datasets;

/// <summary>What an episode file says about itself before its first frame: enough to re-simulate it.</summary>
public sealed record EpisodeHeader
{
    /// <summary>Format version of the file.</summary>
    public required int FormatVersion { get; init; }

    /// <summary>Frames are <c>FrameSize</c> x <c>FrameSize</c> RGB pixels.</summary>
    public required int FrameSize { get; init; }

    /// <summary>Whether the world is an explore world (else an arena); see <see cref="World.WorldOptions.Explore"/>.</summary>
    public required bool Explore { get; init; }

    /// <summary>The world's seed (<see cref="World.WorldOptions.Seed"/>).</summary>
    public required int WorldSeed { get; init; }

    /// <summary>Seed of the dataset the episode belongs to.</summary>
    public required int DatasetSeed { get; init; }

    /// <summary>Position of the episode in its dataset.</summary>
    public required int EpisodeIndex { get; init; }

    /// <summary>Frame records the file holds when complete.</summary>
    public required int Frames { get; init; }

    /// <summary>Size of the world's object pool: every frame records this many objects.</summary>
    public required int ObjectCount { get; init; }

    /// <summary>Seed of the steering policy and prompt schedule (provenance only: actions and prompts are stored).</summary>
    public required ulong PolicySeed { get; init; }

    /// <summary>The scene preset the world starts in, before the prompt of frame 0.</summary>
    public required string Preset { get; init; }
}
