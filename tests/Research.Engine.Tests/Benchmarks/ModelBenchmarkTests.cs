using Research.Engine.Benchmarks;
using Research.Engine.Models;
using static TorchSharp.torch;

namespace Research.Engine.Tests.Benchmarks;

[Collection(TorchCollection.Name)]
public sealed class ModelBenchmarkTests
{
    private static readonly ModelConfig Tiny = new()
    {
        FrameSize = 16, Width = 8, DeepWidth = 8, DeepBlocks = 1, MotionHidden = 8, MaxContextFrames = 2, EmbeddingSize = 4, MaxPromptTokens = 4,
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
        Assert.True(result.Parts.MotionMs > 0 && result.Parts.StepMs > 0 && result.Parts.UpsampleMs > 0, result.Parts.ToString());
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
    public void ModelFlops_DefaultConfig_CorrectorMatchesHandCount()
    {
        using var model = new WorldModel(new ModelConfig { FrameSize = 64, Width = 40, DeepWidth = 80, DeepBlocks = 3, EmbeddingSize = 16 });

        var flops = ModelFlops.Of(model);

        // 14 input planes unshuffled to 56 at 32x32; a stride-2 conv to 16x16; three blocks; 1x1 back up; two convs at 32x32 to 12 planes.
        long Conv(long cin, long cout, long k, long side) => 2 * cin * cout * k * k * side * side;
        var film = 2L * 64 * 2 * (80 * 3 + 40);
        var expected = Conv(56, 40, 3, 32) + Conv(40, 40, 3, 32) + Conv(40, 80, 4, 16) + (3 * Conv(80, 80, 3, 16))
            + Conv(80, 40, 1, 16) + Conv(40, 40, 3, 32) + Conv(40, 12, 3, 32) + film;
        Assert.Equal(expected, flops.Step);
        Assert.Equal(flops.Motion + flops.Step + flops.Upsample, flops.PerFrame(QualityMode.Quality));
        Assert.Equal(flops.Motion + flops.Step, flops.PerFrame(QualityMode.Fast));
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
