using System.Globalization;
using System.Text;

namespace Research.Workbench.Bench;

/// <summary>The workbench benchmark's markdown report, with each target and whether it was met.</summary>
internal static class WorkbenchBenchReport
{
    private const double LatencyP95Target = 100;
    private const double LatencyP99Target = 150;
    private const double FpsTarget = 30;
    private const double InteractiveTarget = 2_000;

    public static string Render(WorkbenchBenchResult result)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var single = result.Single;
        var stats = single.Stats;
        var warmInteractive = Median(result.WarmLoads.Select(l => l.InteractiveMs));
        var warmFirst = Median(result.WarmLoads.Select(l => l.FirstFrameMs));
        text.AppendLine("# Workbench benchmark (headless Chromium)").AppendLine();
        text.AppendLine(inv, $"Machine: {result.Machine}. Load average (1 min) {Load(result.LoadBefore)} before, {Load(result.LoadAfter)} after; above {result.Machine.Cores}, other processes competed for the CPU and the figures are pessimistic.").AppendLine();
        text.AppendLine(inv, $"Fast mode, the shipped default model, Debian's Chromium headless through Playwright, the app in-process on a loopback port. A script steers with {result.Options.Hold.TotalMilliseconds:0} ms key presses every {(result.Options.Hold + result.Options.Gap).TotalMilliseconds:0} ms for {result.Options.Seconds} s per phase, while the page's live charts update (latency 2 Hz, drift 1 Hz, one redraw per 250 ms at most). Input to canvas is measured by the page: key press (performance.now()) to the first frame carrying that input drawn.").AppendLine();
        text.AppendLine("| figure | target | measured | met |").AppendLine("|---|---:|---:|:---:|");
        Row(text, "input to canvas p50 (one tab)", "-", stats?.P50Ms, null, "ms");
        Row(text, "input to canvas p95 (one tab)", "<= 100 ms", stats?.P95Ms, stats?.P95Ms <= LatencyP95Target, "ms");
        Row(text, "input to canvas p99 (one tab)", "<= 150 ms", stats?.P99Ms, stats?.P99Ms <= LatencyP99Target, "ms");
        Row(text, "drawn fps, charts updating (one tab)", ">= 30", single.DrawnFps, single.DrawnFps >= FpsTarget * 0.95, "fps");
        Row(text, "time to interactive, warm (median)", "<= 2000 ms", warmInteractive, warmInteractive <= InteractiveTarget, "ms");
        Row(text, "time to interactive, cold (first load, model loading)", "-", result.ColdLoad.InteractiveMs, null, "ms");
        for (var i = 0; i < result.TwoTabs.Count; i++)
        {
            var tab = result.TwoTabs[i];
            Row(text, $"two tabs: drawn fps of tab {i + 1}", ">= 30", tab.DrawnFps, tab.DrawnFps >= FpsTarget * 0.95, "fps");
            Row(text, $"two tabs: input to canvas p95 of tab {i + 1}", "<= 100 ms", tab.Stats?.P95Ms, tab.Stats?.P95Ms <= LatencyP95Target, "ms");
        }
        text.AppendLine();
        text.AppendLine("## Details").AppendLine();
        text.AppendLine("| phase | readings (stored with the run) | p50 ms | p95 ms | p99 ms | max ms | drawn fps | generated fps | frame latency p95 ms | chart redraws/s | chart ms/s |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Detail(text, "one tab", single);
        for (var i = 0; i < result.TwoTabs.Count; i++)
        {
            Detail(text, $"two tabs, tab {i + 1}", result.TwoTabs[i]);
        }
        text.AppendLine();
        text.AppendLine(inv, $"Page loads (first frame drawn / interactive, ms from navigation): cold {result.ColdLoad.FirstFrameMs:0} / {result.ColdLoad.InteractiveMs:0}; warm {string.Join(", ", result.WarmLoads.Select(l => $"{l.FirstFrameMs:0} / {l.InteractiveMs:0}"))} (median first frame {warmFirst:0} ms). Interactive: the first frame is drawn and a key pressed right after it has been accepted by the server.").AppendLine();
        text.AppendLine("Drawn fps counts frames put on the canvas (a frame arriving while one is drawing is dropped); generated fps counts the session's frames on the server; chart ms/s is the browser main-thread time plotly.js took per second to redraw the three live charts. Run it: `dotnet run -c Release --project workbench/Research.Workbench.Bench -- --seconds 20`.");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, string target, double? value, bool? met, string unit) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {target} | {(value is { } v && double.IsFinite(v) ? $"{v:0.0} {unit}" : "-")} | {(met is null ? "" : met.Value ? "yes" : "**no**")} |");

    private static void Detail(StringBuilder text, string name, TabFigures tab)
    {
        var s = tab.Stats;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {tab.Latencies.Count} ({tab.Stored}) | {s?.P50Ms:0.0} | {s?.P95Ms:0.0} | {s?.P99Ms:0.0} | {s?.MaxMs:0.0} | {tab.DrawnFps:0.0} | {tab.GeneratedFps:0.0} | {tab.ServerLatencyP95Ms:0.0} | {tab.ChartRedrawsPerSecond:0.0} | {tab.ChartMsPerSecond:0} |");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }

    private static string Load(double? load) => load is { } l ? l.ToString("0.00", CultureInfo.InvariantCulture) : "unknown";
}
