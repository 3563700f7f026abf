using Research.Engine.Metrics;

namespace Research.Engine.Kpis;

/// <summary>Figure 3: state consistency against the ground truth, across prompt switches and at revisits.</summary>
public static partial class KpiCalculator
{
    /// <summary>
    /// Frame side handed to <see cref="DriftSeries"/>; it only matters when frames are measured from pixels, which the
    /// KPIs never do (they add metrics measured elsewhere).
    /// </summary>
    private const int DriftSeriesSize = 64;

    private static ConsistencyKpis Consistency(SessionLog log, KpiOptions options)
    {
        var frames = log.Frames;
        var series = new DriftSeries(DriftSeriesSize);
        foreach (var frame in frames)
        {
            series.Add(frame.Psnr, frame.Ssim, frame.AgentError);
        }
        var drift = series.Summarise(divergencePsnr: options.DivergencePsnr, divergenceRun: options.DivergenceRun);

        var switches = log.PromptSwitchFrames
            .Select(f => AroundFrame(frames, f, options.PromptSwitchSpan, options.MinSideFrames))
            .OfType<(FrameSample[] Before, FrameSample[] After)>()
            .ToArray();
        var ssims = switches.Select(s => (Before: s.Before.Average(f => f.Ssim), After: s.After.Average(f => f.Ssim))).ToArray();
        var ratios = ssims.Where(s => s.Before > 0).Select(s => s.After / s.Before);
        var errorsAfter = switches
            .Select(s => KpiMath.Median(s.After.Where(f => f.AgentError is not null).Select(f => (double)f.AgentError!.Value)))
            .OfType<double>();

        return new ConsistencyKpis(
            Defined(drift.MeanPsnr),
            Defined(drift.MeanSsim),
            Defined(drift.MedianAgentError),
            frames.Count == 0 ? null : 1 - drift.AgentFoundRate,
            frames.Count == 0 ? null : frames[^1].Psnr,
            drift.DivergenceOnset is { } horizon ? frames[horizon - 1].Frame : null,
            switches.Length,
            KpiMath.Mean(ratios),
            KpiMath.Mean(ssims.Select(s => s.Before)),
            KpiMath.Mean(errorsAfter),
            log.Revisits.Count,
            KpiMath.Mean(log.Revisits.Select(r => r.ModelPsnr)),
            KpiMath.Mean(log.Revisits.Select(r => r.TruthPsnr)));
    }

    /// <summary>Null for the NaN that <see cref="DriftSummary"/> uses for an undefined figure.</summary>
    private static double? Defined(double value) => double.IsNaN(value) ? null : value;
}
