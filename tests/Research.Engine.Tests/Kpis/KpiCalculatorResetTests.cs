using Research.Engine.Kpis;
using static Research.Engine.Tests.Kpis.KpiLogs;

namespace Research.Engine.Tests.Kpis;

public sealed class KpiCalculatorResetTests
{
    [Fact]
    public void Compute_TwoSoftResets_JumpAgainstOrdinaryMotionP99()
    {
        // Soft resets at frames 5 (motion 30) and 8 (motion 12): max jump 30. Other frames' motion 0, 2, 4, 6, 2, 4, 8, 2,
        // sorted 0, 2, 2, 2, 4, 4, 6, 8 (ranks 0..7): p99 at rank 6.93 = 6 + 0.93 x 2 = 7.86. Ratio 30 / 7.86.
        var log = Log(SoftResetSession());

        var resets = KpiCalculator.Compute(log, new KpiOptions { ResetSpan = 2, MinSideFrames = 2 }).SoftResets;

        Assert.Equal(2, resets.SoftResets);
        Assert.Equal(30, resets.MaxJump);
        Assert.Equal(7.86, resets.MotionDeltaP99!.Value, 9);
        Assert.Equal(30 / 7.86, resets.SoftResetJumpRatio!.Value, 9);
    }

    [Fact]
    public void Compute_TwoSoftResets_DriftContinuityMeanOfAfterMinusBeforeAndPsnrBefore()
    {
        // Span 2. Reset at 5: PSNR before (3, 4) 24, 26 = 25; after (6, 7) 30, 32 = 31; +6 dB (frame 5's 10 dB is in neither).
        // Reset at 8: before (6, 7) = 31; after (9, 10) 36, 28 = 32; +1 dB. Mean 3.5 dB; PSNR before (25 + 31) / 2 = 28 dB.
        var log = Log(SoftResetSession());

        var resets = KpiCalculator.Compute(log, new KpiOptions { ResetSpan = 2, MinSideFrames = 2 }).SoftResets;

        Assert.Equal(2, resets.ContinuityCompared);
        Assert.Equal(3.5, resets.MeanDriftContinuityDb!.Value, 9);
        Assert.Equal(28, resets.MeanPsnrBeforeDb!.Value, 9);
    }

    [Fact]
    public void Compute_Injections_RecoveryFramesNeverNoBaselineAndMeanBaseline()
    {
        // Baseline 3 frames, tolerance 1 dB, hold 2 frames.
        // Injection at 5: baseline (2-4) (30 + 31 + 29) / 3 = 30, floor 29. After it: 25 no, 29.5 yes, 28 no, 29.0 yes (at the
        //   floor counts), 29.1 yes -> held 2 from frame 9: recovered after 9 - 5 = 4 frames.
        // Injection at 11: baseline (8-10) (28 + 29 + 29.1) / 3 = 28.7, floor 27.7; frame 12 (29) holds 1 frame, then the log
        //   ends: never recovered.
        // Injection at 1: no frame before, so no baseline and no verdict (not counted as never).
        var log = Log(
            WithPsnr(30, 30, 31, 29, 20, 25, 29.5, 28, 29.0, 29.1, 29.3, 29),
            injections: [new(1, "latent", 0.5), new(5, "latent", 1.0), new(11, "context", 2.0)]);

        var recovery = KpiCalculator.Compute(log, new KpiOptions { RecoveryBaselineFrames = 3, RecoveryToleranceDb = 1, RecoveryHoldFrames = 2 }).Recovery;

        Assert.Equal(
            [new InjectionRecovery(1, "latent", 0.5, null, null), new InjectionRecovery(5, "latent", 1.0, 30, 4), new InjectionRecovery(11, "context", 2.0, 28.7, null)],
            recovery.Injections.Select(i => i with { BaselinePsnr = i.BaselinePsnr is { } b ? Math.Round(b, 9) : null }));
        Assert.Equal(1, recovery.NeverRecovered);
        Assert.Equal(4, recovery.MeanRecoveryFrames);
        Assert.Equal(4, recovery.MaxRecoveryFrames);
        Assert.Equal((30 + 28.7) / 2, recovery.MeanBaselinePsnr!.Value, 9);
    }

    [Fact]
    public void Compute_NoSoftResetsOrInjections_FiguresUndefined()
    {
        var log = Log(WithPsnr(30, 31, 32));

        var kpis = KpiCalculator.Compute(log, new KpiOptions());

        Assert.Equal(new SoftResetKpis(0, null, 1, null, 0, null, null), kpis.SoftResets);
        Assert.Empty(kpis.Recovery.Injections);
        Assert.Equal(0, kpis.Recovery.NeverRecovered);
        Assert.Null(kpis.Recovery.MeanRecoveryFrames);
        Assert.Null(kpis.Recovery.MaxRecoveryFrames);
        Assert.Null(kpis.Recovery.MeanBaselinePsnr);
    }

    /// <summary>Ten frames with soft resets at frames 5 and 8.</summary>
    private static FrameSample[] SoftResetSession()
    {
        double[] motion = [0, 2, 4, 6, 30, 2, 4, 12, 8, 2];
        double[] psnr = [20, 22, 24, 26, 10, 30, 32, 40, 36, 28];
        return [.. motion.Select((m, i) => Frame(i + 1, psnr: psnr[i], motionDelta: m, softReset: i + 1 is 5 or 8))];
    }
}
