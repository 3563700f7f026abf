using System.Globalization;
using System.Text;

namespace Research.Engine.Benchmarks;

/// <summary>Writes a <see cref="ModelBenchmarkResult"/> as a markdown report.</summary>
public static class ModelBenchmarkReport
{
    /// <summary>The report text.</summary>
    /// <param name="result">What was measured.</param>
    /// <param name="source">Where the model came from, e.g. a checkpoint path with its phase and step.</param>
    /// <param name="trainedWeights">False for random weights: the report says so (cost does not depend on weights).</param>
    public static string ToMarkdown(ModelBenchmarkResult result, string source, bool trainedWeights)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var config = result.Config;
        var peak = result.Peak.BestGflops;
        var budget = 1000 / ModelBenchmark.RealTimeFps;
        text.AppendLine("# Model benchmark: frame-by-frame rollout on the CPU").AppendLine();
        text.AppendLine(c, $"Machine: {result.Machine}. TorchSharp threads: {result.Threads} (torch.get_num_threads).");
        if (result.LoadAverage is { } load)
        {
            var busy = load > result.Machine.Cores
                ? " Other processes were competing for the cores: timings are noisy and tails long; compare runs only on a quiet machine."
                : "";
            text.AppendLine(c, $"Load average (1 min) at start: {load:F2} on {result.Machine.Cores} cores.{busy}");
        }
        text.AppendLine(c, $"Model: {source}.");
        if (!trainedWeights)
        {
            text.AppendLine("**Weights are untrained (random initialisation).** Time and FLOPs per frame depend on the architecture only, not on the weights.");
        }
        text.AppendLine(c, $"Parameters: {result.ParameterCount:N0}. Config: frameSize {config.FrameSize}, width {config.Width}, deepWidth {config.DeepWidth}, deepBlocks {config.DeepBlocks}, motionHidden {config.MotionHidden}, maxContextFrames {config.MaxContextFrames}, embeddingSize {config.EmbeddingSize}, maxPromptTokens {config.MaxPromptTokens}.");
        var sizes = string.Join(", ", result.Peak.Samples.Select(s => string.Create(c, $"{s.Size}: {s.Gflops:F1}")));
        text.AppendLine(c, $"Matmul peak (float32, square, best of several at {result.Peak.Threads} threads): {sizes} GFLOP/s; peak **{peak:F1} GFLOP/s**.");
        text.AppendLine();
        var frames = result.Modes.Count > 0 ? result.Modes[0].Frames : 0;
        text.AppendLine(c, $"## Rollout, per frame ({frames} timed frames per mode after {result.WarmupFrames} warm-up frames, `ModelRollout.Step`, batch 1)").AppendLine();
        text.AppendLine(c, $"| mode | context | refine steps | p50 ms | p95 ms | p99 ms | fps | MFLOP/frame | GFLOP/s | % of peak | {ModelBenchmark.RealTimeFps:F0} fps ({budget:F1} ms) at p95 |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var m in result.Modes)
        {
            var t = m.Times;
            text.AppendLine(c, $"| {m.Mode.Name} | {m.Mode.ContextFrames} | {m.Mode.RefineSteps} | {t.P50Ms:F2} | {t.P95Ms:F2} | {t.P99Ms:F2} | {t.FramesPerSecond:F1} | {m.FlopsPerFrame / 1e6:F1} | {m.AchievedGflops:F2} | {m.PercentOfPeak:F1}% | {(m.HoldsAtP95(ModelBenchmark.RealTimeFps) ? "yes" : "no")} |");
        }
        text.AppendLine();
        text.AppendLine("fps and GFLOP/s are sustained figures at the mean frame time. FLOPs are counted analytically: 2 x multiply-accumulates of every Conv2d, ConvTranspose2d and Linear layer from weight shapes and feature map sizes; activations, element-wise arithmetic and embedding look-ups are not counted.");
        text.AppendLine();
        var parts = result.Parts;
        var flops = result.Flops;
        text.AppendLine(c, $"## Cost by part (modules called directly, median of {parts.Repeats} calls)").AppendLine();
        text.AppendLine("| part | ms/call | MFLOP/call | GFLOP/s | % of peak |");
        text.AppendLine("|---|---|---|---|---|");
        AppendPart(text, "motion predictor", parts.MotionMs, flops.Motion, peak);
        AppendPart(text, "warp + corrector", parts.StepMs, flops.Step, peak);
        AppendPart(text, "2x upsample (quality)", parts.UpsampleMs, flops.Upsample, peak);
        text.AppendLine();
        text.AppendLine("| mode | motion ms | warp + corrector ms | upsample ms | parts sum ms | rollout p50 ms | rest ms (memory read and write, noise, RGB conversion, timing noise) |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var m in result.Modes)
        {
            var sum = parts.PerFrameMs(m.Mode);
            text.AppendLine(c, $"| {m.Mode.Name} | {parts.MotionMs:F2} | {parts.StepMs:F2} | {(m.Mode.Upsample ? parts.UpsampleMs : 0):F2} | {sum:F2} | {m.Times.P50Ms:F2} | {m.Times.P50Ms - sum:F2} |");
        }
        var memory = result.Memory;
        text.AppendLine();
        text.AppendLine(c, $"## Memory per live session\n\n{memory.Sessions} sessions sharing one model, {memory.Frames} quality-mode frames each: resident set {memory.BaselineBytes / 1048576.0:F1} MB before, {memory.AfterBytes / 1048576.0:F1} MB after, **{memory.BytesPerSession / 1048576.0:F2} MB per session** (target under 200 MB).");
        return text.ToString();
    }

    private static void AppendPart(StringBuilder text, string name, double ms, long flops, double peak)
    {
        var gflops = ms > 0 ? flops / (ms / 1000) / 1e9 : 0;
        var percent = peak > 0 ? 100 * gflops / peak : 0;
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {ms:F2} | {flops / 1e6:F1} | {gflops:F2} | {percent:F1}% |");
    }
}
