using Research.Engine.Reports;

namespace Research.Engine.Evaluation;

/// <summary>The tables and charts of the evaluation report on region PSNR, the issue's targets and control.</summary>
internal static class EvalReportTables
{
    /// <summary>The figures issue 12 sets targets on, per variant, at the last frame.</summary>
    public static ReportTable Targets(IReadOnlyList<VariantResult> results, EvalOptions options)
    {
        var h = options.Horizon;
        var rows = results.Select(r =>
        {
            var s = r.Summary(options);
            return (IReadOnlyList<string>)
            [
                r.Variant.Name, F(s, "one_step_psnr"), F(s, "control_delta_psnr"), F(s, $"psnr_arena_at_{h}"), F(s, $"psnr_explore_given_at_{h}"),
                F(s, $"psnr_explore_seen_at_{h}"), F(s, $"psnr_explore_at_{h}"), F(s, $"oracle_psnr_explore_at_{h}"),
                $"{F(s, $"agent_kept_at_{h}", "0")} of {r.Episodes.Count}", Percent(s["action_accuracy"]), F(s, "black_frames", "0"),
            ];
        }).ToList();
        return new ReportTable(
            "Targets of issue 12",
            ["variant", "one-step PSNR", "ΔPSNR", $"arena PSNR@{h}", $"explore given@{h}", $"explore seen@{h}", $"explore PSNR@{h}", $"oracle@{h}",
                $"agent ≤ {EvalReport.F(options.AgentKeptWithin, "0.#")} px @{h}", "action acc", "black frames"],
            rows);
    }

    /// <summary>Region PSNR per variant and horizon for one kind of world.</summary>
    public static ReportTable Regions(IReadOnlyList<VariantResult> results, EvalOptions options, bool explore)
    {
        var world = explore ? "explore" : "arena";
        var rows = new List<IReadOnlyList<string>>();
        foreach (var r in results.Where(r => r.Episodes.Any(e => e.Explore == explore)))
        {
            var s = r.Summary(options);
            foreach (var h in EvalSummary.Horizons(r, options))
            {
                rows.Add(
                [
                    r.Variant.Name, $"{h}", F(s, $"psnr_{world}_at_{h}"), F(s, $"psnr_{world}_seen_at_{h}"), F(s, $"psnr_{world}_revealed_at_{h}"),
                    F(s, $"psnr_{world}_given_at_{h}"), F(s, $"psnr_{world}_invented_at_{h}"), F(s, $"oracle_psnr_{world}_at_{h}"),
                ]);
            }
        }
        return new ReportTable(
            $"{(explore ? "Explore" : "Arena")} worlds: PSNR (dB) by part of the frame",
            ["variant", "frame", "whole", "seen", "revealed", "given (frame 0)", "invented", "oracle"], rows);
    }

    /// <summary>Action scores and one-step figures per variant.</summary>
    public static ReportTable Control(IReadOnlyList<VariantResult> results)
    {
        var rows = results.Select(r =>
        {
            var a = r.Actions;
            var control = r.Episodes.SelectMany(e => e.Control).ToList();
            var s = r.Summary(new EvalOptions { Horizon = r.Length - 1, ReportHorizons = [] });
            return (IReadOnlyList<string>)
            [
                r.Variant.Name, $"{Percent(a.Accuracy)} of {a.Moving}", Percent(s.GetValueOrDefault("action_accuracy_explore", double.NaN)),
                Percent(s.GetValueOrDefault("action_accuracy_arena", double.NaN)), $"{Percent(a.IdleAccuracy)} of {a.Idle}", $"{Percent(a.BlockedAccuracy)} of {a.Blocked}",
                F(s, "one_step_psnr"), F(s, "control_true_psnr"), F(s, "control_opposite_psnr"), F(s, "control_delta_psnr"), $"{control.Count}",
            ];
        }).ToList();
        return new ReportTable(
            "Action scores and controllability",
            ["variant", "moving", "explore", "arena", "idle", "blocked", "one-step PSNR", "true walk", "opposite walk", "ΔPSNR", "walks"], rows);
    }

    /// <summary>Explore worlds: PSNR on the pixels frame 0 showed per variant, beside the oracle's whole-frame PSNR.</summary>
    public static LineChart ExploreCurves(IReadOnlyList<VariantResult> modes)
    {
        var series = new List<ChartSeries>();
        foreach (var r in modes)
        {
            var explore = Enumerable.Range(0, r.Episodes.Count).Where(e => r.Episodes[e].Explore).ToList();
            series.Add(Series($"{r.Variant.Name}, whole", VariantResult.MeanOfNumbers([.. explore.Select(e => r.Psnr[e])])));
            series.Add(Series($"{r.Variant.Name}, given", VariantResult.MeanOfNumbers([.. explore.Select(e => r.Episodes[e].Given)])));
        }
        var first = modes[0];
        series.Add(Series("oracle, whole", VariantResult.MeanOfNumbers([.. first.Episodes.Where(e => e.Explore).Select(e => e.Oracle)])));
        return new LineChart("Explore worlds: PSNR against horizon, whole frame and places frame 0 showed, with the oracle", "frame", "PSNR (dB)", series);
    }

    private static ChartSeries Series(string name, double[] values)
    {
        // Frame 0 is the true start frame; the curves start at the first generated frame.
        var y = values[1..];
        return new ChartSeries(name, [.. Enumerable.Range(1, y.Length).Select(t => (double)t)], y);
    }

    private static string F(IReadOnlyDictionary<string, double> s, string key, string format = "0.00") =>
        EvalReport.F(s.GetValueOrDefault(key, double.NaN), format);

    /// <summary>A share as a percentage, or n/a.</summary>
    public static string Percent(double share) => double.IsNaN(share) ? "n/a" : EvalReport.F(100 * share, "0.0") + "%";
}
