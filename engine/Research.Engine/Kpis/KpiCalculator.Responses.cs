namespace Research.Engine.Kpis;

/// <summary>Figures 1 and 2: how fast inputs were answered and whether frames kept coming on time.</summary>
public static partial class KpiCalculator
{
    private static ResponseKpis Responses(IReadOnlyList<InputSample> inputs)
    {
        double[] first = [.. inputs.Where(i => i.AppliedFrame is not null && i.FirstFrameMs is not null).Select(i => i.FirstFrameMs!.Value - i.ReceivedMs)];
        double[] visible = [.. inputs.Where(i => i.AppliedFrame is not null && i.FirstVisibleMs is not null).Select(i => i.FirstVisibleMs!.Value - i.ReceivedMs)];
        return new ResponseKpis(
            inputs.Count,
            inputs.Count(i => i.Error is not null),
            inputs.Count(i => i.CoalescedInto is not null),
            inputs.Count(i => i.AppliedFrame is null && i.Error is null && i.CoalescedInto is null),
            first.Length,
            KpiMath.Percentile(first, 50),
            KpiMath.Percentile(first, 95),
            first.Length == 0 ? null : first.Max(),
            visible.Length,
            KpiMath.Percentile(visible, 50),
            KpiMath.Percentile(visible, 95));
    }

    private static LatencyKpis Latency(SessionLog log, double windowMs)
    {
        var frames = log.Frames;
        // A frame delivered exactly at the end of a session that is a whole number of windows long belongs to the last
        // window, not to a new one of no length.
        var lastIndex = Math.Max(0, (int)Math.Ceiling(log.EndMs / windowMs) - 1);
        var windows = frames
            .GroupBy(f => Math.Min((int)Math.Floor(f.TimeMs / windowMs), lastIndex))
            .OrderBy(g => g.Key)
            .Select(g => Window(g.Key, [.. g.Select(f => f.LatencyMs)], windowMs, log.EndMs))
            .ToArray();
        LatencyWindow[] full = [.. windows.Where(w => w.StartMs + windowMs <= log.EndMs)];
        double[] latencies = [.. frames.Select(f => f.LatencyMs)];
        double[] intervals = [.. frames.Skip(1).Select((f, i) => f.TimeMs - frames[i].TimeMs)];
        var firstP95 = windows.Length == 0 ? (double?)null : windows[0].P95;
        var lastFullP95 = full.Length == 0 ? (double?)null : full[^1].P95;
        var fps = log.EndMs > 0 ? frames.Count / (log.EndMs / 1000) : (double?)null;
        return new LatencyKpis(
            windows,
            KpiMath.Percentile(latencies, 50),
            KpiMath.Percentile(latencies, 95),
            KpiMath.Percentile(latencies, 99),
            KpiMath.Slope([.. full.Select(w => (double)w.Index)], [.. full.Select(w => w.P95)]),
            firstP95,
            lastFullP95,
            firstP95 > 0 && lastFullP95 is { } last ? last / firstP95 : null,
            KpiMath.StandardDeviation(intervals),
            log.DroppedFrames,
            fps,
            fps / log.TargetFps);
    }

    private static LatencyWindow Window(int index, double[] latencies, double windowMs, double endMs)
    {
        var start = index * windowMs;
        var seconds = Math.Min(windowMs, endMs - start) / 1000;
        return new LatencyWindow(
            index,
            start,
            latencies.Length,
            KpiMath.Percentile(latencies, 50)!.Value,
            KpiMath.Percentile(latencies, 95)!.Value,
            KpiMath.Percentile(latencies, 99)!.Value,
            seconds > 0 ? latencies.Length / seconds : double.NaN);
    }
}
