using Research.Engine.Benchmarks;

namespace Research.Engine.Kpis;

/// <summary>The few statistics the KPIs need; every one returns null when it is undefined, never NaN.</summary>
internal static class KpiMath
{
    /// <summary>The <paramref name="percent"/> percentile of <paramref name="values"/>, interpolating linearly between ranks (<see cref="FrameTimeStats.Percentile"/>); null when empty.</summary>
    public static double? Percentile(IEnumerable<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? null : FrameTimeStats.Percentile(sorted, percent);
    }

    /// <summary>The median (the 50th percentile) of <paramref name="values"/>; null when empty.</summary>
    public static double? Median(IEnumerable<double> values) => Percentile(values, 50);

    /// <summary>The mean of <paramref name="values"/>; null when empty.</summary>
    public static double? Mean(IEnumerable<double> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var value in values)
        {
            sum += value;
            count++;
        }
        return count == 0 ? null : sum / count;
    }

    /// <summary>The population standard deviation (dividing by n) of <paramref name="values"/>; null when empty.</summary>
    public static double? StandardDeviation(IReadOnlyCollection<double> values)
    {
        if (Mean(values) is not { } mean)
        {
            return null;
        }
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }

    /// <summary>The least-squares slope of <paramref name="y"/> against <paramref name="x"/>; null with fewer than two distinct x.</summary>
    public static double? Slope(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var (sxx, _, sxy) = Moments(x, y);
        return sxx > 0 ? sxy / sxx : null;
    }

    /// <summary>Pearson's correlation of <paramref name="x"/> and <paramref name="y"/>; null with fewer than 3 pairs or when either does not vary.</summary>
    public static double? Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count < 3)
        {
            return null;
        }
        var (sxx, syy, sxy) = Moments(x, y);
        return sxx > 0 && syy > 0 ? Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1) : null;
    }

    /// <summary>Sums of squared and cross deviations from the means.</summary>
    private static (double Sxx, double Syy, double Sxy) Moments(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"Paired series differ in length: {x.Count} and {y.Count}.", nameof(y));
        }
        if (x.Count == 0)
        {
            return (0, 0, 0);
        }
        double meanX = x.Average(), meanY = y.Average(), sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            double dx = x[i] - meanX, dy = y[i] - meanY;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        return (sxx, syy, sxy);
    }
}
