using Research.Engine.Reports;

namespace Research.Engine.Benchmarks;

/// <summary>The real-time sections: the standard set's KPIs and responses, and sustained latency.</summary>
public static partial class SessionBenchmarkReport
{
    /// <summary>KPIs shown per scenario: label and <see cref="Kpis.SessionKpis.ToValues"/> name.</summary>
    private static readonly (string Label, string Key, string Format)[] KpiRows =
    [
        ("first response p50 ms", "first_response_p50_ms", "F1"), ("first response p95 ms", "first_response_p95_ms", "F1"),
        ("first response max ms", "first_response_max_ms", "F1"), ("latency p50 ms", "latency_p50_ms", "F1"),
        ("latency p95 ms", "latency_p95_ms", "F1"), ("latency p99 ms", "latency_p99_ms", "F1"), ("jitter ms", "jitter_ms", "F2"),
        ("dropped frames", "dropped_frames", "F0"), ("fps", "fps", "F2"), ("inputs total", "inputs_total", "F0"),
        ("inputs rejected", "inputs_rejected", "F0"), ("inputs coalesced", "inputs_coalesced", "F0"), ("inputs unapplied", "inputs_unapplied", "F0"),
        ("PSNR mean dB", "psnr_mean", "F2"), ("SSIM mean", "ssim_mean", "F3"), ("agent error median px", "agent_error_median_px", "F1"),
        ("divergence onset frame", "divergence_onset_frame", "F0"), ("prompt switches compared", "prompt_switches_compared", "F0"),
        ("prompt switch SSIM ratio", "prompt_switch_ssim_ratio_mean", "F3"), ("prompt switch agent error px", "prompt_switch_agent_error_px_mean", "F1"),
        ("revisits", "revisits", "F0"), ("revisit model PSNR dB", "revisit_model_psnr_mean", "F2"), ("revisit truth PSNR dB", "revisit_truth_psnr_mean", "F2"),
        ("drift estimate correlation", "drift_estimate_correlation", "F3"), ("hard resets (depth)", "hard_resets", "F0"),
        ("longest segment s (depth)", "segment_max_s", "F1"),
    ];

    private static ReportSection Standard(SessionBenchmarkResult result)
    {
        var runs = result.Standard;
        var values = runs.Select(r => r.Kpis.ToValues()).ToList();
        IReadOnlyList<IReadOnlyList<string>> rows = [.. KpiRows.Select(k =>
            (IReadOnlyList<string>)[k.Label, .. values.Select(v => v.TryGetValue(k.Key, out var x) ? x.ToString(k.Format, C) : "n/a")])];
        var responses = runs.Select(r => (r.Scenario, Ms: r.FirstResponsesMs.ToList()))
            .Append(("all (pooled)", [.. runs.SelectMany(r => r.FirstResponsesMs)]))
            .Select(r =>
            {
                var check = FirstResponse(r.Scenario, r.Ms);
                return Row(r.Scenario, r.Ms.Count.ToString(C), Format(Kpis.KpiMath.Percentile(r.Ms, 50), "F1"), Format(Kpis.KpiMath.Percentile(r.Ms, 95), "F1"),
                    Format(r.Ms.Count > 0 ? r.Ms.Max() : null, "F1"), check.Target, check.Verdict);
            });
        return new ReportSection("Standard set in real time")
        {
            Text = "Each scenario played once in real time (ScenarioRunner, Realtime on: a SessionHost loop on the system clock, inputs sent at seeded "
                + "moments within each frame interval) and stored. First response: from an input's arrival to the delivery of the first frame computed "
                + "with it. Latency: from a frame's deadline to its delivery. n/a: the figure is undefined for the scenario (e.g. no inputs in idle-60s).",
            Tables = [
                new ReportTable("KPIs per scenario", ["KPI", .. runs.Select(r => $"{r.Scenario} ({r.Seconds:0.#} s)")], rows),
                new ReportTable("Input to first conditioned frame", ["scenario", "inputs", "p50 ms", "p95 ms", "max ms", "target", "verdict"], [.. responses]),
            ],
        };
    }

    private static ReportSection Sustained(SessionBenchmarkResult result)
    {
        var minutes = result.SustainedMinutes;
        var first = minutes.Count > 0 ? minutes[0].P95Ms : double.NaN;
        var windows = result.Sustained?.Kpis.Latency.Windows ?? [];
        return new ReportSection("Sustained latency and dropped inputs")
        {
            Text = "Latency per whole minute of sustained-5min (frames grouped by delivery time; the fifth minute is compared with the first, and only a slowdown counts against the target), and "
                + "inputs dropped anywhere in the standard set (rejected or never applied; coalesced inputs were superseded within one frame, not dropped). "
                + "The chart shows latency per 30 s window (LatencyKpis.Windows).",
            Charts = windows.Count == 0 ? [] : [new LineChart("sustained-5min: latency per 30 s window", "window start (s)", "latency (ms)", [
                new ChartSeries("p95", [.. windows.Select(w => w.StartMs / 1000)], [.. windows.Select(w => w.P95)]),
                new ChartSeries("p50", [.. windows.Select(w => w.StartMs / 1000)], [.. windows.Select(w => w.P50)]),
            ])],
            Tables = [
                new ReportTable("Latency per minute, sustained-5min", ["minute", "frames", "p50 ms", "p95 ms", "p95 vs minute 1"],
                    [.. minutes.Select(m => Row(m.Minute.ToString(C), m.Frames.ToString(C), m.P50Ms.ToString("F1", C), m.P95Ms.ToString("F1", C), Format((m.P95Ms / first - 1) * 100, "+0.0;-0.0", " %")))]),
                new ReportTable("Sustained targets", ["figure", "value", "target", "verdict"],
                    [.. new[] { SustainedCheck(result), DroppedInputs(result) }.Select(t => Row(t.Figure, t.Value, t.Target, t.Verdict))]),
            ],
        };
    }

    private static TargetCheck SustainedCheck(SessionBenchmarkResult result)
    {
        var minutes = result.SustainedMinutes;
        var last = minutes.Count >= 2 ? minutes[Math.Min(4, minutes.Count - 1)] : null;
        var change = last is not null && minutes[0].P95Ms > 0 ? last.P95Ms / minutes[0].P95Ms - 1 : (double?)null;
        var label = last is null ? "a later minute" : $"minute {last.Minute}";
        return new TargetCheck($"sustained-5min latency p95, {label} vs minute 1",
            last is null ? "n/a (shorter than 2 minutes)" : string.Create(C, $"{last.P95Ms:F1} vs {minutes[0].P95Ms:F1} ms ({change * 100:+0.0;-0.0} %)"),
            $"at most {SessionBenchmark.SustainedTolerance * 100:0} % above minute 1", change is { } c ? c <= SessionBenchmark.SustainedTolerance : null);
    }

    private static TargetCheck DroppedInputs(SessionBenchmarkResult result)
    {
        var responses = result.Standard.Select(r => r.Kpis.Responses).ToList();
        var (rejected, unapplied) = (responses.Sum(r => r.InputsRejected), responses.Sum(r => r.InputsUnapplied));
        return new TargetCheck("dropped inputs over the standard set (rejected + unapplied)",
            string.Create(C, $"{rejected + unapplied} ({rejected} rejected, {unapplied} unapplied, of {responses.Sum(r => r.InputsTotal)})"), "0", rejected + unapplied == 0);
    }
}
