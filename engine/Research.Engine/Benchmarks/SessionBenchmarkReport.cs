using System.Globalization;
using Research.Engine.Reports;

namespace Research.Engine.Benchmarks;

/// <summary>The session benchmark as a report: every figure beside its target and a verdict, the machine and its load first.</summary>
public static partial class SessionBenchmarkReport
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Builds the report of <paramref name="result"/>.</summary>
    /// <param name="result">What was measured.</param>
    /// <param name="source">Where the model came from, e.g. a checkpoint path with its phase and step.</param>
    public static Report Build(SessionBenchmarkResult result, string source)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Report("Session benchmark: live world-model sessions against their targets", [
            Summary(result, source),
            Standard(result),
            Sustained(result),
            Visible(result),
            SoftResets(result),
            Memory(result),
            Hosts(result),
        ]);
    }

    /// <summary>Every figure that has a target, with its verdict, in report order.</summary>
    public static IReadOnlyList<TargetCheck> Targets(SessionBenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var checks = new List<TargetCheck> { FirstResponse("all inputs of the standard set", result.Standard.SelectMany(r => r.FirstResponsesMs)) };
        checks.AddRange(result.Standard.Select(r => FirstResponse(r.Scenario, r.FirstResponsesMs)));
        checks.Add(SustainedCheck(result));
        checks.Add(DroppedInputs(result));
        var resets = result.SoftResets.Kpis.SoftResets;
        checks.Add(new TargetCheck("soft reset jump ratio (largest change at a reset / p99 of ordinary change)", Format(resets.SoftResetJumpRatio, "F2"),
            $"<= {SessionBenchmark.JumpRatioTarget.ToString(C)}", resets.SoftResetJumpRatio is { } ratio ? ratio <= SessionBenchmark.JumpRatioTarget : null));
        checks.Add(new TargetCheck("soft reset drift continuity (mean PSNR after - before)", Format(resets.MeanDriftContinuityDb, "+0.00;-0.00", " dB"),
            $"|x| <= {SessionBenchmark.ContinuityToleranceDb.ToString(C)} dB",
            resets.MeanDriftContinuityDb is { } db ? Math.Abs(db) <= SessionBenchmark.ContinuityToleranceDb : null));
        var growth = result.Memory.Growth;
        checks.Add(new TargetCheck($"RSS growth over a long session, minute 1 to minute {result.Memory.Minutes}", Format(growth * 100, "+0.00;-0.00", " %"),
            $"< {SessionBenchmark.MemoryGrowthTarget * 100:0} %", growth is { } g ? g < SessionBenchmark.MemoryGrowthTarget : null));
        foreach (var batch in new[] { true, false }.Where(b => b || result.Hosts.Any(h => !h.Batch)))
        {
            var largest = result.LargestHeld(batch);
            checks.Add(new TargetCheck($"most sessions held at {HostFps(result):0} fps, {(batch ? "batched" : "unbatched")}", largest?.ToString(C) ?? "none",
                HostTarget(result), largest is not null));
        }
        return checks;
    }

    private static ReportSection Summary(SessionBenchmarkResult result, string source)
    {
        var load = result.LoadAverage is { } l
            ? string.Create(C, $"Load average (1 min) at start: {l:F2} on {result.Machine.Cores} cores.{(l > result.Machine.Cores ? " Other processes were competing for the cores: timings are noisy and tails long." : "")}")
            : "Load average at start: not available.";
        var quick = result.Options.Quick
            ? $"\n\n**Quick run**: real-time scenarios cut to their first {result.Options.QuickSeconds!.Value.ToString(C)} s and every stage shortened. A smoke test of the benchmark, not a measurement."
            : "";
        var runs = string.Join(", ", result.Standard.Append(result.SoftResets).Select(r => $"{r.Scenario} {r.RunId ?? "(not stored)"}"));
        return new ReportSection("Summary")
        {
            Text = string.Create(C, $"Machine: {result.Machine}. TorchSharp threads: {result.Threads}. {load}\n\n")
                + string.Create(C, $"Model: {source}. Quality mode fast, {result.FrameSize}x{result.FrameSize} frames, at the scenarios' frame rate ({HostFps(result):0} fps). Wall time of the whole benchmark: {result.WallSeconds / 60:F1} min.\n\n")
                + $"Stored runs (tagged {string.Join(", ", result.Options.Tags)}): {runs}.{quick}",
            Tables = [new ReportTable("Targets", ["figure", "value", "target", "verdict"], [.. Targets(result).Select(t => (IReadOnlyList<string>)[t.Figure, t.Value, t.Target, t.Verdict])])],
        };
    }

    private static TargetCheck FirstResponse(string scope, IEnumerable<double> responsesMs)
    {
        var p95 = Kpis.KpiMath.Percentile(responsesMs, 95);
        return new TargetCheck($"input to first conditioned frame p95, {scope}", Format(p95, "F1", " ms"),
            $"<= {SessionBenchmark.FirstResponseTargetMs.ToString(C)} ms", p95 is { } v ? v <= SessionBenchmark.FirstResponseTargetMs : null);
    }

    private static double HostFps(SessionBenchmarkResult result) => result.Hosts.Count > 0 ? result.Hosts[0].TargetFps : 30;

    private static string HostTarget(SessionBenchmarkResult result) =>
        string.Create(C, $"every session >= {SessionBenchmark.HostFpsShare * 100:0} % of {HostFps(result):0} fps and latency p95 <= {1000 / HostFps(result):F1} ms");

    private static string Format(double? value, string format, string unit = "") => value is { } v && double.IsFinite(v) ? v.ToString(format, C) + unit : "n/a";

    private static IReadOnlyList<string> Row(params string[] cells) => cells;
}
