using Research.Engine.Models;
using Research.Engine.Training;
using static TorchSharp.torch;

namespace Research.Engine.Tests.Training;

[Collection(TorchCollection.Name)]
public sealed class TrainerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "research-train-tests", Guid.NewGuid().ToString("N"));

    private static TrainingConfig Tiny(int dynamicsSteps, int upsamplerSteps = 0, int motionSteps = 0) => new()
    {
        Name = "tiny",
        Dataset = new TrainingDatasetSpec { Episodes = 3, FramesPerEpisode = 40, Seed = 2, HeldOutEpisodes = 1 },
        Model = new ModelConfig { Width = 8, DeepWidth = 16, DeepBlocks = 1, MotionHidden = 16, EmbeddingSize = 8, MaxPromptTokens = 8 },
        DynamicsSteps = dynamicsSteps,
        DynamicsBatch = 4,
        Window = 4,
        UpsamplerSteps = upsamplerSteps,
        UpsamplerBatch = 2,
        MotionSteps = motionSteps,
        MotionBatch = 64,
        LearningRate = 3e-3,
        CheckpointEvery = 10,
        EvalEvery = 1000,
    };

    [Fact]
    public void Run_FewSteps_LossFalls()
    {
        var losses = new List<double>();

        new Trainer(Tiny(60), Options("a"), TimeProvider.System)
            .Run(new Collect(p => losses.Add(p.Loss)), TestContext.Current.CancellationToken);

        Assert.True(losses[^1] < 0.8 * losses[0], $"loss went {losses[0]:F4} -> {losses[^1]:F4}");
        Assert.All(losses, l => Assert.True(double.IsFinite(l), $"loss {l}"));
    }

    [Theory]
    [InlineData("dynamics", "dynamics", 10)]
    [InlineData("upsampler", "upsampler", 10)]
    // The motion phase checkpoints only at its end: a cancelled one resumes from the end of the upsampler phase.
    [InlineData("motion", "upsampler", 20)]
    public void Run_CancelledThenResumed_SameWeightsAsStraightRun(string phase, string savedPhase, long savedStep)
    {
        var straight = Options("straight");
        new Trainer(Tiny(20, 20, 20), straight, TimeProvider.System).Run(cancellationToken: TestContext.Current.CancellationToken);
        var interrupted = Options("interrupted");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        Assert.ThrowsAny<OperationCanceledException>(() => new Trainer(Tiny(20, 20, 20), interrupted, TimeProvider.System)
            .Run(new Collect(p => { if (p.Phase == phase && p.PhaseStep >= 10) { stop.Cancel(); } }), stop.Token));
        var saved = Checkpoint.ReadMetadata(interrupted.CheckpointDirectory);
        Assert.Equal((savedPhase, savedStep), (saved.Phase, saved.Step));
        new Trainer(Tiny(20, 20, 20), interrupted with { Resume = true }, TimeProvider.System).Run(cancellationToken: TestContext.Current.CancellationToken);

        var (a, _) = Checkpoint.Load(straight.CheckpointDirectory);
        var (b, metadata) = Checkpoint.Load(interrupted.CheckpointDirectory);
        using var first = a;
        using var second = b;
        Assert.Equal("done", metadata.Phase);
        var firstParameters = first.named_parameters().ToList();
        var secondParameters = second.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        Assert.All(firstParameters, p =>
        {
            using var difference = (p.parameter - secondParameters[p.name]).abs().max();
            Assert.True(difference.item<float>() == 0f, $"{p.name} differs by {difference.item<float>()}");
        });
    }

    [Fact]
    public void Run_MotionPhase_MotionLossFalls()
    {
        var losses = new List<double>();

        new Trainer(Tiny(0, 0, 60), Options("motion"), TimeProvider.System)
            .Run(new Collect(p => { if (p.Phase == "motion") { losses.Add(p.Loss); } }), TestContext.Current.CancellationToken);

        Assert.Equal(6, losses.Count);
        Assert.True(losses[^1] < 0.5 * losses[0], $"motion loss went {losses[0]:F4} -> {losses[^1]:F4}");
    }

    [Fact]
    public void Run_WithUpsampler_ReportsHeldOutMetricsAndFiniteWeights()
    {
        var metadata = new Trainer(Tiny(3, 3) with { Model = Tiny(0).Model with { UpsamplerWidth = 8 } }, Options("world"), TimeProvider.System)
            .Run(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("upsampler_psnr", metadata.Metrics.Keys);
        Assert.Contains("rollout_30_psnr", metadata.Metrics.Keys);
        Assert.Contains("motion_loss", metadata.Metrics.Keys);
        Assert.All(metadata.Metrics, m => Assert.True(double.IsFinite(m.Value), $"{m.Key} = {m.Value}"));
    }

    private TrainerOptions Options(string name) => new()
    {
        DatasetDirectory = Path.Combine(_root, "dataset"),
        CheckpointDirectory = Path.Combine(_root, name),
        Device = CPU,
    };

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private sealed class Collect(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
