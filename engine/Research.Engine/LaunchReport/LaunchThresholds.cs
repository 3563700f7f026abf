using Research.Engine.Storage;

namespace Research.Engine.LaunchReport;

/// <summary>
/// The thresholds the launch checklist is answered against. The defaults are the ones the workbench and the CLI use;
/// README.md in this folder says why each was chosen, and every report prints them, with the floors and the kinds of run
/// each figure pools.
/// </summary>
public sealed record LaunchThresholds
{
    /// <summary>
    /// The least PSNR against the ground-truth shadow, in dB, for the picture to count as still the world: the
    /// coherence question's absolute figure, and the floor of every figure relative to a PSNR (before a soft reset,
    /// before an injection, at revisits).
    /// </summary>
    /// <remarks>
    /// Default 15: an RMS error of about 45 of 255 per channel value. The dead model's black picture measured 6.4 dB (an RMS
    /// error of about 122), and a flat picture of the scene's mean colour does not do much better (its error is the frame's
    /// own contrast); a blurred 64x64 picture that keeps the world's layout is well above 15 dB. Published world models are
    /// read the same way (Matrix-Game 2.0: 17.3 dB while its world holds, 9.6 dB once it has fallen apart).
    /// </remarks>
    public double WorldPsnrDb { get; init; } = 15;

    /// <summary>
    /// The least SSIM against the ground-truth shadow for the picture to count as still the world: the coherence
    /// question's absolute figure, and the floor of the structure kept through prompt switches (SSIM after / before).
    /// </summary>
    /// <remarks>
    /// Default 0.3. SSIM compares structure (local means, contrasts and their correlation): a black or flat picture has
    /// none and scores about 0 (the dead model measured 0.000), and so does noise unrelated to the world. 0.3 asks for
    /// clearly more structure in common with the world than chance, and leaves room for a small model's blur.
    /// </remarks>
    public double WorldSsim { get; init; } = 0.3;

    /// <summary>Median over runs of the share of frames whose picture shows the agent (1 - <c>agent_lost_fraction</c>).</summary>
    /// <remarks>Default 0.8: the agent is what the user steers; lost in more than one frame in five, steering it is guesswork. A black picture scores 0.</remarks>
    public double AgentTrackedShare { get; init; } = 0.8;

    /// <summary>The kinds of run the responsiveness figures (steer, live, scale) are taken from.</summary>
    /// <remarks>
    /// Default <see cref="RunOrigin.Live"/>: only a session paced on the real clock measures what a user waits for; a fast
    /// replay or a sweep cell times frames computed back to back, often while other work shares the machine.
    /// </remarks>
    public RunOrigin ResponsivenessPool { get; init; } = RunOrigin.Live;

    /// <summary>The kinds of run the picture-quality figures (coherence, reset and recovery) are taken from.</summary>
    /// <remarks>Default <see cref="RunOrigin.Any"/>: a replay computes the same frames from the same inputs as a live session, only faster.</remarks>
    public RunOrigin QualityPool { get; init; } = RunOrigin.Any;

    /// <summary>Median over live sessions of the first response p95 (input arrival to the first frame computed with it), in ms.</summary>
    /// <remarks>Default 1000: the checklist's "steer in under 1 s".</remarks>
    public double FirstResponseP95Ms { get; init; } = 1000;

    /// <summary>Median over runs of the SSIM after a prompt switch over the SSIM before it (structure kept through the switch).</summary>
    /// <remarks>Default 0.9: at most a tenth of the world's structure lost across a switch.</remarks>
    public double PromptSwitchSsimRatio { get; init; } = 0.9;

    /// <summary>Median over runs of the agent error after prompt switches, in pixels.</summary>
    /// <remarks>Default 4 (about 6 % of the 64-pixel frame): the agent stays where the user steered it.</remarks>
    public double PromptSwitchAgentErrorPx { get; init; } = 4;

    /// <summary>Median over runs of the model's PSNR between two visits of the same place, in dB.</summary>
    /// <remarks>Default 20: below about 20 dB the two views of one place look visibly different.</remarks>
    public double RevisitModelPsnrDb { get; init; } = 20;

    /// <summary>Median over runs of the largest soft-reset jump over the ordinary frame-to-frame change (p99).</summary>
    /// <remarks>Default 1.5: a soft reset should look like ordinary motion (about 1), not a cut.</remarks>
    public double SoftResetJumpRatio { get; init; } = 1.5;

    /// <summary>Median over runs of the PSNR after a soft reset minus before it, in dB.</summary>
    /// <remarks>Default -1: a soft reset may not make the world measurably less consistent.</remarks>
    public double SoftResetDriftContinuityDb { get; init; } = -1;

    /// <summary>Median over runs of the frames taken to recover to baseline after an injected error.</summary>
    /// <remarks>Default 30 (1 s at 30 fps).</remarks>
    public double RecoveryFrames { get; init; } = 30;

    /// <summary>The most injections any one run may never recover from.</summary>
    /// <remarks>Default 0.</remarks>
    public double NeverRecoveredInjections { get; init; }

    /// <summary>Median over runs of the visible response p95 (input arrival until the picture differs), in ms.</summary>
    /// <remarks>Default 1000: the change must be seen within the same second the checklist allows for steering.</remarks>
    public double VisibleResponseP95Ms { get; init; } = 1000;

    /// <summary>Median over runs of the share of accepted inputs that a computed frame answered.</summary>
    /// <remarks>Default 0.95: a pre-rendered stream answers none.</remarks>
    public double AnsweredInputShare { get; init; } = 0.95;

    /// <summary>Median over runs of the delivered frame rate over the target frame rate.</summary>
    /// <remarks>Default 0.9 (27 of 30 fps).</remarks>
    public double FpsOfTarget { get; init; } = 0.9;

    /// <summary>Median over runs of the p99 frame-to-frame change (mean absolute pixel difference, 0 to 255).</summary>
    /// <remarks>Default 0.5: a frozen picture scores 0.</remarks>
    public double MotionDeltaP99 { get; init; } = 0.5;

    /// <summary>Share of session runs that recorded latency p95 and p99.</summary>
    /// <remarks>Default 1: every session.</remarks>
    public double LatencyCoverage { get; init; } = 1;

    /// <summary>Fewest independent live sessions with latency percentiles for "at scale"; forks count with the session they were forked from.</summary>
    /// <remarks>Default 3.</remarks>
    public double MinSessionRuns { get; init; } = 3;

    /// <summary>Median over runs of the last full 30 s window's latency p95 over the first window's.</summary>
    /// <remarks>Default 1.5: latency after minutes at most half again the latency at the start.</remarks>
    public double SustainedLatencyRatio { get; init; } = 1.5;
}
