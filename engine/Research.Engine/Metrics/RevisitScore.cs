namespace Research.Engine.Metrics;

/// <summary>
/// How alike a model drew the same place at its first visit and at a return: its memory of the place, whatever
/// it drew the first time. <see cref="TruthPsnr"/> is the ceiling: objects and weather move between the visits, so
/// even the ground truth differs by that much.
/// </summary>
/// <param name="Place">The caller's name for the place.</param>
/// <param name="FirstHorizon">Horizon of the first visit.</param>
/// <param name="ReturnHorizon">Horizon of the return.</param>
/// <param name="ModelPsnr">PSNR between the model's frames at the two visits, in dB (capped at <see cref="ImageQuality.PsnrCap"/>).</param>
/// <param name="ModelSsim">SSIM between the model's frames at the two visits.</param>
/// <param name="TruthPsnr">PSNR between the ground-truth frames at the two visits, in dB.</param>
/// <param name="TruthSsim">SSIM between the ground-truth frames at the two visits.</param>
public sealed record RevisitScore(
    string Place, int FirstHorizon, int ReturnHorizon, double ModelPsnr, double ModelSsim, double TruthPsnr, double TruthSsim);
