using Research.Engine.Kpis;
using static Research.Engine.Tests.Kpis.KpiLogs;

namespace Research.Engine.Tests.Kpis;

public sealed class KpiCalculatorSessionTests
{
    [Fact]
    public void Compute_DriftEstimateAgainstPsnr_PearsonWithNormalisedMse()
    {
        // PSNR 10, 20, 30 dB -> true error 10^(-PSNR/10) = 0.1, 0.01, 0.001 (mean 0.037); estimates 3, 2, 1 (mean 2).
        // Deviations x: 1, 0, -1; y: 0.063, -0.027, -0.036. Sxy = 0.063 + 0.036 = 0.099, Sxx = 2,
        // Syy = 0.003969 + 0.000729 + 0.001296 = 0.005994; r = 0.099 / sqrt(2 x 0.005994) = 0.904194...
        // (Against -PSNR, which is linear in the estimates here, r would be exactly 1.)
        FrameSample[] frames = [Frame(1, psnr: 10, driftEstimate: 3), Frame(2, psnr: 20, driftEstimate: 2), Frame(3, psnr: 30, driftEstimate: 1)];

        var correlation = KpiCalculator.Compute(Log(frames), new KpiOptions()).DriftEstimateCorrelation;

        Assert.Equal(0.099 / Math.Sqrt(2 * 0.005994), correlation!.Value, 9);
    }

    [Fact]
    public void Compute_ConstantDriftEstimate_CorrelationUndefined()
    {
        FrameSample[] frames = [Frame(1, psnr: 10, driftEstimate: 1), Frame(2, psnr: 20, driftEstimate: 1), Frame(3, psnr: 30, driftEstimate: 1)];

        var correlation = KpiCalculator.Compute(Log(frames), new KpiOptions()).DriftEstimateCorrelation;

        Assert.Null(correlation);
    }

    [Fact]
    public void Compute_TwoFrames_CorrelationUndefined()
    {
        FrameSample[] frames = [Frame(1, psnr: 10, driftEstimate: 1), Frame(2, psnr: 20, driftEstimate: 2)];

        var correlation = KpiCalculator.Compute(Log(frames), new KpiOptions()).DriftEstimateCorrelation;

        Assert.Null(correlation);
    }

    [Fact]
    public void Compute_ThreeRatings_CountMeanAndMin()
    {
        // Scores 4, 2, 5: mean 11 / 3, min 2.
        var log = Log(endMs: 1000, ratings: [new(10, 4, 100), new(20, 2, 200), new(30, 5, 300)]);

        var ratings = KpiCalculator.Compute(log, new KpiOptions()).Ratings;

        Assert.Equal(new RatingKpis(3, 11 / 3.0, 2), ratings);
    }

    [Fact]
    public void Compute_TwoHardResets_SegmentLengthsInSeconds()
    {
        // Cuts at 0, 10 s, 40 s and the end at 100 s: segments 10, 30 and 60 s; mean 100 / 3, max 60.
        var log = Log(endMs: 100_000, resetTimesMs: [10_000, 40_000]);

        var depth = KpiCalculator.Compute(log, new KpiOptions()).Depth;

        Assert.Equal(new DepthKpis(2, 100 / 3.0, 60), depth);
    }

    [Fact]
    public void Compute_NoHardResets_OneSegmentTheWholeSession()
    {
        var log = Log(endMs: 5_000);

        var depth = KpiCalculator.Compute(log, new KpiOptions()).Depth;

        Assert.Equal(new DepthKpis(0, 5, 5), depth);
    }
}
