using System.Diagnostics;
using System.Text.Json.Nodes;
using Research.Engine.Compute;
using Research.Engine.Datasets;
using Research.Engine.Models;
using Research.Engine.Storage;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Research.Engine.Training;

/// <summary>
/// Trains a <see cref="WorldModel"/> in two phases: the world model (motion, memory use and corrector) on windows of
/// episodes run as a session runs them, then the quality mode's upsampler on single frames. Checkpoints (weights, optimizer state, phase and
/// step) every <see cref="TrainingConfig.CheckpointEvery"/> steps; a resumed run continues bit for bit, since
/// batches are a function of seed and step.
/// </summary>
public sealed partial class Trainer(TrainingConfig config, TrainerOptions options, TimeProvider time)
{
    /// <summary>Optimizer state file inside a training checkpoint.</summary>
    public const string OptimizerFile = "optimizer.bin";

    private const int ReportEvery = 10;

    private readonly Device _device = options.Device ?? ComputeDevice.Select();
    private readonly Dictionary<string, double> _evaluation = [];
    private string? _runId;
    private UpsamplerData? _upsamplerData;
    private MotionData? _motionData;

    /// <summary>Runs (or resumes) training to the end; returns the final checkpoint's metadata.</summary>
    public CheckpointMetadata Run(IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // Before hours of work: a checkpoint folder that holds something else would be refused at the first save.
        Checkpoint.EnsureReplaceable(options.CheckpointDirectory, [OptimizerFile]);
        random.manual_seed(config.Seed);
        var manifest = EnsureDataset(cancellationToken);
        var data = TrainingData.Load(options.DatasetDirectory, config.Dataset.HeldOutEpisodes, config.Model.MaxPromptTokens);
        var (model, phase, step) = StartOrResume();
        using var owned = model;
        model.to(_device);
        _runId = options.Store?.CreateRun(new NewRun
        {
            Kind = "train",
            Name = config.Name,
            Seed = config.Seed,
            Checkpoint = options.CheckpointDirectory,
            Config = new Dictionary<string, string> { ["config"] = config.ToJson(), ["dataset_hash"] = manifest.ContentHash, ["resumed_at"] = $"{phase}:{step}" },
        }).Id;
        try
        {
            if (phase == "dynamics")
            {
                TrainPhase(model, data, "dynamics", step, config.DynamicsSteps, manifest, DynamicsStep, progress, cancellationToken);
                (phase, step) = ("upsampler", 0);
            }
            if (phase == "upsampler")
            {
                if (config.UpsamplerSteps > 0)
                {
                    _upsamplerData = UpsamplerData.Load(options.DatasetDirectory, config.Dataset.HeldOutEpisodes, stride: 4);
                    TrainPhase(model, data, "upsampler", step, config.UpsamplerSteps, manifest, UpsamplerStep, progress, cancellationToken);
                }
                (phase, step) = ("motion", 0);
            }
            if (phase == "motion" && config.MotionSteps > 0)
            {
                _motionData = MotionData.From(data.TrainEpisodes);
                TrainPhase(model, data, "motion", step, config.MotionSteps, manifest, MotionStep, progress, cancellationToken);
            }
            Evaluate(model, data);
            var final = Save(model, null, "done", config.DynamicsSteps + config.UpsamplerSteps + config.MotionSteps, manifest);
            Complete(RunStatus.Completed);
            return final;
        }
        catch (OperationCanceledException)
        {
            Complete(RunStatus.Interrupted, "cancelled; resume with --resume");
            throw;
        }
        catch (Exception ex)
        {
            Complete(RunStatus.Failed, ex.Message);
            throw;
        }
    }

    private DatasetManifest EnsureDataset(CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(options.DatasetDirectory, DatasetManifest.FileName)))
        {
            return DatasetManifest.Load(options.DatasetDirectory);
        }
        var spec = config.Dataset;
        return new DatasetGenerator(new DatasetOptions
        {
            OutputDirectory = options.DatasetDirectory,
            Episodes = spec.Episodes,
            FramesPerEpisode = spec.FramesPerEpisode,
            FrameSize = config.Model.FrameSize,
            Seed = spec.Seed,
            ExploreFraction = spec.ExploreFraction,
        }, time).Generate(cancellationToken: cancellationToken);
    }

    private (WorldModel Model, string Phase, long Step) StartOrResume()
    {
        if (!options.Resume || !Directory.Exists(options.CheckpointDirectory))
        {
            return (new WorldModel(config.Model), "dynamics", 0);
        }
        var (model, metadata) = Checkpoint.Load(options.CheckpointDirectory);
        var written = metadata.Training?.ToJsonString();
        var current = JsonNode.Parse(config.ToJson())!.ToJsonString();
        if (written != current)
        {
            model.Dispose();
            throw new ArgumentException($"Cannot resume {options.CheckpointDirectory}: it was trained with another config. Start over without --resume, or write to another checkpoint.");
        }
        return (model, metadata.Phase, metadata.Step);
    }

    private void TrainPhase(
        WorldModel model, TrainingData data, string phase, long start, int steps, DatasetManifest manifest,
        Func<WorldModel, TrainingData, long, double> stepFunction, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        if (start >= steps)
        {
            return;
        }
        var parameters = (phase switch
        {
            "dynamics" => model.StepParameters(),
            "motion" => model.Motion.parameters(),
            _ => model.Upsampler.parameters(),
        }).ToList();
        using var optimizer = optim.AdamW(parameters, config.LearningRate, weight_decay: 1e-4);
        var optimizerPath = Path.Combine(options.CheckpointDirectory, OptimizerFile);
        if (start > 0 && File.Exists(optimizerPath))
        {
            optimizer.load_state_dict(optimizerPath);
        }
        model.train();
        var clock = Stopwatch.StartNew();
        double lossSum = 0;
        var batch = phase switch { "dynamics" => config.DynamicsBatch, "motion" => config.MotionBatch, _ => config.UpsamplerBatch };
        for (var step = start; step < steps; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Every draw of a step (noise, refiner levels) is a function of seed, phase and step, so a resumed run is bit-identical.
            random.manual_seed((long)(World.DeterministicRandom.Hash((ulong)(uint)config.Seed, step, phase[0]) >> 1));
            SetLearningRate(optimizer, step, steps);
            optimizer.zero_grad();
            var stepLoss = stepFunction(model, data, step);
            if (!double.IsFinite(stepLoss))
            {
                throw new ArithmeticException(
                    $"Training phase {phase}, step {step + 1}: the loss is {stepLoss}. The last good checkpoint in {options.CheckpointDirectory} is kept; " +
                    "check the numerics configuration (research device) and resume with --resume.");
            }
            lossSum += stepLoss;
            var norm = nn.utils.clip_grad_norm_(parameters, 1.0);
            if (!double.IsFinite(norm))
            {
                var bad = model.named_parameters().Where(p => p.parameter.grad is { } g && !isfinite(g).all().item<bool>()).Select(p => p.name).ToList();
                throw new ArithmeticException(
                    $"Training phase {phase}, step {step + 1}: the gradient norm is {norm} (loss {stepLoss}); non-finite gradients in {bad.Count} parameters ({string.Join(", ", bad.Take(6))}). " +
                    $"The last good checkpoint in {options.CheckpointDirectory} is kept; check the numerics configuration (research device) and resume with --resume.");
            }
            AdamWStep.Apply(optimizer);
            var done = step + 1;
            if (done % ReportEvery == 0 || done == steps)
            {
                var perSecond = (done - start) * batch / clock.Elapsed.TotalSeconds;
                var loss = lossSum / (done % ReportEvery == 0 ? ReportEvery : done % ReportEvery);
                lossSum = 0;
                RecordStep(phase, done, loss, perSecond);
                progress?.Report(new TrainingProgress(phase, done, steps, loss, perSecond, TimeSpan.FromSeconds((steps - done) * batch / Math.Max(perSecond, 1e-9)), new Dictionary<string, double>(_evaluation)));
            }
            // The motion phase's steps take microseconds: evaluate and checkpoint it once, at its end.
            if ((phase != "motion" && done % config.EvalEvery == 0) || done == steps)
            {
                Evaluate(model, data);
                model.train();
            }
            if (phase != "motion" && done % config.CheckpointEvery == 0 && done < steps)
            {
                Save(model, optimizer, phase, done, manifest);
            }
        }
        Save(model, optimizer, phase, steps, manifest);
    }

    private void SetLearningRate(OptimizerHelper optimizer, long step, int steps)
    {
        const int warmup = 50;
        var peak = config.LearningRate;
        var rate = step < warmup
            ? peak * (step + 1) / warmup
            : peak * (0.1 + 0.9 * 0.5 * (1 + Math.Cos(Math.PI * (step - warmup) / Math.Max(1, steps - warmup))));
        foreach (var group in optimizer.ParamGroups)
        {
            group.LearningRate = rate;
        }
    }

    private CheckpointMetadata Save(WorldModel model, OptimizerHelper? optimizer, string phase, long step, DatasetManifest manifest)
    {
        var metadata = new CheckpointMetadata
        {
            Model = config.Model,
            Training = JsonNode.Parse(config.ToJson()),
            DatasetHash = manifest.ContentHash,
            Phase = phase,
            Step = step,
            Metrics = new Dictionary<string, double>(_evaluation),
            CreatedAt = time.GetUtcNow(),
        };
        var extra = optimizer is null
            ? null
            : new Dictionary<string, Action<string>> { [OptimizerFile] = path => optimizer.save_state_dict(path) };
        Checkpoint.Save(model, options.CheckpointDirectory, metadata, extra);
        return metadata;
    }

    private void RecordStep(string phase, long step, double loss, double perSecond)
    {
        if (options.Store is null || _runId is null)
        {
            return;
        }
        var offset = phase switch { "dynamics" => 0, "upsampler" => config.DynamicsSteps, _ => config.DynamicsSteps + config.UpsamplerSteps };
        var values = new Dictionary<string, double> { [$"{phase}_loss"] = loss, ["samples_per_s"] = perSecond };
        foreach (var (key, value) in _evaluation)
        {
            values[key] = value;
        }
        options.Store.AppendFrames([new Storage.FrameMetrics { RunId = _runId, Frame = (int)(offset + step), TimeMs = time.GetUtcNow().ToUnixTimeMilliseconds(), Values = values }]);
    }

    private void Complete(RunStatus status, string? error = null)
    {
        if (options.Store is null || _runId is null)
        {
            return;
        }
        options.Store.WriteSummary(new KpiSummary { RunId = _runId, Frame = 0, WrittenAt = time.GetUtcNow(), Values = new Dictionary<string, double>(_evaluation) });
        options.Store.CompleteRun(_runId, status, error);
    }
}
