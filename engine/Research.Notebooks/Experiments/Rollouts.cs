using Microsoft.Data.Analysis;
using Research.Engine.Evaluation;
using Research.Engine.Reports;
using Research.Engine.Scenarios;
using Research.Engine.Sessions;

namespace Research.Notebooks.Experiments;

/// <summary>
/// Free rollouts of model variants against the ground truth of a scenario replayed in several world seeds, and the
/// charts and tables notebooks draw from them: error against horizon with 95% confidence bands across seeds.
/// </summary>
public static class Rollouts
{
    /// <summary>
    /// The scenario's first <paramref name="horizon"/> + 1 frames replayed in world seeds <c>seed</c>, <c>seed + 1</c>, ...
    /// as evaluation episodes.
    /// </summary>
    public static IReadOnlyList<EvalEpisode> Episodes(Scenario scenario, int frameSize, int seeds, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var cut = Lab.Cut(scenario, horizon + 1);
        return [.. Enumerable.Range(0, seeds).Select(i => EvalEpisode.FromScenario(cut with { Seed = cut.Seed + i }, frameSize, i))];
    }

    /// <summary>Rolls every variant out on every episode for <paramref name="horizon"/> frames (at most the episodes' length).</summary>
    public static (IReadOnlyList<VariantResult> Results, EvalOptions Options) Evaluate(
        IReadOnlyList<EvalVariant> variants, IReadOnlyList<EvalEpisode> episodes, int horizon, CancellationToken cancellationToken = default)
    {
        var options = new EvalOptions
        {
            Horizon = Math.Min(horizon, episodes.Min(e => e.Frames.Count) - 1),
            ReportHorizons = [1, 10, 30, 100, 300],
        };
        options.Validate();
        // The first steps of a model in a mode pay one-off native costs; they would count as milliseconds per frame.
        foreach (var (model, mode) in variants.Select(v => (v.Model, v.Mode)).Distinct())
        {
            ScenarioRunner.WarmUp(model, mode);
        }
        return (new RolloutEvaluator(options).Run(variants, episodes, cancellationToken: cancellationToken), options);
    }

    /// <summary>
    /// Mean PSNR against horizon per variant; with <paramref name="bands"/> a band of the 95% confidence interval of the
    /// mean across episodes (Student's t), from frame 1 (frame 0 is the true start frame).
    /// </summary>
    public static LineChart PsnrCurves(string title, IReadOnlyList<VariantResult> results, bool bands = true) =>
        new(title, "frames generated (horizon)", "PSNR against ground truth (dB)", [.. results.Select(r => Curve(r, r.Variant.Name, bands))]);

    /// <summary>One variant's curve with its band, named <paramref name="name"/>.</summary>
    public static ChartSeries Curve(VariantResult result, string name, bool band = true)
    {
        var frames = result.Length;
        var x = Enumerable.Range(1, frames - 1).Select(t => (double)t).ToArray();
        var mean = VariantResult.Mean(result.Psnr)[1..];
        if (!band || result.Psnr.Length < 2)
        {
            return new ChartSeries(name, x, mean);
        }
        var half = x.Select(t => HalfWidth([.. result.Psnr.Select(e => e[(int)t])])).ToArray();
        return new ChartSeries(name, x, mean, [.. mean.Select((m, i) => m - half[i])], [.. mean.Select((m, i) => m + half[i])]);
    }

    /// <summary>The summary per variant: PSNR at the report horizons, SSIM and agent error at the end, divergence onset, revisit PSNR, ms per frame.</summary>
    public static DataFrame Summary(IReadOnlyList<VariantResult> results, EvalOptions options)
    {
        var horizons = options.ReportHorizons.Where(h => h <= options.Horizon).Append(options.Horizon).Distinct().ToList();
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("variant", results.Select(r => r.Variant.Name)) };
        foreach (var h in horizons)
        {
            columns.Add(new DoubleDataFrameColumn($"psnr_at_{h}", results.Select(r => VariantResult.Mean(r.Psnr)[h])));
        }
        columns.Add(new DoubleDataFrameColumn($"ssim_at_{options.Horizon}", results.Select(r => VariantResult.Mean(r.Ssim)[options.Horizon])));
        columns.Add(new DoubleDataFrameColumn($"agent_error_px_at_{options.Horizon}", results.Select(r => VariantResult.Median(r.AgentError)[options.Horizon])));
        columns.Add(new DoubleDataFrameColumn("divergence_onset", results.Select(r => r.Summary(options)["divergence_onset"])));
        columns.Add(new DoubleDataFrameColumn("ms_per_frame", results.Select(r => r.MillisecondsPerFrame)));
        return new DataFrame(columns);
    }

    /// <summary>Half the width of the 95% confidence interval of the mean of <paramref name="values"/>.</summary>
    public static double HalfWidth(double[] values)
    {
        var n = values.Length;
        if (n < 2)
        {
            return 0;
        }
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        return StudentT95(n - 1) * sd / Math.Sqrt(n);
    }

    // Two-sided 95% quantiles of Student's t by degrees of freedom; beyond 30 the normal's 1.96 is close enough.
    private static double StudentT95(int df) => df switch
    {
        1 => 12.706, 2 => 4.303, 3 => 3.182, 4 => 2.776, 5 => 2.571, 6 => 2.447, 7 => 2.365, 8 => 2.306, 9 => 2.262,
        <= 14 => 2.2, <= 20 => 2.1, <= 30 => 2.05, _ => 1.96,
    };
}
