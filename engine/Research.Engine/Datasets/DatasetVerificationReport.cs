namespace Research.Engine.Datasets;

/// <summary>The outcome of checking a dataset against its manifest.</summary>
public sealed record DatasetVerificationReport
{
    /// <summary>The dataset directory, as a full path.</summary>
    public required string Directory { get; init; }

    /// <summary>Every problem found; empty when the dataset is intact.</summary>
    public required IReadOnlyList<DatasetProblem> Problems { get; init; }

    /// <summary>Episode files found and read (fully or up to their first problem).</summary>
    public required int EpisodesChecked { get; init; }

    /// <summary>Frame records read and found valid.</summary>
    public required long FramesChecked { get; init; }

    /// <summary>Bytes of the episode files read.</summary>
    public required long BytesChecked { get; init; }

    /// <summary>The content hash the manifest states, or null when there is no readable manifest.</summary>
    public string? ExpectedContentHash { get; init; }

    /// <summary>The content hash recomputed from the episode files, or null when some are missing.</summary>
    public string? ActualContentHash { get; init; }

    /// <summary>Whether no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;
}
