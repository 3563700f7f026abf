namespace Research.Engine.Storage;

/// <summary>One run as stored in the <c>runs</c> collection.</summary>
/// <remarks>Times come from the store's <see cref="TimeProvider"/>, in UTC, to the millisecond (the precision the file keeps).</remarks>
public sealed record RunDocument
{
    /// <summary>The run id (the document key).</summary>
    public string Id { get; init; } = "";

    /// <summary>What produced the run, for example "simulate", "train" or "session".</summary>
    public string Kind { get; init; } = "";

    /// <summary>A human-readable name.</summary>
    public string? Name { get; init; }

    /// <summary>The scenario the run played.</summary>
    public string? Scenario { get; init; }

    /// <summary>The random seed, when the run has one.</summary>
    public int? Seed { get; init; }

    /// <summary>The quality mode the run started in (a live session may switch: see <see cref="Modes"/>).</summary>
    public string? QualityMode { get; init; }

    /// <summary>
    /// Every quality mode the run generated frames in, with its frames and time, in the order first used; empty for runs
    /// that record none (not sessions) or were stored before this was recorded. <see cref="ModeShares"/> says it in words.
    /// </summary>
    public IReadOnlyList<ModeUse> Modes { get; init; } = [];

    /// <summary>The model checkpoint the run used or produced.</summary>
    public string? Checkpoint { get; init; }

    /// <summary>Free-form labels used to find runs again.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where the run is in its life.</summary>
    public RunStatus Status { get; init; }

    /// <summary>When the run was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the first batch of frames was written; <see langword="null"/> before that.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the run was completed, failed or found interrupted.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The last frame index whose metrics were written, or -1 before the first batch.</summary>
    public int LastFrame { get; init; } = -1;

    /// <summary>The configuration the run was started with, as text. Keys compare case-insensitively in the file.</summary>
    public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>();

    /// <summary>Free-form notes; the store appends a line when it marks a run interrupted.</summary>
    public string? Notes { get; init; }

    /// <summary>Why the run failed, when it did.</summary>
    public string? Error { get; init; }
}
