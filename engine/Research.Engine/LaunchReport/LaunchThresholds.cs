namespace Research.Engine.LaunchReport;

/// <summary>
/// The thresholds the launch checklist is answered against. The defaults are the ones the workbench and the CLI use;
/// README.md in this folder says why each was chosen, and every report prints them.
/// </summary>
public sealed record LaunchThresholds
{
    /// <summary>Median over session runs of the first response p95 (input arrival to the first frame computed with it), in ms.</summary>
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

    /// <summary>Fewest session runs with latency percentiles for "at scale".</summary>
    /// <remarks>Default 3.</remarks>
    public double MinSessionRuns { get; init; } = 3;

    /// <summary>Median over runs of the last full 30 s window's latency p95 over the first window's.</summary>
    /// <remarks>Default 1.5: latency after minutes at most half again the latency at the start.</remarks>
    public double SustainedLatencyRatio { get; init; } = 1.5;
}
