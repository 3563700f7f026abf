using System.Globalization;
using Research.Engine.Metrics;

namespace Research.Engine.Evaluation;

/// <summary>
/// The summary figures of a variant, by name (N is each report horizon and the last frame; W is <c>explore</c> or
/// <c>arena</c>, present when some episode is of that kind):
/// <list type="bullet">
/// <item><c>psnr_at_N</c>, <c>ssim_at_N</c>: mean over episodes at frame N of the free rollout.</item>
/// <item><c>psnr_W_at_N</c>: the same over the episodes of one kind of world.</item>
/// <item><c>psnr_W_seen_at_N</c>, <c>psnr_W_revealed_at_N</c>: PSNR over the pixels whose world place an earlier frame of
/// the true trajectory showed (from frame 0), and over those entering the view at frame N; means over episodes with such pixels.</item>
/// <item><c>psnr_W_given_at_N</c>, <c>psnr_W_invented_at_N</c>: PSNR over the pixels whose place frame 0 showed (the only frame a
/// free-running model is given), and over the rest, which the model had to invent.</item>
/// <item><c>oracle_psnr_W_at_N</c>: the oracle ceiling: places frame 0 showed exact, every other pixel frame 0's mean colour.</item>
/// <item><c>agent_error_median_at_N</c>: median over episodes of the agent position error (pixels); <c>agent_kept_at_N</c>: episodes
/// whose error there is at most <see cref="EvalOptions.AgentKeptWithin"/>; <c>episodes</c>: episodes run.</item>
/// <item><c>action_accuracy</c> (and <c>_explore</c>, <c>_arena</c>): share of moving transitions the generated agent carried out;
/// <c>action_idle_accuracy</c>, <c>action_blocked_accuracy</c>: share of idle and blocked transitions where it stood still;
/// <c>action_moving</c>, <c>action_idle</c>, <c>action_blocked</c>: their counts (see <see cref="ActionScore"/>).</item>
/// <item><c>one_step_psnr</c>: mean PSNR of one step from a true frame; <c>control_true_psnr</c>, <c>control_opposite_psnr</c>: the same
/// at walking transitions with the true and the opposite walk; <c>control_delta_psnr</c>: their difference (Genie's ΔPSNR);
/// <c>control_transitions</c>: how many.</item>
/// <item><c>black_frames</c>: generated frames that were black or non-finite (must be 0).</item>
/// <item><c>divergence_onset</c>: first frame from which the mean PSNR stays below the threshold for the required
/// run of frames; the horizon + 1 when it never does.</item>
/// <item><c>revisit_psnr</c>, <c>revisit_self_psnr</c>, <c>revisit_truth_self_psnr</c>, <c>revisits</c>: means over returns to a
/// place (model vs truth; model return vs model first visit; the same for the truth) and their count.</item>
/// <item><c>ms_per_frame</c>: mean wall time of a rollout step.</item>
/// </list>
/// </summary>
public static class EvalSummary
{
    /// <summary>The kinds of world reported apart, and whether each is an explore world.</summary>
    public static IReadOnlyList<(string Name, bool Explore)> Worlds { get; } = [("explore", true), ("arena", false)];

    /// <summary>The figures of <paramref name="result"/>.</summary>
    public static IReadOnlyDictionary<string, double> Of(VariantResult result, EvalOptions options)
    {
        var figures = new Dictionary<string, double>();
        var psnr = VariantResult.Mean(result.Psnr);
        var ssim = VariantResult.Mean(result.Ssim);
        var agent = VariantResult.Median(result.AgentError);
        foreach (var h in Horizons(result, options))
        {
            var at = h.ToString(CultureInfo.InvariantCulture);
            figures[$"psnr_at_{at}"] = psnr[h];
            figures[$"ssim_at_{at}"] = ssim[h];
            figures[$"agent_error_median_at_{at}"] = agent[h];
            figures[$"agent_kept_at_{at}"] = result.AgentError.Count(e => e[h] <= options.AgentKeptWithin);
            foreach (var (world, explore) in Worlds)
            {
                var of = Enumerable.Range(0, result.Episodes.Count).Where(e => result.Episodes[e].Explore == explore).ToList();
                if (of.Count == 0)
                {
                    continue;
                }
                figures[$"psnr_{world}_at_{at}"] = of.Average(e => result.Psnr[e][h]);
                figures[$"psnr_{world}_seen_at_{at}"] = VariantResult.MeanOfNumbers(of.Select(e => result.Episodes[e].Seen[h]));
                figures[$"psnr_{world}_revealed_at_{at}"] = VariantResult.MeanOfNumbers(of.Select(e => result.Episodes[e].Revealed[h]));
                figures[$"psnr_{world}_given_at_{at}"] = VariantResult.MeanOfNumbers(of.Select(e => result.Episodes[e].Given[h]));
                figures[$"psnr_{world}_invented_at_{at}"] = VariantResult.MeanOfNumbers(of.Select(e => result.Episodes[e].Invented[h]));
                figures[$"oracle_psnr_{world}_at_{at}"] = of.Average(e => result.Episodes[e].Oracle[h]);
            }
        }
        figures["episodes"] = result.Episodes.Count;
        Actions(result, figures);
        var control = result.Episodes.SelectMany(e => e.Control).ToList();
        figures["one_step_psnr"] = VariantResult.MeanOfNumbers(result.Episodes.SelectMany(e => e.OneStep));
        figures["control_true_psnr"] = VariantResult.MeanOfNumbers(control.Select(c => c.TrueAction));
        figures["control_opposite_psnr"] = VariantResult.MeanOfNumbers(control.Select(c => c.Opposite));
        figures["control_delta_psnr"] = VariantResult.MeanOfNumbers(control.Select(c => c.Delta));
        figures["control_transitions"] = control.Count;
        figures["black_frames"] = result.BlackFrames;
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

    /// <summary>The horizons summarised: the report horizons the rollout reached, and its last frame.</summary>
    public static IEnumerable<int> Horizons(VariantResult result, EvalOptions options) =>
        options.ReportHorizons.Append(result.Length - 1).Distinct().Order().Where(h => h >= 1 && h < result.Length);

    private static void Actions(VariantResult result, Dictionary<string, double> figures)
    {
        var all = result.Actions;
        figures["action_accuracy"] = all.Accuracy;
        foreach (var (world, explore) in Worlds)
        {
            var of = result.Episodes.Where(e => e.Explore == explore).Aggregate(default(ActionCounts), (sum, e) => sum + e.Actions);
            if (result.Episodes.Any(e => e.Explore == explore))
            {
                figures[$"action_accuracy_{world}"] = of.Accuracy;
            }
        }
        figures["action_idle_accuracy"] = all.IdleAccuracy;
        figures["action_blocked_accuracy"] = all.BlockedAccuracy;
        figures["action_moving"] = all.Moving;
        figures["action_idle"] = all.Idle;
        figures["action_blocked"] = all.Blocked;
    }
}
