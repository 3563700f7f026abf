using Research.Engine.Metrics;
using Research.Engine.World;

namespace Research.Engine.Tests.Metrics;

public sealed class ViewCoverageTests
{
    [Fact]
    public void Of_FixedCamera_EveryPixelShownInFrameZero()
    {
        var coverage = ViewCoverage.Of([(0, 0), (0, 0), (0, 0)], 64);

        Assert.Equal(1, coverage.Share(2, PixelHistory.InFrameZero));
    }

    [Fact]
    public void Of_CameraMovesRight_NewColumnsThenSeenLaterThenFrameZero()
    {
        var coverage = ViewCoverage.Of([(10, 5), (11, 5), (12, 5), (11, 5)], 64);

        Assert.Equal(PixelHistory.InFrameZero, coverage[1][62]);
        Assert.Equal(PixelHistory.New, coverage[1][63]);
        Assert.Equal(PixelHistory.SeenLater, coverage[2][62]);
        Assert.Equal(PixelHistory.New, coverage[2][63]);
        Assert.Equal(PixelHistory.SeenLater, coverage[3][63]);
        Assert.Equal(63.0 / 64, coverage.Share(1, PixelHistory.InFrameZero), 6);
        Assert.Equal(63.0 / 64, coverage.Share(1, PixelHistory.SeenLater), 6);
    }

    [Fact]
    public void Of_DoubleSize_CameraUnitIsTwoPixels()
    {
        var coverage = ViewCoverage.Of([(0, 0), (0, 1)], 128);

        Assert.Equal(126.0 / 128, coverage.Share(1, PixelHistory.InFrameZero), 6);
        Assert.Equal(PixelHistory.New, coverage[1][127 * 128]);
    }

    [Fact]
    public void Oracle_ScriptedWalk_FrameZeroPlacesExactRestMeanColour()
    {
        var run = GroundTruthRun.Render(ScenePresets.Default, explore: true, steps: 20, script: _ => AgentAction.Right);
        var coverage = ViewCoverage.Of([.. run.Select(s => (s.State.CameraX, s.State.CameraY))], 64);

        var oracle = coverage.Oracle(20, run[20].Frame, run[0].Frame);

        Assert.Equal(ImageQuality.PsnrCap, ImageQuality.Psnr(oracle, run[20].Frame, coverage[20], PixelHistory.InFrameZero, PixelHistory.InFrameZero));
        Assert.True(ImageQuality.Psnr(oracle, run[20].Frame, coverage[20], PixelHistory.New, PixelHistory.SeenLater) < 40);
        Assert.Equal(ImageQuality.PsnrCap, ImageQuality.Psnr(coverage.Oracle(0, run[0].Frame, run[0].Frame), run[0].Frame));
        var distinct = Enumerable.Range(0, 64 * 64).Where(p => coverage[20][p] != PixelHistory.InFrameZero).Select(p => (oracle[p * 3], oracle[p * 3 + 1], oracle[p * 3 + 2])).Distinct().Count();
        Assert.Equal(1, distinct);
    }

    [Fact]
    public void Psnr_EmptyRegion_NaN()
    {
        var frame = new byte[64 * 64 * 3];
        var coverage = ViewCoverage.Of([(0, 0)], 64);

        Assert.True(double.IsNaN(ImageQuality.Psnr(frame, frame, coverage[0], PixelHistory.New, PixelHistory.SeenLater)));
    }

    [Fact]
    public void IsBlack_RenderedNightFramesAndZeros_OnlyZerosBlack()
    {
        var night = GroundTruthRun.Render(GroundTruthRun.Scene("night-town", "rain-night"), explore: true, steps: 5);
        var fog = GroundTruthRun.Render(GroundTruthRun.Scene("meadow", "snow-night"), explore: false, steps: 5);

        Assert.All(night.Concat(fog), s => Assert.False(FrameHealth.IsBlack(s.Frame)));
        Assert.True(FrameHealth.IsBlack(new byte[64 * 64 * 3]));
    }
}
