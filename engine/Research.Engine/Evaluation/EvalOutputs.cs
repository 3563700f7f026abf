using System.Globalization;
using System.Text;
using System.Text.Json;
using Research.Engine.Reports;
using Research.Engine.Storage;

namespace Research.Engine.Evaluation;

/// <summary>Writes an evaluation's results: per-frame and summary CSV files, and one stored run per variant.</summary>
public static class EvalOutputs
{
    /// <summary>
    /// Per-frame CSV: variant, frame, mean/10th/90th percentile PSNR, mean SSIM, median agent error, then means over
    /// explore episodes of whole-frame PSNR, PSNR on pixels seen before and newly revealed, on pixels frame 0 showed and
    /// the rest, the oracle's PSNR, and the mean over arena episodes (empty where no episode has such pixels).
    /// </summary>
    public static string FramesCsv(IReadOnlyList<VariantResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("variant,frame,psnr_mean,psnr_p10,psnr_p90,ssim_mean,agent_error_median,"
            + "psnr_explore,psnr_explore_seen,psnr_explore_revealed,psnr_explore_given,psnr_explore_invented,oracle_psnr_explore,psnr_arena\n");
        foreach (var r in results)
        {
            var psnr = VariantResult.Mean(r.Psnr);
            var ssim = VariantResult.Mean(r.Ssim);
            var agent = VariantResult.Median(r.AgentError);
            var explore = Enumerable.Range(0, r.Episodes.Count).Where(e => r.Episodes[e].Explore).ToList();
            var arena = Enumerable.Range(0, r.Episodes.Count).Where(e => !r.Episodes[e].Explore).ToList();
            double[] Of(IEnumerable<int> episodes, Func<int, double[]> series) => VariantResult.MeanOfNumbers([.. episodes.Select(series)]);
            double[][] worlds =
            [
                Of(explore, e => r.Psnr[e]), Of(explore, e => r.Episodes[e].Seen), Of(explore, e => r.Episodes[e].Revealed),
                Of(explore, e => r.Episodes[e].Given), Of(explore, e => r.Episodes[e].Invented), Of(explore, e => r.Episodes[e].Oracle),
                Of(arena, e => r.Psnr[e]),
            ];
            for (var t = 0; t < r.Length; t++)
            {
                var column = r.Psnr.Select(e => e[t]).ToArray();
                text.Append(c, $"{Quote(r.Variant.Name)},{t},{CsvNumber.Format(psnr[t], "F3")},{CsvNumber.Format(VariantResult.Percentile(column, 10), "F3")},{CsvNumber.Format(VariantResult.Percentile(column, 90), "F3")},{CsvNumber.Format(ssim[t], "F4")},{CsvNumber.Format(agent[t], "F3")}");
                foreach (var series in worlds)
                {
                    text.Append(',').Append(CsvNumber.Format(series.Length == 0 ? double.NaN : series[t], "F3"));
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Summary JSON: the options that shape the figures and, per variant, its name, checkpoint, mode and every figure of
    /// <see cref="EvalSummary"/> (null where a figure is not a number, for example PSNR on revealed pixels in an arena).
    /// </summary>
    public static string SummaryJson(IReadOnlyList<VariantResult> results, EvalOptions options, int episodes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("episodes", episodes);
            json.WriteNumber("horizon", options.Horizon);
            json.WriteNumber("controlStride", options.ControlStride);
            json.WriteNumber("agentKeptWithin", options.AgentKeptWithin);
            json.WriteStartArray("variants");
            foreach (var r in results)
            {
                json.WriteStartObject();
                json.WriteString("name", r.Variant.Name);
                json.WriteString("checkpoint", EvalPlan.Label(r.Variant.Checkpoint));
                json.WriteString("mode", r.Variant.Mode.Name);
                json.WriteStartObject("summary");
                foreach (var (key, value) in r.Summary(options))
                {
                    if (double.IsFinite(value))
                    {
                        json.WriteNumber(key, Math.Round(value, 4));
                    }
                    else
                    {
                        json.WriteNull(key);
                    }
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Summary CSV: one row per variant, one column per figure of <see cref="EvalSummary"/>.</summary>
    public static string SummaryCsv(IReadOnlyList<VariantResult> results, EvalOptions options)
    {
        var c = CultureInfo.InvariantCulture;
        var summaries = results.Select(r => r.Summary(options)).ToList();
        var keys = summaries[0].Keys.ToList();
        var text = new StringBuilder("variant,checkpoint,mode,context_frames,refine_steps,context_noise,memory_frames,upsample," + string.Join(",", keys) + "\n");
        for (var i = 0; i < results.Count; i++)
        {
            var m = results[i].Variant.Mode;
            text.Append(c, $"{Quote(results[i].Variant.Name)},{Quote(EvalPlan.Label(results[i].Variant.Checkpoint))},{Quote(m.Name)},{m.ContextFrames},{m.RefineSteps},{m.ContextNoise},{m.MemoryFrames},{m.Upsample}");
            foreach (var key in keys)
            {
                text.Append(c, $",{CsvNumber.Format(summaries[i][key], "0.####")}");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Stores each variant as a completed run of kind <c>eval</c> with its per-frame means and its summary; returns the run ids.</summary>
    public static IReadOnlyList<string> Store(IRunStore store, IReadOnlyList<VariantResult> results, EvalOptions options, int episodes, TimeProvider time)
    {
        var ids = new List<string>();
        foreach (var r in results)
        {
            var m = r.Variant.Mode;
            var run = store.CreateRun(new NewRun
            {
                Kind = "eval",
                Name = r.Variant.Name,
                QualityMode = m.Name,
                Checkpoint = r.Variant.Checkpoint,
                Config = new Dictionary<string, string>
                {
                    ["horizon"] = options.Horizon.ToString(CultureInfo.InvariantCulture),
                    ["episodes"] = episodes.ToString(CultureInfo.InvariantCulture),
                    ["mode"] = $"context {m.ContextFrames}, refine {m.RefineSteps}, noise {m.ContextNoise.ToString(CultureInfo.InvariantCulture)}, memory {m.MemoryFrames}, upsample {m.Upsample}",
                },
            });
            var psnr = VariantResult.Mean(r.Psnr);
            var ssim = VariantResult.Mean(r.Ssim);
            var agent = VariantResult.Median(r.AgentError);
            store.AppendFrames([.. Enumerable.Range(0, r.Length).Select(t => new FrameMetrics
            {
                RunId = run.Id,
                Frame = t,
                TimeMs = t * r.MillisecondsPerFrame,
                Values = new Dictionary<string, double> { ["psnr"] = psnr[t], ["ssim"] = ssim[t], ["agent_error"] = agent[t] },
            })]);
            store.WriteSummary(new KpiSummary { RunId = run.Id, Frame = options.Horizon, WrittenAt = time.GetUtcNow(), Values = r.Summary(options).Where(kv => double.IsFinite(kv.Value)).ToDictionary() });
            store.CompleteRun(run.Id, RunStatus.Completed);
            ids.Add(run.Id);
        }
        return ids;
    }

    private static string Quote(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
