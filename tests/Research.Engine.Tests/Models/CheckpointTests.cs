using Research.Engine.Compute;
using Research.Engine.Models;
using static TorchSharp.torch;

namespace Research.Engine.Tests.Models;

[Collection(TorchCollection.Name)]
public sealed class CheckpointTests : IDisposable
{
    private static readonly ModelConfig Small = new() { Width = 8, DeepWidth = 16, DeepBlocks = 1, MotionHidden = 16, EmbeddingSize = 8, MaxPromptTokens = 8 };
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "research-ckpt-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void SaveThenLoad_SameInput_IdenticalOutput()
    {
        random.manual_seed(7);
        using var model = new WorldModel(Small);
        model.eval();
        using var features = rand(2, MotionTracker.FeatureCount);
        using var before = model.Motion.forward(features);

        Checkpoint.Save(model, _directory, new CheckpointMetadata { Model = Small, Phase = "test" });
        var (loaded, metadata) = Checkpoint.Load(_directory);
        using var owned = loaded;
        using var after = loaded.Motion.forward(features);

        Assert.Equal(0f, (before - after).abs().max().item<float>());
        Assert.Equal("test", metadata.Phase);
        Assert.Equal(Small, metadata.Model);
    }

    [Fact]
    public void Load_TruncatedWeights_FailsNamingHash()
    {
        using (var model = new WorldModel(Small))
        {
            Checkpoint.Save(model, _directory, new CheckpointMetadata { Model = Small });
        }
        var weights = Path.Combine(_directory, Checkpoint.WeightsFile);
        var bytes = File.ReadAllBytes(weights);
        File.WriteAllBytes(weights, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<CheckpointException>(() => Checkpoint.Load(_directory));

        Assert.Contains("SHA-256", error.Message);
        Assert.Contains(Checkpoint.WeightsFile, error.Message);
    }

    [Fact]
    public void Load_MetadataOfAnotherArchitecture_FailsListingShapes()
    {
        using (var model = new WorldModel(Small))
        {
            Checkpoint.Save(model, _directory, new CheckpointMetadata { Model = Small });
        }
        var path = Path.Combine(_directory, Checkpoint.MetadataFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"deepWidth\": 16", "\"deepWidth\": 24"));

        var error = Assert.Throws<CheckpointException>(() => Checkpoint.Load(_directory));

        Assert.Contains("shape", error.Message);
        Assert.Contains("model [", error.Message);
    }

    [Fact]
    public void Load_NotACheckpoint_FailsClearly()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, Checkpoint.MetadataFile), "{ not json");

        var error = Assert.Throws<CheckpointException>(() => Checkpoint.Load(_directory));

        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void Step_ContextNoiseLevel_ChangesOutput()
    {
        random.manual_seed(3);
        using var model = new WorldModel(Small);
        model.eval();
        using var scope = NewDisposeScope();
        var frame = rand(1, 3, 64, 64);
        var input = new StepInput(frame, frame, zeros(1, 2), zeros(1, 4, 64, 64), zeros(1, 3, 64, 64), tensor(new long[] { 1 }), zeros(1, 8, dtype: int64), zeros(1));

        var (clean, _) = model.Step(input);
        var (noisy, _) = model.Step(input with { NoiseLevel = full(1, Scalars.Constant(0.5)) });

        Assert.True((clean - noisy).abs().max().item<float>() > 1e-6f);
    }

    [Fact]
    public void Load_FormatOneCheckpoint_FailsNamingTheVersion()
    {
        using (var model = new WorldModel(Small))
        {
            Checkpoint.Save(model, _directory, new CheckpointMetadata { Model = Small });
        }
        var path = Path.Combine(_directory, Checkpoint.MetadataFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace($"\"formatVersion\": {Checkpoint.FormatVersion}", "\"formatVersion\": 1"));

        var error = Assert.Throws<CheckpointException>(() => Checkpoint.Load(_directory));

        Assert.Contains("format version 1", error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
