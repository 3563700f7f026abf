namespace Research.Engine.Datasets;

/// <summary>One episode as the manifest lists it.</summary>
public sealed record ManifestEpisode
{
    /// <summary>Position in the dataset, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>Path relative to the dataset directory, with forward slashes, e.g. episodes/episode-000000.rwe.</summary>
    public required string File { get; init; }

    /// <summary>The world's seed.</summary>
    public required int WorldSeed { get; init; }

    /// <summary>Whether the world is an explore world (else an arena).</summary>
    public required bool Explore { get; init; }

    /// <summary>The scene preset the episode starts in.</summary>
    public required string Preset { get; init; }

    /// <summary>Frame records in the file.</summary>
    public required int Frames { get; init; }

    /// <summary>File size in bytes.</summary>
    public required long Bytes { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file.</summary>
    public required string Sha256 { get; init; }
}
