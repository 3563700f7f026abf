namespace Research.Engine.Kpis;

/// <summary>How the session recovered from one injected error (see <see cref="RecoveryKpis"/>).</summary>
/// <param name="Frame">The frame t the error was injected at.</param>
/// <param name="Target">What was disturbed.</param>
/// <param name="Magnitude">How strong the disturbance was.</param>
/// <param name="BaselinePsnr">Mean PSNR over the <see cref="KpiOptions.RecoveryBaselineFrames"/> frames before t, in dB; null when no frame precedes t, so recovery cannot be judged.</param>
/// <param name="RecoveryFrames">
/// r - t, where r is the first frame after t from which PSNR stays at or above <paramref name="BaselinePsnr"/> -
/// <see cref="KpiOptions.RecoveryToleranceDb"/> for <see cref="KpiOptions.RecoveryHoldFrames"/> consecutive frames;
/// null when that does not happen before the log ends ("never"), or when there is no baseline.
/// </param>
public sealed record InjectionRecovery(long Frame, string Target, double Magnitude, double? BaselinePsnr, long? RecoveryFrames)
{
    /// <summary>Whether the session had a baseline before the injection but did not recover by the end of the log.</summary>
    public bool NeverRecovered => BaselinePsnr is not null && RecoveryFrames is null;
}
