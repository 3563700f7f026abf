using System.Text.Json;
using System.Text.Json.Serialization;
using Research.Engine.Files;
using Research.Engine.Models;
using Research.Engine.Storage;

namespace Research.Engine.Training;

/// <summary>The dataset a training config generates (or reuses) under the data directory.</summary>
public sealed record TrainingDatasetSpec
{
    /// <summary>Episodes generated; the last <see cref="HeldOutEpisodes"/> are held out for evaluation.</summary>
    public int Episodes { get; init; } = 40;

    /// <summary>Frames per episode.</summary>
    public int FramesPerEpisode { get; init; } = 400;

    /// <summary>Dataset seed.</summary>
    public int Seed { get; init; } = 11;

    /// <summary>Share of explore worlds.</summary>
    public double ExploreFraction { get; init; } = 0.8;

    /// <summary>Episodes kept out of training for evaluation.</summary>
    public int HeldOutEpisodes { get; init; } = 4;
}

/// <summary>
/// A training run's whole configuration, read from a JSON file (camelCase fields; unknown fields are errors).
/// Mitigations are switched by <see cref="ContextNoiseMax"/> (noise augmentation with the level as an input) and
/// <see cref="UnrollProbability"/> (training on own rollouts with truncated gradients).
/// </summary>
public sealed record TrainingConfig
{
    /// <summary>Name of the run and of its dataset folder.</summary>
    public string Name { get; init; } = "model";

    /// <summary>Seed of weights and batch order.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The dataset.</summary>
    public TrainingDatasetSpec Dataset { get; init; } = new();

    /// <summary>The architecture.</summary>
    public ModelConfig Model { get; init; } = new();

    /// <summary>Steps of the world-model phase.</summary>
    public int DynamicsSteps { get; init; } = 1500;

    /// <summary>Windows per world-model batch.</summary>
    public int DynamicsBatch { get; init; } = 8;

    /// <summary>Frames predicted per training window (after its context frame).</summary>
    public int Window { get; init; } = 8;

    /// <summary>Peak learning rate (AdamW, cosine decay to a tenth).</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Largest context noise level in training, given to the model as an input (0 switches noise augmentation off).</summary>
    public float ContextNoiseMax { get; init; } = 0.1f;

    /// <summary>Share of batches whose context after the first step is the model's own output (0: teacher forcing only).</summary>
    public double UnrollProbability { get; init; } = 0.7;

    /// <summary>Gradients are cut every this many unrolled steps.</summary>
    public int TruncateEvery { get; init; } = 3;

    /// <summary>Share of training windows whose memory reads empty, so the model also runs with memory off.</summary>
    public double MemoryDropout { get; init; } = 0.2;

    /// <summary>Share of batches whose older context frame is the newest again (the one-frame fast mode).</summary>
    public double SingleFrameProbability { get; init; } = 0.25;

    /// <summary>Extra loss weight on the agent's disc (the agent is under 1% of a frame).</summary>
    public float AgentWeight { get; init; } = 20f;

    /// <summary>Extra loss weight on moving objects.</summary>
    public float ObjectWeight { get; init; } = 4f;

    /// <summary>Weight of the motion loss (predicted against true moves, world units) beside the image loss.</summary>
    public float MotionWeight { get; init; } = 0.05f;

    /// <summary>Steps of the upsampler phase (the quality mode's 2x decoder; 0 leaves it untrained).</summary>
    public int UpsamplerSteps { get; init; }

    /// <summary>Frames per upsampler batch.</summary>
    public int UpsamplerBatch { get; init; } = 16;

    /// <summary>
    /// Steps of the motion phase, last: the motion predictor alone on every training frame's teacher-forced features
    /// (MSE), so rare moves such as a dash are learned (0 skips it).
    /// </summary>
    public int MotionSteps { get; init; }

    /// <summary>Frames per motion batch.</summary>
    public int MotionBatch { get; init; } = 512;

    /// <summary>Steps between checkpoints.</summary>
    public int CheckpointEvery { get; init; } = 250;

    /// <summary>Steps between evaluations on held-out episodes.</summary>
    public int EvalEvery { get; init; } = 250;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        WriteIndented = true,
    };

    /// <summary>The directory of the file the config was read from; null when built in code.</summary>
    [JsonIgnore]
    public string? SourceDirectory { get; init; }


    /// <summary>Reads and validates a config file.</summary>
    /// <exception cref="ArgumentException">The file is malformed or a value is out of range; the message names file, line and field.</exception>
    public static TrainingConfig Load(string path)
    {
        TrainingConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<TrainingConfig>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"{path}:{(ex.LineNumber ?? 0) + 1}: {ex.Path}: {ex.Message}", ex);
        }
        if (config is null)
        {
            throw new ArgumentException($"{path}:1: the file holds no config.");
        }
        config = config with { SourceDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) };
        try
        {
            config.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"{path}: {ex.Message}", ex);
        }
        return config;
    }

    /// <summary>The config as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Checks every value; throws naming the first wrong field.</summary>
    public void Validate()
    {
        Model.Validate();
        if (!SafeName.IsValid(Name))
        {
            throw new ArgumentException($"name '{StoredText.Quote(Name)}' cannot name a checkpoint folder: expected {SafeName.Rule}.");
        }
        Check(Dataset.Episodes > Dataset.HeldOutEpisodes && Dataset.HeldOutEpisodes >= 1, "dataset.heldOutEpisodes", "at least 1 and fewer than dataset.episodes");
        Check(Dataset.FramesPerEpisode > Window + 2, "dataset.framesPerEpisode", "more than window + 2");
        Check(DynamicsSteps >= 0 && UpsamplerSteps >= 0 && MotionSteps >= 0, "dynamicsSteps/upsamplerSteps/motionSteps", "zero or more");
        Check(MotionBatch is >= 1 and <= 65536, "motionBatch", "1 to 65536");
        Check(UpsamplerBatch is >= 1 and <= 1024, "upsamplerBatch", "1 to 1024");
        Check(MemoryDropout is >= 0 and <= 1, "memoryDropout", "0 to 1");
        Check(DynamicsBatch is >= 1 and <= 1024, "dynamicsBatch", "1 to 1024");
        Check(Window is >= 1 and <= 256, "window", "1 to 256");
        Check(SingleFrameProbability is >= 0 and <= 1, "singleFrameProbability", "0 to 1");
        Check(AgentWeight is >= 0 and <= 1000 && ObjectWeight is >= 0 and <= 1000, "agentWeight/objectWeight", "0 to 1000");
        Check(MotionWeight is >= 0 and <= 100, "motionWeight", "0 to 100");
        Check(LearningRate is > 0 and < 1, "learningRate", "between 0 and 1");
        Check(ContextNoiseMax is >= 0 and <= 1, "contextNoiseMax", "0 to 1");
        Check(UnrollProbability is >= 0 and <= 1, "unrollProbability", "0 to 1");
        Check(TruncateEvery >= 1, "truncateEvery", "at least 1");
        Check(CheckpointEvery >= 1 && EvalEvery >= 1, "checkpointEvery/evalEvery", "at least 1");
    }

    private static void Check(bool ok, string field, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentException($"{field} is out of range: allowed {allowed}.");
        }
    }
}
