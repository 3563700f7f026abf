namespace Research.Engine.Sessions;

/// <summary>
/// When a session soft-resets itself: when its ground-truth-free drift estimate (<see cref="DriftEstimator"/>) stays
/// above <see cref="Threshold"/> for <see cref="HoldFrames"/> frames, at most once every <see cref="MinGapFrames"/> frames.
/// </summary>
/// <remarks>Defaults: threshold 0.5, 10 frames, a gap of 90 frames (3 s at 30 fps).</remarks>
public sealed record AutoResetPolicy
{
    /// <summary>Drift estimate above which a frame counts as drifting (0 to 1).</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Consecutive drifting frames that trigger a soft reset.</summary>
    public int HoldFrames { get; init; } = 10;

    /// <summary>Least frames between two automatic soft resets.</summary>
    public int MinGapFrames { get; init; } = 90;

    /// <summary>Checks the fields.</summary>
    /// <exception cref="ArgumentException">A field is out of range.</exception>
    public void Validate()
    {
        if (Threshold is <= 0 or >= 1 || HoldFrames < 1 || MinGapFrames < 1)
        {
            throw new ArgumentException($"Auto reset policy needs a threshold in (0, 1), hold and gap of at least 1 frame (got {Threshold}, {HoldFrames}, {MinGapFrames}).", nameof(SessionOptions.AutoReset));
        }
    }
}
