using Research.Engine.Metrics;

namespace Research.Engine.Kpis;

/// <summary>How <see cref="KpiCalculator"/> windows and thresholds a session's log.</summary>
public sealed record KpiOptions
{
    /// <summary>Length of the windows latency is summarised over, in milliseconds.</summary>
    /// <remarks>Default 30000 (30 s).</remarks>
    public double WindowMs { get; init; } = 30000;

    /// <summary>PSNR below which a frame counts as diverged, in dB (see <see cref="DriftSeries.DivergenceOnset"/>).</summary>
    /// <remarks>Default <see cref="DriftSeries.DefaultDivergencePsnr"/>.</remarks>
    public double DivergencePsnr { get; init; } = DriftSeries.DefaultDivergencePsnr;

    /// <summary>Consecutive frames below <see cref="DivergencePsnr"/> that make a divergence.</summary>
    /// <remarks>Default <see cref="DriftSeries.DefaultDivergenceRun"/>.</remarks>
    public int DivergenceRun { get; init; } = DriftSeries.DefaultDivergenceRun;

    /// <summary>Frames compared on each side of a prompt or preset switch.</summary>
    /// <remarks>Default 30.</remarks>
    public int PromptSwitchSpan { get; init; } = 30;

    /// <summary>Fewest frames each side of a prompt switch or soft reset must have for it to be compared.</summary>
    /// <remarks>Default 3, so a switch at the very start or end of a session does not count on one or two frames.</remarks>
    public int MinSideFrames { get; init; } = 3;

    /// <summary>How far below its baseline PSNR a session may stay and still count as recovered from an injection, in dB.</summary>
    /// <remarks>Default 1.0.</remarks>
    public double RecoveryToleranceDb { get; init; } = 1.0;

    /// <summary>Frames before an injection whose mean PSNR is the baseline to recover to.</summary>
    /// <remarks>Default 30.</remarks>
    public int RecoveryBaselineFrames { get; init; } = 30;

    /// <summary>Consecutive frames that must be back within tolerance for a recovery to count.</summary>
    /// <remarks>Default 5.</remarks>
    public int RecoveryHoldFrames { get; init; } = 5;

    /// <summary>Frames compared on each side of a soft reset for drift continuity.</summary>
    /// <remarks>Default 30.</remarks>
    public int ResetSpan { get; init; } = 30;

    /// <summary>Checks every option is in range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the exception names it.</exception>
    public void Validate()
    {
        if (!(WindowMs > 0 && double.IsFinite(WindowMs)))
        {
            throw new ArgumentOutOfRangeException(nameof(WindowMs), WindowMs, "The window must be a positive number of milliseconds.");
        }
        if (double.IsNaN(DivergencePsnr))
        {
            throw new ArgumentOutOfRangeException(nameof(DivergencePsnr), DivergencePsnr, "The divergence threshold must be a number.");
        }
        if (!(RecoveryToleranceDb >= 0 && double.IsFinite(RecoveryToleranceDb)))
        {
            throw new ArgumentOutOfRangeException(nameof(RecoveryToleranceDb), RecoveryToleranceDb, "The tolerance must be finite and not negative.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(DivergenceRun, 1, nameof(DivergenceRun));
        ArgumentOutOfRangeException.ThrowIfLessThan(PromptSwitchSpan, 1, nameof(PromptSwitchSpan));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinSideFrames, 1, nameof(MinSideFrames));
        ArgumentOutOfRangeException.ThrowIfLessThan(RecoveryBaselineFrames, 1, nameof(RecoveryBaselineFrames));
        ArgumentOutOfRangeException.ThrowIfLessThan(RecoveryHoldFrames, 1, nameof(RecoveryHoldFrames));
        ArgumentOutOfRangeException.ThrowIfLessThan(ResetSpan, 1, nameof(ResetSpan));
    }
}
