using System.Globalization;
using Microsoft.Data.Analysis;
using Research.Engine.Evaluation;
using Research.Engine.Models;
using Research.Engine.Reports;
using Research.Engine.Scenarios;
using Research.Engine.Sessions;
using Research.Engine.Storage;

namespace Research.Notebooks.Experiments;

/// <summary>
/// Notebook 06: whether the long-term memory makes a place look the same when the agent comes back to it, and how a
/// session recovers from an injected error with and without memory.
/// </summary>
public static class MemoryRevisits
{
    /// <summary>The balanced mode with its memory switched off.</summary>
    public static QualityMode WithoutMemory(QualityMode mode) => mode with { Name = $"{mode.Name}, memory off", MemoryFrames = 0 };

    /// <summary>Rolls the model out with and without memory on a scenario that returns to places (revisit-loop) and scores the returns.</summary>
    public static RevisitComparison Revisits(LoadedModel model, Scenario scenario, int seeds, int horizon, CancellationToken cancellationToken = default)
    {
        var mode = QualityMode.Balanced;
        var variants = new List<EvalVariant>
        {
            new($"memory on ({mode.Name})", model.Model, model.Checkpoint, mode),
            new("memory off", model.Model, model.Checkpoint, WithoutMemory(mode)),
        };
        var (results, _) = Rollouts.Evaluate(variants, Rollouts.Episodes(scenario, model.FrameSize, seeds, horizon), horizon, cancellationToken);
        var chart = new ScatterChart("Revisit self-consistency: the return frame against the model's own first visit", "frames between visits", "PSNR return vs first visit (dB)",
            [.. results.Select(r => new ScatterSeries(r.Variant.Name, [.. r.Revisits.Select(v =>
                new ScatterPoint(string.Create(CultureInfo.InvariantCulture, $"s{v.Episode}"), v.Return - v.FirstVisit, v.ModelSelf))]))]);
        var table = new DataFrame(
            new StringDataFrameColumn("variant", results.Select(r => r.Variant.Name)),
            new Int32DataFrameColumn("revisits", results.Select(r => r.Revisits.Count)),
            new DoubleDataFrameColumn("model_vs_truth_psnr", results.Select(r => Mean(r.Revisits.Select(v => v.ModelVsTruth)))),
            new DoubleDataFrameColumn("model_self_psnr", results.Select(r => Mean(r.Revisits.Select(v => v.ModelSelf)))),
            new DoubleDataFrameColumn("truth_self_psnr", results.Select(r => Mean(r.Revisits.Select(v => v.TruthSelf)))),
            new DoubleDataFrameColumn("ms_per_frame", results.Select(r => r.MillisecondsPerFrame)));
        return new RevisitComparison(chart, table, Rollouts.PsnrCurves($"PSNR against horizon with and without memory ({seeds} seeds)", results, seeds > 1));
    }

    /// <summary>
    /// Plays <paramref name="scenario"/> as a live session twice, memory on and off, injecting <paramref name="injection"/>
    /// (<c>latent:size</c> or <c>frame:size</c>) at <paramref name="atSeconds"/>; stores both runs in <paramref name="dataDir"/>.
    /// </summary>
    public static async Task<InjectionComparison> InjectionAsync(
        LoadedModel model, Scenario scenario, string injection, double atSeconds, string dataDir, CancellationToken cancellationToken = default)
    {
        SessionInput.ParseInjection(injection);
        var tick = (int)Math.Round(atSeconds * scenario.Fps);
        if (tick <= 0 || tick >= scenario.DurationFrames)
        {
            throw new ArgumentException($"The injection at {atSeconds} s is outside the scenario's {scenario.DurationSeconds:0.#} s.");
        }
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = dataDir });
        var series = new List<ChartSeries>();
        var rows = new List<(string Name, double Frame, double Baseline, double Recovery, double After)>();
        foreach (var mode in new[] { QualityMode.Balanced, WithoutMemory(QualityMode.Balanced) })
        {
            var options = new ScenarioRunOptions(scenario, mode, Checkpoint: model.Checkpoint, Tags: ["notebook", "injection"],
                Extra: [(tick, new SessionInput(InputKind.Inject, injection))]);
            var result = await ScenarioRunner.RunAsync(model.Model, options, store, null, cancellationToken).ConfigureAwait(false);
            var frames = result.Log.Frames;
            var name = mode.MemoryFrames == 0 ? "memory off" : $"memory on ({mode.Name})";
            series.Add(new ChartSeries(name, [.. frames.Select(f => (double)f.Frame)], [.. frames.Select(f => f.Psnr)]));
            var recovery = result.Kpis.Recovery.Injections.FirstOrDefault();
            rows.Add((name, recovery?.Frame ?? double.NaN, recovery?.BaselinePsnr ?? double.NaN, recovery?.RecoveryFrames ?? double.NaN,
                Mean(frames.Where(f => recovery is not null && f.Frame > recovery.Frame).Select(f => f.Psnr))));
        }
        var chart = new LineChart($"Live session PSNR with {injection} injected at {atSeconds.ToString(CultureInfo.InvariantCulture)} s", "frame", "PSNR against ground truth (dB)", series);
        var table = new DataFrame(
            new StringDataFrameColumn("variant", rows.Select(r => r.Name)),
            new DoubleDataFrameColumn("injected_at_frame", rows.Select(r => r.Frame)),
            new DoubleDataFrameColumn("baseline_psnr", rows.Select(r => r.Baseline)),
            new DoubleDataFrameColumn("recovery_frames", rows.Select(r => r.Recovery)),
            new DoubleDataFrameColumn("psnr_after_injection", rows.Select(r => r.After)));
        return new InjectionComparison(chart, table);
    }

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.Where(double.IsFinite).ToList();
        return list.Count == 0 ? double.NaN : list.Average();
    }
}
