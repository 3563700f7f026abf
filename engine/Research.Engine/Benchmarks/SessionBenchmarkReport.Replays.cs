using Research.Engine.Reports;

namespace Research.Engine.Benchmarks;

/// <summary>The fast-replay sections: visible response, soft resets and memory.</summary>
public static partial class SessionBenchmarkReport
{
    private static ReportSection Visible(SessionBenchmarkResult result)
    {
        var v = result.Visible;
        return new ReportSection("Visible response (counterfactual no-input fork)")
        {
            Text = string.Create(C, $"{v.Scenario} replayed fast and deterministically (a manual clock; latency is compute time). At up to {result.Options.VisibleSamples} action changes spread over the scenario, ")
                + "the session is forked just before the input is sent; the fork never gets that input (every other input goes to both). Both are ticked at the same deadlines "
                + string.Create(C, $"until their model frames differ visibly, a mean absolute difference of at least {v.Threshold:0.0#} level (of 255) over all pixels and channels, or {v.MaxFrames} frames pass. ")
                + "Visible response time = delivery of that frame - arrival of the input; frames count from the first conditioned frame (1). No target is set for this figure; it is reported.",
            Tables = [
                new ReportTable("Visible response", ["probes", "visible", $"never visible within {v.MaxFrames} frames", "p50 frames", "p95 frames", "p50 ms", "p95 ms"],
                    [Row(v.Probes.Count.ToString(C), v.VisibleCount.ToString(C), v.NeverVisible.ToString(C), Format(v.P50Frames, "F1"), Format(v.P95Frames, "F1"), Format(v.P50Ms, "F1"), Format(v.P95Ms, "F1"))]),
                new ReportTable("Probes", ["frame", "action", "frames to visible", "ms to visible", "largest difference (levels)"],
                    [.. v.Probes.Select(p => Row(p.Frame.ToString(C), p.Action, p.Frames?.ToString(C) ?? "never", Format(p.ResponseMs, "F1"), p.MaxDifference.ToString("F2", C)))]),
            ],
        };
    }

    private static ReportSection SoftResets(SessionBenchmarkResult result)
    {
        var run = result.SoftResets;
        var k = run.Kpis.SoftResets;
        var checks = Targets(result).Where(t => t.Figure.StartsWith("soft reset", StringComparison.Ordinal));
        return new ReportSection("Soft reset")
        {
            Text = string.Create(C, $"{run.Scenario}: sustained-5min ({run.Seconds:0.#} s) replayed fast with a soft reset sent every {SessionBenchmark.SoftResetEverySeconds:0} s from 2.5 s on ")
                + "(half-way between the scenario's prompt switches). Jump ratio: the largest frame-to-frame change at a reset over the 99th percentile of ordinary change. "
                + "Drift continuity: mean over resets of mean PSNR in the 30 frames after minus the 30 frames before; about 0 when a reset neither helped nor broke consistency. "
                + $"Run {run.RunId ?? "(not stored)"}.",
            Tables = [
                new ReportTable("Soft reset targets", ["figure", "value", "target", "verdict"], [.. checks.Select(t => Row(t.Figure, t.Value, t.Target, t.Verdict))]),
                new ReportTable("Soft reset figures", ["soft resets", "compared for continuity", "largest jump (levels)", "ordinary change p99 (levels)"],
                    [Row(k.SoftResets.ToString(C), k.ContinuityCompared.ToString(C), Format(k.MaxJump, "F2"), Format(k.MotionDeltaP99, "F2"))]),
            ],
        };
    }

    private static ReportSection Memory(SessionBenchmarkResult result)
    {
        var m = result.Memory;
        var first = m.Samples.FirstOrDefault(s => s.Minute == 1)?.ResidentBytes;
        var check = Targets(result).First(t => t.Figure.StartsWith("RSS", StringComparison.Ordinal));
        return new ReportSection("Memory over a long session")
        {
            Text = string.Create(C, $"{m.Minutes} minute{(m.Minutes == 1 ? "" : "s")} of session time ({m.Scenario}), **replayed fast**: the minutes are session time (frames at 30 fps), not wall time; ")
                + string.Create(C, $"the replay took {m.WallSeconds / 60:F1} min of wall time. Process resident set (RSS) after a full garbage collection, before the first frame (minute 0) ")
                + "and at the end of every session minute; the target compares minute 1 (after the first minute's one-off allocations) with the last. The session is not recorded. "
                + $"Growth from minute 1 to the last minute: {check.Value} (target {check.Target}): {check.Verdict}{(check.Met is null ? ", needs at least 2 minutes" : "")}.",
            Charts = [new LineChart("Resident memory over session minutes", "session minute", "RSS (MB)",
                [new ChartSeries("RSS", [.. m.Samples.Select(s => (double)s.Minute)], [.. m.Samples.Select(s => s.ResidentBytes / 1048576.0)])])],
            Tables = [new ReportTable("RSS per session minute", ["minute", "frames", "RSS MB", "vs minute 1", "wall s"],
                [.. m.Samples.Select(s => Row(s.Minute.ToString(C), s.Frames.ToString(C), (s.ResidentBytes / 1048576.0).ToString("F1", C),
                    first is { } f && s.Minute >= 1 ? Format(100.0 * (s.ResidentBytes - f) / f, "+0.00;-0.00", " %") : "", s.WallSeconds.ToString("F1", C)))])],
        };
    }
}
