using Research.Engine.Models;
using Research.Engine.World;

namespace Research.Engine.Sessions;

/// <summary>How a live session starts and runs.</summary>
/// <remarks>
/// Defaults: fast mode, 30 fps, seed 1, preset meadow, no prompt, explore world, the last 256 inputs live,
/// prompts of at most 200 characters, mark labels of at most 100, soft resets spread over 5 frames, at most 10,000 inputs waiting for a frame, frames flushed to the store every
/// 30 frames, a partial KPI summary every 300 frames, a key frame (model | truth | error) every 30 frames, no auto
/// soft reset.
/// </remarks>
public sealed record SessionOptions
{
    /// <summary>The longest prompt accepted, in characters; longer prompts are rejected, never cut.</summary>
    public const int MaxPromptLength = 200;

    /// <summary>The longest mark label accepted, in characters; longer labels are rejected, never cut.</summary>
    public const int MaxLabelLength = 100;

    /// <summary>The quality mode the session starts in.</summary>
    public QualityMode Mode { get; init; } = QualityMode.Fast;

    /// <summary>Target frame rate of the real-time loop.</summary>
    public double TargetFps { get; init; } = 30;

    /// <summary>The world's seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The scene preset at start.</summary>
    public string Preset { get; init; } = "meadow";

    /// <summary>The prompt at start, if any (applied over the preset).</summary>
    public string? Prompt { get; init; }

    /// <summary>Whether the world is an explore world (larger than the view) rather than an arena.</summary>
    public bool Explore { get; init; } = true;

    /// <summary>How many of the newest inputs the live trace keeps in memory (all are persisted with the run).</summary>
    public int TraceCapacity { get; init; } = 256;

    /// <summary>Most inputs that may wait for the next frame; more are rejected (and traced) until a frame drains them.</summary>
    public int MaxPendingInputs { get; init; } = 10_000;

    /// <summary>Frames between two flushes of metrics and inputs to the store.</summary>
    public int FlushEveryFrames { get; init; } = 30;

    /// <summary>Frames between two partial KPI summaries in the store.</summary>
    public int SummaryEveryFrames { get; init; } = 300;

    /// <summary>Frames between two stored key frames (0: none).</summary>
    public int KeyFrameEvery { get; init; } = 30;

    /// <summary>Frames a soft reset is spread over: each moves the context latents this far towards their clean re-encoding.</summary>
    /// <remarks>
    /// Default 5 frames of 0.3 (83% of the way in all). With the default model a soft reset done at once changed the
    /// frame by 1.44x the 99th percentile of normal motion; spread over 5 frames, 1.14x, against 1.12x for the same
    /// frames with no reset at all (resets that fall on a change of direction move with it).
    /// </remarks>
    public int SoftResetFrames { get; init; } = 5;

    /// <summary>How far each of the <see cref="SoftResetFrames"/> frames moves the context towards its clean re-encoding (0 to 1).</summary>
    public float SoftResetStrength { get; init; } = 0.3f;

    /// <summary>The automatic soft-reset policy, or <see langword="null"/> for none.</summary>
    public AutoResetPolicy? AutoReset { get; init; }

    /// <summary>Frame period in milliseconds.</summary>
    public double PeriodMs => 1000.0 / TargetFps;

    /// <summary>Checks every field; throws naming the first one that is wrong.</summary>
    /// <exception cref="ArgumentException">A field is out of range or unknown.</exception>
    public void Validate()
    {
        Check(TargetFps is > 0 and <= 240, nameof(TargetFps), "between 0 and 240");
        Check(ScenePresets.IsKnown(Preset), nameof(Preset), $"one of {string.Join(", ", ScenePresets.Names)}");
        Check(Prompt is null || Prompt.Length <= MaxPromptLength, nameof(Prompt), $"at most {MaxPromptLength} characters");
        Check(TraceCapacity >= 1, nameof(TraceCapacity), "at least 1");
        Check(MaxPendingInputs >= 1, nameof(MaxPendingInputs), "at least 1");
        Check(FlushEveryFrames >= 1, nameof(FlushEveryFrames), "at least 1");
        Check(SummaryEveryFrames >= 1, nameof(SummaryEveryFrames), "at least 1");
        Check(KeyFrameEvery >= 0, nameof(KeyFrameEvery), "0 or more");
        Check(SoftResetFrames >= 1, nameof(SoftResetFrames), "at least 1");
        Check(SoftResetStrength is > 0 and <= 1, nameof(SoftResetStrength), "in (0, 1]");
        AutoReset?.Validate();
    }

    private static void Check(bool ok, string field, string expected)
    {
        if (!ok)
        {
            throw new ArgumentException($"Session option {field} must be {expected}.", field);
        }
    }
}
