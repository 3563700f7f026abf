using Research.Engine.Benchmarks;

namespace Research.Engine.RunViews;

/// <summary>
/// Percentiles of a series over consecutive fixed windows of time, for example frame latency p50/p95/p99 per second,
/// with the project's one percentile (<see cref="FrameTimeStats.Percentile"/>, linear between ranks).
/// </summary>
public static class WindowedPercentiles
{
    /// <summary>The window length <see cref="Compute"/> uses unless told otherwise, in milliseconds.</summary>
    public const double DefaultWindowMs = 1000;

    /// <summary>Splits time into windows [k·w, (k + 1)·w) and gives the percentiles of the values in each non-empty one, in time order.</summary>
    /// <param name="timeMs">When each value was measured, in milliseconds (need not be sorted; negative times fall in negative windows).</param>
    /// <param name="values">The values; NaN or infinite ones are left out.</param>
    /// <param name="windowMs">Window length in milliseconds, positive.</param>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window is not positive and finite.</exception>
    public static IReadOnlyList<PercentileWindow> Compute(IReadOnlyList<double> timeMs, IReadOnlyList<double> values, double windowMs = DefaultWindowMs)
    {
        ArgumentNullException.ThrowIfNull(timeMs);
        ArgumentNullException.ThrowIfNull(values);
        if (timeMs.Count != values.Count)
        {
            throw new ArgumentException($"{timeMs.Count} times but {values.Count} values.", nameof(values));
        }
        if (!(windowMs > 0 && double.IsFinite(windowMs)))
        {
            throw new ArgumentOutOfRangeException(nameof(windowMs), windowMs, "The window must be a positive number of milliseconds.");
        }

        var windows = new SortedDictionary<long, List<double>>();
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]) || !double.IsFinite(timeMs[i]))
            {
                continue;
            }
            var index = (long)Math.Floor(timeMs[i] / windowMs);
            if (!windows.TryGetValue(index, out var bucket))
            {
                windows[index] = bucket = [];
            }
            bucket.Add(values[i]);
        }
        return windows
            .Select(w =>
            {
                var sorted = w.Value.Order().ToArray();
                return new PercentileWindow(
                    w.Key * windowMs, (w.Key + 1) * windowMs, sorted.Length,
                    FrameTimeStats.Percentile(sorted, 50), FrameTimeStats.Percentile(sorted, 95), FrameTimeStats.Percentile(sorted, 99));
            })
            .ToList();
    }
}
