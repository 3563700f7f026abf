using Research.Engine.Models;
using static TorchSharp.torch;

namespace Research.Engine.Tests.Models;

[Collection(TorchCollection.Name)]
public sealed class CheckpointTests : IDisposable
{
    private static readonly ModelConfig Small = new() { TokenizerWidth = 16, HiddenChannels = 16, EmbeddingSize = 8, MaxPromptTokens = 8 };
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "research-ckpt-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void SaveThenLoad_SameInput_IdenticalOutput()
    {
        random.manual_seed(7);
        using var model = new WorldModel(Small);
        model.eval();
        using var frames = rand(2, 3, 64, 64);
        using var before = model.Tokenizer.forward(frames);

        Checkpoint.Save(model, _directory, new CheckpointMetadata { Model = Small, Phase = "test" });
        var (loaded, metadata) = Checkpoint.Load(_directory);
        using var owned = loaded;
        using var after = loaded.Tokenizer.forward(frames);

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
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"hiddenChannels\": 16", "\"hiddenChannels\": 24"));

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
    public void Dynamics_ContextNoiseLevel_ChangesOutput()
    {
        random.manual_seed(3);
        using var model = new WorldModel(Small);
        model.eval();
        using var scope = NewDisposeScope();
        var context = rand(1, 2 * Small.LatentChannels, 16, 16) * 2 - 1;
        var memory = zeros(1, Small.LatentChannels + 1, 16, 16);
        var state = model.Dynamics.InitialState(1, 16, CPU);
        var input = new DynamicsInput(context, memory, tensor(new long[] { 1 }), zeros(1, 8, dtype: int64), zeros(1));

        var (clean, _) = model.Dynamics.forward(input, state);
        var (noisy, _) = model.Dynamics.forward(input with { NoiseLevel = full(1, 0.5f) }, state);

        Assert.True((clean - noisy).abs().max().item<float>() > 1e-6f);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
