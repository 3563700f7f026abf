namespace Research.Engine.Storage;

/// <summary>How much of a run went by in one quality mode (<see cref="RunDocument.Modes"/>).</summary>
public sealed record ModeUse
{
    /// <summary>The quality mode, for example "fast" or "quality".</summary>
    public string Mode { get; init; } = "";

    /// <summary>Frames generated in the mode.</summary>
    public int Frames { get; init; }

    /// <summary>
    /// Session time spent in the mode, in seconds: its frames and the frame deadlines missed while it was in force, at
    /// the session's frame rate (a slow mode misses more deadlines, so this is the fairer share). Paused time is not counted.
    /// </summary>
    public double Seconds { get; init; }
}
