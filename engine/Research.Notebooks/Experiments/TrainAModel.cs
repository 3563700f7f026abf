using System.Globalization;
using Microsoft.Data.Analysis;
using Research.Engine.Compute;
using Research.Engine.Evaluation;
using Research.Engine.Files;
using Research.Engine.Models;
using Research.Engine.Reports;
using Research.Engine.Scenarios;
using Research.Engine.Storage;
using Research.Engine.Training;

namespace Research.Notebooks.Experiments;

/// <summary>
/// Notebook 05: trains a small world model from a config (the default's recipe, scaled down:
/// fewer world-model steps on a smaller dataset) and evaluates it against the shipped default.
/// </summary>
public static class TrainAModel
{
    /// <summary>Trains; the checkpoint, dataset and stored run go under <paramref name="dataDir"/>.</summary>
    /// <param name="config">Training config, relative to the repository root (e.g. engine/models/default.train.json).</param>
    /// <param name="name">Name of the new model (its checkpoint folder).</param>
    /// <param name="dynamicsSteps">World-model training steps.</param>
    /// <param name="episodes">Dataset episodes (at least 2: one is held out).</param>
    /// <param name="framesPerEpisode">Frames per dataset episode.</param>
    /// <param name="dataDir">The notebooks' data folder.</param>
    /// <param name="cancellationToken">Stops training at the next step.</param>
    public static TrainingResult Train(string config, string name, int dynamicsSteps, int episodes, int framesPerEpisode, string dataDir,
        CancellationToken cancellationToken = default)
    {
        var loaded = TrainingConfig.Load(Path.IsPathRooted(config) ? config : Notebook.PathOf(config));
        var settings = loaded with
        {
            Name = name,
            DynamicsSteps = dynamicsSteps,
            UpsamplerSteps = 0,
            MotionSteps = Math.Min(loaded.MotionSteps, 20 * dynamicsSteps),
            CheckpointEvery = Math.Max(1, dynamicsSteps),
            EvalEvery = Math.Max(1, dynamicsSteps),
            Dataset = loaded.Dataset with { Episodes = episodes, FramesPerEpisode = framesPerEpisode, HeldOutEpisodes = 1 },
        };
        settings.Validate();
        var spec = settings.Dataset;
        var datasets = Path.Combine(dataDir, "datasets", string.Create(CultureInfo.InvariantCulture,
            $"s{spec.Seed}-{spec.Episodes}x{spec.FramesPerEpisode}-{settings.Model.FrameSize}-e{spec.ExploreFraction:0.##}"));
        var checkpoint = SafeName.Child(Path.Combine(dataDir, "checkpoints"), name, "model name");
        // A fresh run each time: resuming a finished run would train no further. Only a checkpoint is deleted.
        Checkpoint.Delete(checkpoint, [Trainer.OptimizerFile]);
        var losses = new Dictionary<string, List<(double Step, double Loss)>>();
        var started = TimeProvider.System.GetTimestamp();
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = dataDir });
        var metadata = new Trainer(settings, new TrainerOptions
        {
            DatasetDirectory = datasets,
            CheckpointDirectory = checkpoint,
            Device = ComputeDevice.Select(),
            Store = store,
        }, TimeProvider.System).Run(new Recorder(p =>
        {
            if (!losses.TryGetValue(p.Phase, out var list))
            {
                losses[p.Phase] = list = [];
            }
            list.Add((p.PhaseStep, p.Loss));
        }), cancellationToken);
        var chart = new LineChart($"Training loss: {name}", "step", "loss",
            [.. losses.Select(l => new ChartSeries(l.Key, [.. l.Value.Select(v => v.Step)], [.. l.Value.Select(v => v.Loss)]))]);
        var metrics = new DataFrame(
            new StringDataFrameColumn("metric", metadata.Metrics.Keys),
            new DoubleDataFrameColumn("value", metadata.Metrics.Values));
        return new TrainingResult(checkpoint, chart, metrics, TimeProvider.System.GetElapsedTime(started));
    }

    /// <summary>Rolls both models out in <paramref name="mode"/> on the scenario across seeds and compares them.</summary>
    public static ModelComparison Compare(LoadedModel trained, LoadedModel baseline, Scenario scenario, QualityMode mode, int seeds, int horizon,
        CancellationToken cancellationToken = default)
    {
        var episodes = Rollouts.Episodes(scenario, baseline.FrameSize, seeds, horizon);
        var variants = new List<EvalVariant>
        {
            new($"{baseline.Name} {mode.Name}", baseline.Model, baseline.Checkpoint, mode),
            new($"{trained.Name} {mode.Name}", trained.Model, trained.Checkpoint, mode),
        };
        var (results, options) = Rollouts.Evaluate(variants, episodes, horizon, cancellationToken);
        return new ModelComparison(Rollouts.PsnrCurves($"{trained.Name} against {baseline.Name} ({seeds} seeds, 95% bands)", results, seeds > 1), Rollouts.Summary(results, options));
    }

    /// <summary>Reports on the training thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Recorder(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
