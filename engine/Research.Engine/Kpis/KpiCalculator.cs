namespace Research.Engine.Kpis;

/// <summary>
/// Turns the log of a live session into its KPI figures. Pure and deterministic: the same log and options always give
/// the same figures, with no clock, file or model involved.
/// </summary>
public static partial class KpiCalculator
{
    /// <summary>Computes every KPI of <paramref name="log"/>; each figure's definition is on its property.</summary>
    /// <param name="log">The session's log.</param>
    /// <param name="options">Windows and thresholds; <see cref="KpiOptions"/> documents the defaults.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException">The log, the options or one of the log's lists is null.</exception>
    /// <exception cref="ArgumentException">The log is inconsistent (for example frames not increasing); the message names the field.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the exception names it.</exception>
    public static SessionKpis Compute(SessionLog log, KpiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Validate(log);
        return new SessionKpis(
            Responses(log.Inputs),
            Latency(log, options.WindowMs),
            Consistency(log, options),
            SoftResets(log.Frames, options),
            Recovery(log, options),
            DriftEstimateCorrelation(log.Frames),
            Ratings(log.Ratings),
            Depth(log.ResetTimesMs, log.EndMs));
    }

    /// <summary>The frames numbered <paramref name="first"/> to <paramref name="last"/>, of frames in increasing order.</summary>
    private static IEnumerable<FrameSample> Between(IReadOnlyList<FrameSample> frames, long first, long last)
    {
        for (var i = FirstAtOrAfter(frames, first); i < frames.Count && frames[i].Frame <= last; i++)
        {
            yield return frames[i];
        }
    }

    /// <summary>The index of the first frame numbered <paramref name="frame"/> or later; the count when there is none.</summary>
    private static int FirstAtOrAfter(IReadOnlyList<FrameSample> frames, long frame)
    {
        int low = 0, high = frames.Count;
        while (low < high)
        {
            var mid = low + (high - low) / 2;
            if (frames[mid].Frame < frame)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }

    /// <summary>The frames in the <paramref name="span"/> frames before and after frame <paramref name="at"/>, or null when either side has fewer than <paramref name="minSide"/>.</summary>
    private static (FrameSample[] Before, FrameSample[] After)? AroundFrame(IReadOnlyList<FrameSample> frames, long at, int span, int minSide)
    {
        FrameSample[] before = [.. Between(frames, at - span, at - 1)];
        FrameSample[] after = [.. Between(frames, at + 1, at + span)];
        return before.Length >= minSide && after.Length >= minSide ? (before, after) : null;
    }
}
