using Research.Engine.Metrics;
using Research.Engine.World;

namespace Research.Engine.Tests.Metrics;

public sealed class DriftSeriesTests
{
    [Theory]
    [InlineData(10, 19)]
    [InlineData(3, 11)]
    [InlineData(1, 11)]
    [InlineData(21, null)]
    public void DivergenceOnset_SyntheticSeries_FirstFrameOfFirstLongEnoughRun(int run, int? expected)
    {
        // Horizons 1-10 fine, 11-13 a short dip, 14-18 fine, 19-38 below the threshold until the end.
        var series = Synthetic([.. Enumerable.Repeat(30.0, 10), 15, 15, 15, .. Enumerable.Repeat(30.0, 5), .. Enumerable.Repeat(15.0, 20)]);

        Assert.Equal(expected, series.DivergenceOnset(psnrThreshold: 20, run));
    }

    [Fact]
    public void DivergenceOnset_AtThreshold_NotBelow()
    {
        var series = Synthetic([.. Enumerable.Repeat(20.0, 30)]);

        Assert.Null(series.DivergenceOnset(psnrThreshold: 20, run: 1));
    }

    [Fact]
    public void DivergenceOnset_RunBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Synthetic([10]).DivergenceOnset(20, 0));
    }

    [Fact]
    public void AtHorizons_DefaultHorizons_FrameAndWindowSinceThePreviousHorizon()
    {
        // PSNR falls by 0.1 dB a frame from 40 dB; SSIM is 1 - h / 1000; the agent error is h / 10 pixels.
        var series = new DriftSeries(64);
        for (var h = 1; h <= 120; h++)
        {
            series.Add(40 - 0.1 * h, 1 - h / 1000.0, h / 10f);
        }

        var summaries = series.AtHorizons();

        Assert.Equal([1, 10, 30, 100], summaries.Select(s => s.Horizon));
        var ten = summaries[1];
        Assert.Equal(10, ten.AtHorizon.Horizon);
        Assert.Equal(39, ten.AtHorizon.Psnr, 9);
        Assert.Equal(0.99, ten.AtHorizon.Ssim, 9);
        Assert.Equal(1f, ten.AtHorizon.AgentError);
        Assert.Equal(2, ten.WindowStart);
        Assert.Equal(40 - 0.1 * 6, ten.MeanPsnr, 9);
        Assert.Equal(1 - 6 / 1000.0, ten.MeanSsim, 9);
        Assert.Equal(0.6, ten.MedianAgentError, 6);
        Assert.Equal(1.0, ten.AgentFoundRate);
        Assert.Equal(31, summaries[3].WindowStart);
    }

    [Fact]
    public void AtHorizons_NotIncreasing_Throws()
    {
        Assert.Throws<ArgumentException>(() => Synthetic([30, 30]).AtHorizons([1, 1]));
    }

    [Fact]
    public void MedianAgentError_SomeFramesWithoutAgent_MedianOfTheOthers()
    {
        var series = new DriftSeries(64);
        series.Add(30, 0.9, 1f);
        series.Add(30, 0.9, null);
        series.Add(30, 0.9, 4f);
        series.Add(30, 0.9, 2f);
        series.Add(30, 0.9, null);

        var summary = series.Summarise();

        Assert.Equal(2.0, series.MedianAgentError());
        Assert.Equal(0.6, summary.AgentFoundRate, 9);
        Assert.Equal(5, summary.Frames);
    }

    [Fact]
    public void Add_NaNPsnr_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DriftSeries(64).Add(double.NaN, 1, null));
    }

    [Fact]
    public void Add_GroundTruthAsModel_PerfectScores()
    {
        var run = GroundTruthRun.Render(GroundTruthRun.Scene("snow", "preset"), explore: true, steps: 40);
        var series = new DriftSeries(64);

        foreach (var step in run.Skip(1))
        {
            series.Add(step.Frame, step.Frame, step.State);
        }
        var summary = series.Summarise();

        Assert.Equal(ImageQuality.PsnrCap, summary.MeanPsnr);
        Assert.Equal(1.0, summary.MeanSsim, 9);
        Assert.InRange(summary.MedianAgentError, 0, 0.5);
        Assert.Null(summary.DivergenceOnset);
        Assert.Equal([1, 10, 30], summary.Horizons.Select(h => h.Horizon));
    }

    [Fact]
    public void Add_FrozenModelInArena_DivergesAndAgentErrorGrows()
    {
        // A model that repeats its conditioning frame while the agent walks right across an arena.
        var run = GroundTruthRun.Render(ScenePresets.Get("meadow"), explore: false, steps: 25, script: _ => AgentAction.Right);
        var frozen = run[0].Frame;
        var series = new DriftSeries(64);

        foreach (var step in run.Skip(1))
        {
            series.Add(frozen, step.Frame, step.State);
        }

        var errors = series.Frames.Select(f => f.AgentError!.Value).ToArray();
        Assert.Equal(1f, errors[0], 0.5f);
        Assert.Equal(25f, errors[^1], 0.5f);
        Assert.True(series.Frames[^1].Psnr < series.Frames[0].Psnr);
        Assert.NotNull(series.DivergenceOnset(psnrThreshold: series.Frames[0].Psnr - 1, run: 5));
    }

    [Fact]
    public void Visit_ReturnToPlace_ScoresModelAgainstItsFirstVisit()
    {
        // Left 20 frames, then right 20 (so the agent faces right again, as at the start):
        // without objects or weather, frame 40 is frame 0 again.
        var scene = ScenePresets.Get("shore") with { ObjectDensity = 0 };
        var run = GroundTruthRun.Render(scene, explore: true, steps: 40, script: i => i < 20 ? AgentAction.Left : AgentAction.Right);
        var elsewhere = GroundTruthRun.Render(scene, explore: true, steps: 40, seed: 11)[^1].Frame;
        var faithful = new DriftSeries(64);
        var forgetful = new DriftSeries(64);

        Assert.Null(faithful.Visit("start", run[0].Frame, run[0].Frame));
        Assert.Null(forgetful.Visit("start", run[0].Frame, run[0].Frame));
        foreach (var step in run.Skip(1))
        {
            faithful.Add(step.Frame, step.Frame, step.State);
            forgetful.Add(step.Frame, step.Frame, step.State);
        }
        var remembered = faithful.Visit("start", run[^1].Frame, run[^1].Frame);
        var forgotten = forgetful.Visit("start", elsewhere, run[^1].Frame);

        Assert.NotNull(remembered);
        Assert.NotNull(forgotten);
        Assert.Equal((0, 40), (remembered.FirstHorizon, remembered.ReturnHorizon));
        Assert.Equal(ImageQuality.PsnrCap, remembered.TruthPsnr);
        Assert.Equal(remembered.TruthPsnr, remembered.ModelPsnr);
        Assert.True(forgotten.ModelPsnr < remembered.ModelPsnr - 5, $"{forgotten.ModelPsnr} vs {remembered.ModelPsnr} dB");
        Assert.Equal(remembered.ModelPsnr, faithful.Summarise().MeanRevisitPsnr);
    }

    [Fact]
    public void Summarise_NoRevisits_NaNRevisitScores()
    {
        var summary = Synthetic([30, 29, 28]).Summarise();

        Assert.Empty(summary.Revisits);
        Assert.True(double.IsNaN(summary.MeanRevisitPsnr));
        Assert.Equal(29, summary.MeanPsnr, 9);
    }

    private static DriftSeries Synthetic(double[] psnr)
    {
        var series = new DriftSeries(64);
        foreach (var value in psnr)
        {
            series.Add(value, 0.5, 1f);
        }
        return series;
    }
}
