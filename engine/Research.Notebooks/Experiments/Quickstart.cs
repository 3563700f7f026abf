using Microsoft.Data.Analysis;
using Research.Engine.Evaluation;
using Research.Engine.Imaging;
using Research.Engine.Metrics;
using Research.Engine.Models;
using Research.Engine.Reports;
using Research.Engine.Scenarios;
using Research.Engine.Sessions;
using Research.Engine.Storage;

namespace Research.Notebooks.Experiments;

/// <summary>Notebook 01: a scenario played by the model as a live session, its KPIs, and a frame strip beside the truth.</summary>
public static class Quickstart
{
    /// <summary>Replays <paramref name="scenario"/> as a live session (as fast as the machine computes) and stores the run in <paramref name="dataDir"/>.</summary>
    public static async Task<ScenarioRunResult> RunScenarioAsync(
        LoadedModel model, Scenario scenario, QualityMode mode, string dataDir, CancellationToken cancellationToken = default)
    {
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = dataDir });
        return await ScenarioRunner.RunAsync(model.Model, new ScenarioRunOptions(scenario, mode, Checkpoint: model.Checkpoint, Tags: ["notebook"]), store, null, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The KPI figures of a session as a two-column table (kpi, value), sorted by name.</summary>
    public static DataFrame KpiTable(IReadOnlyDictionary<string, double> values)
    {
        var sorted = values.OrderBy(v => v.Key, StringComparer.Ordinal).ToList();
        return new DataFrame(new StringDataFrameColumn("kpi", sorted.Select(v => v.Key)), new DoubleDataFrameColumn("value", sorted.Select(v => v.Value)));
    }

    /// <summary>
    /// Rolls the model out free on the scenario's inputs beside the ground truth: a strip with a row (model | truth | error)
    /// every <paramref name="every"/> frames, and PSNR per frame.
    /// </summary>
    public static RolloutStrip Strip(LoadedModel model, Scenario scenario, QualityMode mode, int every = 30, int? frames = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        var size = model.FrameSize;
        var episode = EvalEpisode.FromScenario(scenario, size, 0);
        var count = Math.Min(frames ?? int.MaxValue, episode.Frames.Count - 1);
        using var rollout = new ModelRollout(model.Model, mode);
        rollout.Start(episode.Frames[0], episode.StartPose);
        var tiles = new List<byte[]> { episode.Frames[0], episode.Frames[0], ImageQuality.ErrorMap(episode.Frames[0], episode.Frames[0], size) };
        var psnr = new double[count];
        for (var t = 1; t <= count; t++)
        {
            var output = rollout.Step(episode.Actions[t], episode.PromptTokens[t]);
            var generated = rollout.OutputSize == size ? output : ImageResize.ToSquare(new RgbImage(rollout.OutputSize, rollout.OutputSize, output), size);
            var truth = episode.Frames[t];
            psnr[t - 1] = ImageQuality.Psnr(generated, truth);
            if (t % every == 0)
            {
                tiles.AddRange([generated, truth, ImageQuality.ErrorMap(generated, truth, size)]);
            }
        }
        var (rgb, width, height) = FrameStrip.Compose(tiles, size, 3);
        var chart = new LineChart($"PSNR per frame: {model.Name}, {mode.Name}, {scenario.Name}", "frame", "PSNR (dB)",
            [new ChartSeries($"{model.Name} {mode.Name}", [.. Enumerable.Range(1, count).Select(t => (double)t)], psnr)]);
        return new RolloutStrip(new RgbImage(width, height, rgb), chart, psnr.Average(), count);
    }
}
