namespace Research.Engine.Metrics;

/// <summary>How one generated frame compares with the ground-truth frame of the same step: one point of a <see cref="DriftSeries"/>.</summary>
/// <param name="Horizon">Frames since generation started: 1 is the first generated frame.</param>
/// <param name="Psnr">PSNR against the ground truth, in dB (capped at <see cref="ImageQuality.PsnrCap"/>).</param>
/// <param name="Ssim">SSIM against the ground truth.</param>
/// <param name="AgentError">
/// Distance in pixels (one pixel is one world unit at 64 px) from the agent found in the generated frame to where the
/// ground truth draws it; null when the generated frame has no agent to find.
/// </param>
public sealed record FrameQuality(int Horizon, double Psnr, double Ssim, float? AgentError);
