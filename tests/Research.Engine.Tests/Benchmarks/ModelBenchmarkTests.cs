using Research.Engine.Benchmarks;
using Research.Engine.Models;
using static TorchSharp.torch;

namespace Research.Engine.Tests.Benchmarks;

[Collection(TorchCollection.Name)]
public sealed class ModelBenchmarkTests
{
    private static readonly ModelConfig Tiny = new()
    {
        FrameSize = 16, LatentChannels = 4, TokenizerWidth = 8, HiddenChannels = 8, MaxContextFrames = 2, EmbeddingSize = 4, MaxPromptTokens = 4,
    };

    private static readonly ModelBenchmarkOptions Quick = new()
    {
        Frames = 10, WarmupFrames = 2, PartRepeats = 3, PeakSizes = [64, 128], PeakRepeats = 2,
    };

    [Fact]
    public void Run_TinyModel_OneResultPerModeWithPositiveTimesAndQualityCostingAtLeastFast()
    {
        random.manual_seed(5);
        using var model = new WorldModel(Tiny);

        var result = ModelBenchmark.Run(model, Quick);

        Assert.Equal(QualityMode.All.Select(m => m.Name), result.Modes.Select(m => m.Mode.Name));
        Assert.All(result.Modes, m =>
        {
            Assert.Equal(10, m.Frames);
            Assert.True(m.Times.P50Ms > 0 && m.Times.P95Ms >= m.Times.P50Ms && m.Times.P99Ms >= m.Times.P95Ms, m.Times.ToString());
            Assert.True(m.FlopsPerFrame > 0 && m.AchievedGflops > 0 && m.PercentOfPeak > 0, m.ToString());
        });
        var fast = result.Modes.Single(m => m.Mode == QualityMode.Fast);
        var quality = result.Modes.Single(m => m.Mode == QualityMode.Quality);
        Assert.True(quality.FlopsPerFrame >= fast.FlopsPerFrame);
        Assert.True(result.Peak.BestGflops > 0);
        Assert.True(result.Parts.DynamicsMs > 0 && result.Parts.RefineStepMs > 0 && result.Parts.DecodeMs > 0, result.Parts.ToString());
        Assert.Equal(model.ParameterCount, result.ParameterCount);
    }

    [Fact]
    public void Run_FramesBelowMinimum_ThrowsNamingFrames()
    {
        using var model = new WorldModel(Tiny);

        var error = Assert.Throws<ArgumentException>(() => ModelBenchmark.Run(model, Quick with { Frames = 9 }));

        Assert.Contains("frames", error.Message);
    }

    [Fact]
    public void ModelFlops_DefaultConfig_DecodeMatchesHandCount()
    {
        using var model = new WorldModel(new ModelConfig { FrameSize = 64, LatentChannels = 16, TokenizerWidth = 48 });

        var flops = ModelFlops.Of(model);

        // Decoder at a 16x16 latent: trunk convs at 16, transposed to 32 and 64, head at 64 (MACs = weights x positions).
        long Conv(long cin, long cout, long k, long side) => 2 * cin * cout * k * k * side * side;
        var expected = Conv(16, 96, 3, 16) + Conv(96, 96, 3, 16) + Conv(96, 48, 4, 16)
            + Conv(48, 48, 3, 32) + Conv(48, 24, 4, 32) + Conv(24, 24, 3, 64) + Conv(24, 3, 3, 64);
        Assert.Equal(expected, flops.Decode);
        Assert.Equal(flops.Dynamics + (3 * flops.RefineStep) + flops.Decode + flops.Upsample, flops.PerFrame(QualityMode.Quality));
    }

    [Fact]
    public void FrameTimeStats_KnownSamples_InterpolatesPercentiles()
    {
        var stats = FrameTimeStats.From([.. Enumerable.Range(1, 101).Select(i => (double)i)]);

        Assert.Equal(51, stats.P50Ms, 9);
        Assert.Equal(96, stats.P95Ms, 9);
        Assert.Equal(100, stats.P99Ms, 9);
        Assert.Equal(101, stats.MaxMs);
    }
}
