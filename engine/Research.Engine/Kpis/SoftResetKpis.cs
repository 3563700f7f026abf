namespace Research.Engine.Kpis;

/// <summary>Whether soft resets were smooth: how much the picture jumped, and whether drift carried on across them.</summary>
/// <param name="SoftResets">Frames with <see cref="FrameSample.SoftReset"/>.</param>
/// <param name="MaxJump">The largest <see cref="FrameSample.MotionDelta"/> at a soft-reset frame (0 to 255); null without soft resets.</param>
/// <param name="MotionDeltaP99">99th percentile of <see cref="FrameSample.MotionDelta"/> over the frames without a soft reset: the ordinary frame-to-frame change; null without such frames.</param>
/// <param name="SoftResetJumpRatio"><paramref name="MaxJump"/> / <paramref name="MotionDeltaP99"/>: at most about 1 when resets look like ordinary motion; null when either is missing or the p99 is 0.</param>
/// <param name="ContinuityCompared">
/// Soft resets at frame f with at least <see cref="KpiOptions.MinSideFrames"/> frames among f - span .. f - 1 and among
/// f + 1 .. f + span (span <see cref="KpiOptions.ResetSpan"/>).
/// </param>
/// <param name="MeanDriftContinuityDb">
/// Mean over compared soft resets of mean PSNR after minus mean PSNR before, in dB: about 0 when a reset neither
/// helped nor broke consistency, positive when it pulled the session back toward the truth; null when none was compared.
/// </param>
/// <param name="MeanPsnrBeforeDb">
/// Mean over compared soft resets of the mean PSNR against the shadow before the reset, in dB: what the jump and the
/// continuity are relative to (a smooth reset of a picture that is not the world says nothing); null when none was compared.
/// </param>
public sealed record SoftResetKpis(
    int SoftResets,
    double? MaxJump,
    double? MotionDeltaP99,
    double? SoftResetJumpRatio,
    int ContinuityCompared,
    double? MeanDriftContinuityDb,
    double? MeanPsnrBeforeDb)
{
    /// <summary>Writes the figures as soft_resets, soft_reset_max_jump, motion_delta_p99, soft_reset_jump_ratio, soft_reset_continuity_compared, soft_reset_drift_continuity_db and soft_reset_psnr_before_mean.</summary>
    internal void WriteTo(KpiValueWriter values)
    {
        values.Add("soft_resets", SoftResets);
        values.Add("soft_reset_max_jump", MaxJump);
        values.Add("motion_delta_p99", MotionDeltaP99);
        values.Add("soft_reset_jump_ratio", SoftResetJumpRatio);
        values.Add("soft_reset_continuity_compared", ContinuityCompared);
        values.Add("soft_reset_drift_continuity_db", MeanDriftContinuityDb);
        values.Add("soft_reset_psnr_before_mean", MeanPsnrBeforeDb);
    }
}
