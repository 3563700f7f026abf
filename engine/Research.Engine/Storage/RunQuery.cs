namespace Research.Engine.Storage;

/// <summary>Which runs <see cref="IRunStore.QueryRuns"/> returns. Every criterion left <see langword="null"/> matches all runs.</summary>
/// <remarks>Text criteria compare case-insensitively. Results are newest first.</remarks>
public sealed record RunQuery
{
    /// <summary>Only runs in this status.</summary>
    public RunStatus? Status { get; init; }

    /// <summary>Only runs of this scenario.</summary>
    public string? Scenario { get; init; }

    /// <summary>Only runs of this kind.</summary>
    public string? Kind { get; init; }

    /// <summary>Only runs in this quality mode.</summary>
    public string? QualityMode { get; init; }

    /// <summary>Only runs of this model checkpoint.</summary>
    public string? Checkpoint { get; init; }

    /// <summary>Only runs carrying this tag.</summary>
    public string? Tag { get; init; }

    /// <summary>Only runs created at or after this time.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only runs created before this time.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>At most this many runs (the newest); <see langword="null"/> for all.</summary>
    public int? Limit { get; init; }
}
