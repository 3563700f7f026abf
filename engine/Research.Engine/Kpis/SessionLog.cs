using Research.Engine.Metrics;

namespace Research.Engine.Kpis;

/// <summary>Everything a live session recorded that its KPIs are computed from (see <see cref="KpiCalculator.Compute"/>).</summary>
/// <param name="Frames">The delivered frames, in increasing frame order.</param>
/// <param name="Inputs">The inputs received, in any order.</param>
/// <param name="Ratings">The users' consistency ratings.</param>
/// <param name="Revisits">Scores of the model's returns to places it had drawn before.</param>
/// <param name="PromptSwitchFrames">Frames at which a prompt or preset change was applied.</param>
/// <param name="Injections">Errors injected to measure recovery.</param>
/// <param name="ResetTimesMs">Hard resets, in milliseconds since the session started, in order.</param>
/// <param name="EndMs">When the session ended (or now, for a session still running), in milliseconds since it started.</param>
/// <param name="DroppedFrames">Frame deadlines the loop missed.</param>
/// <param name="TargetFps">The frame rate the session aimed at, in frames per second.</param>
/// <param name="NumericalFaultFrames">Frames whose model output was a numerical fault, each followed by a re-anchor on the truth (none when null).</param>
public sealed record SessionLog(
    IReadOnlyList<FrameSample> Frames,
    IReadOnlyList<InputSample> Inputs,
    IReadOnlyList<RatingSample> Ratings,
    IReadOnlyList<RevisitScore> Revisits,
    IReadOnlyList<long> PromptSwitchFrames,
    IReadOnlyList<InjectionSample> Injections,
    IReadOnlyList<double> ResetTimesMs,
    double EndMs,
    long DroppedFrames,
    double TargetFps,
    IReadOnlyList<long>? NumericalFaultFrames = null);
