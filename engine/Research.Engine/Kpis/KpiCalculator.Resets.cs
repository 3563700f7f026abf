namespace Research.Engine.Kpis;

/// <summary>Figures 4 and 5: soft resets, and recovery from injected errors.</summary>
public static partial class KpiCalculator
{
    private static SoftResetKpis SoftResets(IReadOnlyList<FrameSample> frames, KpiOptions options)
    {
        FrameSample[] resets = [.. frames.Where(f => f.SoftReset)];
        double? maxJump = resets.Length == 0 ? null : resets.Max(f => f.MotionDelta);
        var p99 = KpiMath.Percentile(frames.Where(f => !f.SoftReset).Select(f => f.MotionDelta), 99);
        var continuity = resets
            .Select(r => AroundFrame(frames, r.Frame, options.ResetSpan, options.MinSideFrames))
            .OfType<(FrameSample[] Before, FrameSample[] After)>()
            .Select(s => (Before: s.Before.Average(f => f.Psnr), After: s.After.Average(f => f.Psnr)))
            .ToArray();
        return new SoftResetKpis(
            resets.Length,
            maxJump,
            p99,
            p99 > 0 && maxJump is { } jump ? jump / p99 : null,
            continuity.Length,
            KpiMath.Mean(continuity.Select(s => s.After - s.Before)),
            KpiMath.Mean(continuity.Select(s => s.Before)));
    }

    private static RecoveryKpis Recovery(SessionLog log, KpiOptions options)
    {
        InjectionRecovery[] injections = [.. log.Injections.Select(i => Recover(log.Frames, i, options))];
        long[] recovered = [.. injections.Where(i => i.RecoveryFrames is not null).Select(i => i.RecoveryFrames!.Value)];
        return new RecoveryKpis(
            injections,
            injections.Count(i => i.NeverRecovered),
            KpiMath.Mean(recovered.Select(r => (double)r)),
            recovered.Length == 0 ? null : recovered.Max(),
            KpiMath.Mean(injections.Select(i => i.BaselinePsnr).OfType<double>()));
    }

    private static InjectionRecovery Recover(IReadOnlyList<FrameSample> frames, InjectionSample injection, KpiOptions options)
    {
        var t = injection.Frame;
        var baseline = KpiMath.Mean(Between(frames, t - options.RecoveryBaselineFrames, t - 1).Select(f => f.Psnr));
        long? recoveryFrames = null;
        if (baseline is { } level)
        {
            var floor = level - options.RecoveryToleranceDb;
            var held = 0;
            for (var i = FirstAtOrAfter(frames, t + 1); i < frames.Count; i++)
            {
                held = frames[i].Psnr >= floor ? held + 1 : 0;
                if (held == options.RecoveryHoldFrames)
                {
                    recoveryFrames = frames[i - held + 1].Frame - t;
                    break;
                }
            }
        }
        return new InjectionRecovery(t, injection.Target, injection.Magnitude, baseline, recoveryFrames);
    }
}
