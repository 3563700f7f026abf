using System.Globalization;
using Research.Engine.Metrics;

namespace Research.Engine.Evaluation;

/// <summary>
/// The summary figures of a variant, by name:
/// <list type="bullet">
/// <item><c>psnr_at_N</c>, <c>ssim_at_N</c>: mean over episodes at frame N of the free rollout, for each report horizon and the last frame.</item>
/// <item><c>agent_error_median_at_N</c>: median over episodes of the agent position error (pixels) at frame N.</item>
/// <item><c>action_accuracy</c>: share of frames, over all frames and episodes, where the commanded action is visible in
/// the ground truth (inferred from the true frames equals the command) and the generated agent moved the same way.</item>
/// <item><c>divergence_onset</c>: first frame from which the mean PSNR stays below the threshold for the required
/// run of frames; the horizon + 1 when it never does.</item>
/// <item><c>revisit_psnr</c>, <c>revisit_self_psnr</c>, <c>revisit_truth_self_psnr</c>, <c>revisits</c>: means over returns to a
/// place (model vs truth; model return vs model first visit; the same for the truth) and their count.</item>
/// <item><c>ms_per_frame</c>: mean wall time of a rollout step.</item>
/// </list>
/// </summary>
public static class EvalSummary
{
    /// <summary>The figures of <paramref name="result"/>.</summary>
    public static IReadOnlyDictionary<string, double> Of(VariantResult result, EvalOptions options)
    {
        var figures = new Dictionary<string, double>();
        var psnr = VariantResult.Mean(result.Psnr);
        var ssim = VariantResult.Mean(result.Ssim);
        var agent = VariantResult.Median(result.AgentError);
        foreach (var h in options.ReportHorizons.Append(result.Length - 1).Distinct().Order().Where(h => h >= 1 && h < result.Length))
        {
            var at = h.ToString(CultureInfo.InvariantCulture);
            figures[$"psnr_at_{at}"] = psnr[h];
            figures[$"ssim_at_{at}"] = ssim[h];
            figures[$"agent_error_median_at_{at}"] = agent[h];
        }
        figures["action_accuracy"] = result.ActionAccuracy;
        var drift = new DriftSeries(result.Variant.Model.Config.FrameSize);
        for (var t = 1; t < result.Length; t++)
        {
            drift.Add(psnr[t], ssim[t], (float)agent[t]);
        }
        figures["divergence_onset"] = drift.DivergenceOnset(options.DivergencePsnr, options.DivergenceRun) ?? result.Length;
        figures["revisits"] = result.Revisits.Count;
        figures["revisit_psnr"] = result.Revisits.Count == 0 ? double.NaN : result.Revisits.Average(r => r.ModelVsTruth);
        figures["revisit_self_psnr"] = result.Revisits.Count == 0 ? double.NaN : result.Revisits.Average(r => r.ModelSelf);
        figures["revisit_truth_self_psnr"] = result.Revisits.Count == 0 ? double.NaN : result.Revisits.Average(r => r.TruthSelf);
        figures["ms_per_frame"] = result.MillisecondsPerFrame;
        return figures;
    }
}
