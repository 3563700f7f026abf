namespace Research.Engine.RunViews;

/// <summary>
/// Exponential moving average with a min/max band, the way training dashboards smooth noisy per-step curves: the EMA
/// follows every raw point, then the points are grouped into at most a given number of buckets so long runs stay light
/// to draw, each bucket keeping the raw extremes it hides.
/// </summary>
public static class Smoothing
{
    /// <summary>The most buckets <see cref="EmaBuckets"/> returns unless told otherwise.</summary>
    public const int DefaultMaxPoints = 200;

    /// <summary>
    /// The debiased EMA of <paramref name="y"/> (<c>s = w·s + (1 − w)·v</c>, divided by <c>1 − wⁿ</c> so the start is not
    /// pulled towards 0) sampled at the end of each of at most <paramref name="maxPoints"/> equal buckets, with the raw
    /// minimum and maximum of each bucket.
    /// </summary>
    /// <param name="x">X values, ascending, one per point.</param>
    /// <param name="y">Raw values; NaN or infinite values are skipped (the EMA holds, the bucket's extremes ignore them).</param>
    /// <param name="weight">Smoothing weight in [0, 1): 0 is the raw series, 0.9 follows about the last ten points.</param>
    /// <param name="maxPoints">The most buckets; a series with fewer points keeps one bucket per point.</param>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is outside [0, 1) or <paramref name="maxPoints"/> is below 1.</exception>
    public static SmoothedSeries EmaBuckets(IReadOnlyList<double> x, IReadOnlyList<double> y, double weight, int maxPoints = DefaultMaxPoints)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"{x.Count} x values but {y.Count} y values.", nameof(y));
        }
        if (!(weight is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "The smoothing weight must be in [0, 1).");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 1);

        var ema = Ema(y, weight);
        var buckets = Math.Min(maxPoints, x.Count);
        var (bx, by, min, max) = (new double[buckets], new double[buckets], new double[buckets], new double[buckets]);
        for (var b = 0; b < buckets; b++)
        {
            // Bucket b covers points [start, end): sizes differ by at most one, and every point is in exactly one bucket.
            int start = (int)((long)b * x.Count / buckets), end = (int)((long)(b + 1) * x.Count / buckets);
            var (low, high) = (double.PositiveInfinity, double.NegativeInfinity);
            for (var i = start; i < end; i++)
            {
                if (double.IsFinite(y[i]))
                {
                    (low, high) = (Math.Min(low, y[i]), Math.Max(high, y[i]));
                }
            }
            bx[b] = x[end - 1];
            by[b] = ema[end - 1];
            (min[b], max[b]) = low <= high ? (low, high) : (double.NaN, double.NaN);
        }
        return new SmoothedSeries(bx, by, min, max);
    }

    /// <summary>The debiased EMA at every point; NaN until the first finite value.</summary>
    private static double[] Ema(IReadOnlyList<double> y, double weight)
    {
        var smoothed = new double[y.Count];
        var (sum, debias, seen) = (0.0, 1.0, false);
        for (var i = 0; i < y.Count; i++)
        {
            if (double.IsFinite(y[i]))
            {
                sum = weight * sum + (1 - weight) * y[i];
                debias *= weight;
                seen = true;
            }
            smoothed[i] = seen ? sum / (1 - debias) : double.NaN;
        }
        return smoothed;
    }
}
