namespace Research.Engine.Kpis;

/// <summary>One frame a live session delivered, with how it was made and how it compares with the ground-truth shadow.</summary>
/// <param name="Frame">The frame's number, from 1, increasing through the session.</param>
/// <param name="TimeMs">When the frame was delivered, in milliseconds since the session started.</param>
/// <param name="LatencyMs">Time to compute it, from the frame's deadline to its delivery, in milliseconds.</param>
/// <param name="Psnr">PSNR of the model frame against the ground-truth shadow frame, in dB.</param>
/// <param name="Ssim">SSIM of the model frame against the ground-truth shadow frame.</param>
/// <param name="AgentError">Agent position error in pixels; null when the agent is not found in the model frame.</param>
/// <param name="DriftEstimate">The session's own drift estimate, made without the ground truth.</param>
/// <param name="MotionDelta">Mean absolute difference per channel value (0 to 255) between this model frame and the previous one.</param>
/// <param name="SoftReset">Whether a soft reset was applied at this frame.</param>
public sealed record FrameSample(
    long Frame,
    double TimeMs,
    double LatencyMs,
    double Psnr,
    double Ssim,
    float? AgentError,
    double DriftEstimate,
    double MotionDelta,
    bool SoftReset);
