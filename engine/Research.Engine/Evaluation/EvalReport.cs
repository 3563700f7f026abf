using System.Globalization;
using Research.Engine.Reports;

namespace Research.Engine.Evaluation;

/// <summary>The evaluation as a report: error against horizon, the mitigation and memory ablations, the noise sweep and cost against quality.</summary>
public static class EvalReport
{
    /// <summary>Builds the report of <paramref name="results"/>.</summary>
    /// <param name="results">Every variant's results.</param>
    /// <param name="options">The evaluation's options.</param>
    /// <param name="episodes">Episodes each variant ran.</param>
    /// <param name="provenance">Where the models and data came from, one line.</param>
    public static Report Build(IReadOnlyList<VariantResult> results, EvalOptions options, int episodes, string provenance)
    {
        var c = CultureInfo.InvariantCulture;
        var h = options.Horizon;
        var modes = results.Where(r => !r.Variant.Mode.Name.Contains(',')).ToList();
        var sweep = results.Where(r => r.Variant.Mode.Name.StartsWith("balanced, noise", StringComparison.Ordinal)).ToList();
        var ablations = results.Where(r => !sweep.Contains(r)).ToList();
        return new Report($"Error accumulation: {EvalPlan.Label(results[0].Variant.Checkpoint)}", [
            new ReportSection("Summary")
            {
                Text = $"{episodes} held-out episodes, {h} free-running frames each: the model starts from the true first frame and then sees only the ground truth's actions and prompts. {provenance}\n\n"
                    + $"Divergence onset: first frame from which mean PSNR stays under {options.DivergencePsnr.ToString(c)} dB for {options.DivergenceRun} frames. Agent error: median over episodes; a frame where the agent cannot be found counts {options.LostAgentError.ToString(c)} px. "
                    + "Action accuracy: share of moving transitions (the true agent walked or dashed, read from its true positions, so a dash that runs on counts whatever is pressed) "
                    + "where the agent in the generated frames made the same move, read by inverse dynamics from those frames alone; idle and blocked transitions (a walk into the world's edge, a dash during its cool-down) are scored apart. "
                    + $"Revisits: returns to a view seen at least {options.RevisitGap} frames earlier after leaving it. Black frames: generated frames at least 95% black, as a non-finite output decodes (must be 0).",
                Tables = [SummaryTable(results, options), EvalReportTables.Targets(results, options)],
            },
            new ReportSection("Seen and revealed pixels")
            {
                Text = "PSNR on parts of the frame, explore and arena worlds apart. Seen: pixels whose world place an earlier frame of the true trajectory showed (from frame 0); "
                    + "revealed: pixels entering the view at that frame. Given: pixels whose place frame 0 showed, the only frame a free-running model is given; invented: the rest, which no model can know. "
                    + "Oracle: the given pixels exact and every other pixel frame 0's mean colour, the ceiling of a model that keeps what it was shown and guesses nothing. "
                    + "An arena's view never moves, so every pixel is given and its oracle is the truth itself (the 100 dB cap): arena worlds are judged on the whole frame.",
                Tables = [EvalReportTables.Regions(results, options, explore: true), EvalReportTables.Regions(results, options, explore: false)],
                Charts = modes.Any(r => r.Episodes.Any(e => e.Explore))
                    ? [EvalReportTables.ExploreCurves(modes)]
                    : [],
            },
            new ReportSection("Control")
            {
                Text = $"Action scores of the free rollouts, and one step from a true frame every {options.ControlStride} frames (the model started on true frame t-1 with the agent's pose then). "
                    + "Controllability is Genie's ΔPSNR: one-step PSNR with the true walk minus with the opposite walk, at walking transitions.",
                Tables = [EvalReportTables.Control(results)],
            },
            new ReportSection("Quality modes")
            {
                Text = "Error against horizon per mode (band: 10th to 90th percentile over episodes), and cost against quality.",
                Charts = [
                    Curves("PSNR against horizon", "PSNR (dB)", modes, r => VariantResult.Mean(r.Psnr), band: true),
                    Curves("Agent position error against horizon (median)", "pixels", modes, r => VariantResult.Median(r.AgentError), band: false),
                    new ScatterChart("Cost against quality", "ms per frame", $"PSNR at frame {h} (dB)",
                        [new ScatterSeries("variants", [.. results.Select(r => new ScatterPoint(r.Variant.Name, r.MillisecondsPerFrame, VariantResult.Mean(r.Psnr)[h]))])],
                        ParetoGoal.LowerXHigherY),
                ],
            },
            new ReportSection("Mitigations and memory")
            {
                Text = "The default model with the inference-time mitigations switched off, with memory off, and the model trained without any mitigation.",
                Charts = [Curves("PSNR against horizon: ablations", "PSNR (dB)", ablations, r => VariantResult.Mean(r.Psnr), band: false)],
            },
            new ReportSection("Inference context noise")
            {
                Text = "The same weights with the context noise level at inference swept.",
                Charts = sweep.Count == 0 ? [] : [Curves("PSNR against horizon by inference context noise", "PSNR (dB)", sweep, r => VariantResult.Mean(r.Psnr), band: false)],
            },
        ]);
    }

    private static LineChart Curves(string title, string yTitle, IReadOnlyList<VariantResult> results, Func<VariantResult, double[]> series, bool band)
    {
        var list = results.Select(r =>
        {
            // Frame 0 is the true start frame (PSNR at its cap); the curves start at the first generated frame.
            var y = series(r)[1..];
            var x = Enumerable.Range(1, y.Length).Select(t => (double)t).ToArray();
            if (!band)
            {
                return new ChartSeries(r.Variant.Name, x, y);
            }
            var lower = x.Select(t => VariantResult.Percentile([.. r.Psnr.Select(e => e[(int)t])], 10)).ToArray();
            var upper = x.Select(t => VariantResult.Percentile([.. r.Psnr.Select(e => e[(int)t])], 90)).ToArray();
            return new ChartSeries(r.Variant.Name, x, y, lower, upper);
        }).ToList();
        return new LineChart(title, "frame", yTitle, list);
    }

    private static ReportTable SummaryTable(IReadOnlyList<VariantResult> results, EvalOptions options)
    {
        var horizons = options.ReportHorizons.Where(x => x <= options.Horizon).ToList();
        var columns = new List<string> { "variant" };
        columns.AddRange(horizons.Select(x => $"PSNR@{x}"));
        columns.AddRange([$"SSIM@{options.Horizon}", $"agent err@{options.Horizon} px", "action acc", "onset", "revisit PSNR", "revisit self PSNR", "black frames", "ms/frame"]);
        var rows = results.Select(r =>
        {
            var s = r.Summary(options);
            var row = new List<string> { r.Variant.Name };
            row.AddRange(horizons.Select(x => F(s[$"psnr_at_{x}"])));
            row.AddRange([
                F(s[$"ssim_at_{options.Horizon}"], "0.000"), F(s[$"agent_error_median_at_{options.Horizon}"]), EvalReportTables.Percent(s["action_accuracy"]),
                F(s["divergence_onset"], "0"), F(s["revisit_psnr"]), F(s["revisit_self_psnr"]), F(s["black_frames"], "0"), F(s["ms_per_frame"]),
            ]);
            return (IReadOnlyList<string>)row;
        }).ToList();
        return new ReportTable("Summary by variant", columns, rows);
    }

    internal static string F(double value, string format = "0.00") => double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);
}
