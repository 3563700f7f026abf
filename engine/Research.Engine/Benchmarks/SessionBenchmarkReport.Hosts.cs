using Research.Engine.Reports;

namespace Research.Engine.Benchmarks;

/// <summary>The many-sessions section.</summary>
public static partial class SessionBenchmarkReport
{
    private static ReportSection Hosts(SessionBenchmarkResult result)
    {
        var hosts = result.Hosts;
        var seconds = result.Options.HostSeconds;
        var largest = Targets(result).Where(t => t.Figure.StartsWith("most sessions", StringComparison.Ordinal)).Select(t => $"{t.Figure}: {t.Value}");
        return new ReportSection("Many sessions on one machine")
        {
            Text = string.Create(C, $"N sessions sharing one model on one SessionHost (system clock, {HostFps(result):0} fps) for {seconds:0.#} s, each steered in real time by its own ")
                + "ScenarioDriver on rapid-steering (an action change every frame) with its own world seed and input timing; not recorded. Batched: the models of all sessions "
                + "due at a deadline step as one batch (ModelRollout.StepBatch); unbatched: one after another. Dropped frames: deadlines the loop missed (each is a frame "
                + $"every session lost). A run holds the target when {HostTarget(result)}. {string.Join("; ", largest)}.",
            Charts = [
                Chart("Frames delivered per second, all sessions", "frames/s", hosts, h => h.AggregateFps),
                Chart("Worst session's latency p95", "latency p95 (ms)", hosts, h => h.WorstP95Ms),
            ],
            Tables = [new ReportTable("Host runs", ["sessions", "stepping", "seconds", "frames/s, all", "slowest session fps", "latency p95 mean ms", "latency p95 worst ms", "dropped frames", "target", "verdict"],
                [.. hosts.Select(h => Row(h.Sessions.ToString(C), h.Batch ? "batched" : "unbatched", h.Seconds.ToString("F1", C), h.AggregateFps.ToString("F1", C),
                    h.MinSessionFps.ToString("F1", C), Format(h.MeanP95Ms, "F1"), Format(h.WorstP95Ms, "F1"), h.DroppedFrames.ToString(C),
                    string.Create(C, $">= {SessionBenchmark.HostFpsShare * h.TargetFps:F1} fps, p95 <= {1000 / h.TargetFps:F1} ms"), h.HoldsTarget ? "met" : "not met"))])],
        };
    }

    private static LineChart Chart(string title, string yTitle, IReadOnlyList<HostRunResult> hosts, Func<HostRunResult, double> value)
    {
        var series = new[] { true, false }
            .Select(batch => (batch, runs: hosts.Where(h => h.Batch == batch || (h.Sessions == 1 && hosts.Any(o => !o.Batch))).OrderBy(h => h.Sessions).ToList()))
            .Where(s => s.runs.Any(h => h.Batch == s.batch))
            .Select(s => new ChartSeries(s.batch ? "batched" : "unbatched", [.. s.runs.Select(h => (double)h.Sessions)], [.. s.runs.Select(value)]))
            .ToList();
        return new LineChart(title, "sessions", yTitle, series, IntegerX: true);
    }
}
