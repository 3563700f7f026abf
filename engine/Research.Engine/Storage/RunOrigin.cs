namespace Research.Engine.Storage;

/// <summary>
/// Where a session run came from, which decides what its figures can stand for: only a run paced on the real clock
/// measures responsiveness. A single run has one origin; a combination names a pool of origins.
/// </summary>
/// <remarks>Stored as text in the run's config under <see cref="RunOrigins.ConfigKey"/>; <see cref="RunOrigins.Of"/> reads it.</remarks>
[Flags]
public enum RunOrigin
{
    /// <summary>No origin: an empty pool.</summary>
    None = 0,

    /// <summary>Frames paced at the target rate on the real clock: a workbench live session (or its fork) or a real-time scenario run.</summary>
    Live = 1,

    /// <summary>A scripted scenario replayed as fast as the machine computes, on a simulated clock (CLI, notebooks, benchmarks, tests).</summary>
    Replay = 2,

    /// <summary>A cell of a workbench sweep: a fast replay run in bulk, usually while other work shares the machine.</summary>
    Sweep = 4,

    /// <summary>Every origin.</summary>
    Any = Live | Replay | Sweep,
}
