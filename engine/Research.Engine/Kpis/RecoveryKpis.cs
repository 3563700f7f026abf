namespace Research.Engine.Kpis;

/// <summary>How the session recovered from injected errors.</summary>
/// <param name="Injections">One entry per injection, in the log's order.</param>
/// <param name="NeverRecovered">Injections with a baseline that the session had not recovered from by the end of the log.</param>
/// <param name="MeanRecoveryFrames">Mean <see cref="InjectionRecovery.RecoveryFrames"/> over the injections recovered from; null when none was.</param>
/// <param name="MaxRecoveryFrames">The longest <see cref="InjectionRecovery.RecoveryFrames"/>; null when no injection was recovered from.</param>
/// <param name="MeanBaselinePsnr">
/// Mean <see cref="InjectionRecovery.BaselinePsnr"/> over the injections with a baseline, in dB: the quality recovery is
/// judged against (recovering to a picture that is not the world is no recovery); null when no injection had one.
/// </param>
public sealed record RecoveryKpis(
    IReadOnlyList<InjectionRecovery> Injections, int NeverRecovered, double? MeanRecoveryFrames, long? MaxRecoveryFrames, double? MeanBaselinePsnr)
{
    /// <summary>Writes the figures as injections, injections_never_recovered, recovery_frames_mean, recovery_frames_max and recovery_baseline_psnr_mean.</summary>
    internal void WriteTo(KpiValueWriter values)
    {
        values.Add("injections", Injections.Count);
        values.Add("injections_never_recovered", NeverRecovered);
        values.Add("recovery_frames_mean", MeanRecoveryFrames);
        values.Add("recovery_frames_max", MaxRecoveryFrames);
        values.Add("recovery_baseline_psnr_mean", MeanBaselinePsnr);
    }
}
