namespace Research.Engine.Kpis;

/// <summary>Figures 6 to 8: the drift estimate's quality, the users' ratings and session depth.</summary>
public static partial class KpiCalculator
{
    private static double? DriftEstimateCorrelation(IReadOnlyList<FrameSample> frames) =>
        // 10^(-PSNR/10) is MSE / 255²: the error itself, which an estimate of drift should grow with, rather than its log.
        KpiMath.Pearson([.. frames.Select(f => f.DriftEstimate)], [.. frames.Select(f => Math.Pow(10, -f.Psnr / 10))]);

    private static RatingKpis Ratings(IReadOnlyList<RatingSample> ratings) =>
        ratings.Count == 0
            ? new RatingKpis(0, null, null)
            : new RatingKpis(ratings.Count, ratings.Average(r => r.Score), ratings.Min(r => r.Score));

    private static DepthKpis Depth(IReadOnlyList<double> resetTimesMs, double endMs)
    {
        double[] cuts = [0, .. resetTimesMs, endMs];
        double[] seconds = [.. cuts.Skip(1).Select((cut, i) => (cut - cuts[i]) / 1000)];
        return new DepthKpis(resetTimesMs.Count, seconds.Average(), seconds.Max());
    }
}
