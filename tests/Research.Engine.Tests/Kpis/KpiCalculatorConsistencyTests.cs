using Research.Engine.Kpis;
using Research.Engine.Metrics;
using static Research.Engine.Tests.Kpis.KpiLogs;

namespace Research.Engine.Tests.Kpis;

public sealed class KpiCalculatorConsistencyTests
{
    [Fact]
    public void Compute_TwelveFramesWithAGap_MeansMedianLostShareAndLastPsnr()
    {
        // PSNR sums to 262 over 12 frames = 21.8333 dB; SSIM 0.9 x 6 and 0.6 x 6 averages 0.75; the agent is lost in 3 of 12
        // frames (0.25) and its errors 1..9 have median 5.
        var frames = Session();
        var log = Log(frames);

        var consistency = KpiCalculator.Compute(log, new KpiOptions { DivergencePsnr = 20, DivergenceRun = 3 }).Consistency;

        Assert.Equal(262 / 12.0, consistency.MeanPsnr!.Value, 9);
        Assert.Equal(0.75, consistency.MeanSsim!.Value, 9);
        Assert.Equal(5, consistency.MedianAgentErrorPx);
        Assert.Equal(0.25, consistency.AgentLostFraction);
        Assert.Equal(26, consistency.LastPsnr);
    }

    [Theory]
    [InlineData(3, 7L)]
    [InlineData(2, 3L)]
    [InlineData(5, null)]
    public void Compute_DipsBelowThreshold_OnsetIsFrameNumberOfFirstLongEnoughRun(int run, long? expected)
    {
        // Below 20 dB: entries 3-4 (frames 3, 4) and entries 6-9 (frames 7-10, since frame 6 is missing). A run of 3 first
        // fits at entry 6 = frame 7; a run of 2 at frame 3; a run of 5 never.
        var log = Log(Session());

        var consistency = KpiCalculator.Compute(log, new KpiOptions { DivergencePsnr = 20, DivergenceRun = run }).Consistency;

        Assert.Equal(expected, consistency.DivergenceOnsetFrame);
    }

    [Fact]
    public void Compute_PromptSwitches_SsimRatioSsimBeforeAndAgentErrorAfterOverComparedSwitches()
    {
        // Span 3, at least 2 frames a side. Switch at 1: nothing before, skipped. Switch at 9: only frame 10 after, skipped.
        // Switch at 5: SSIM before (2-4) 0.8, 0.9, 0.7 = 0.8, after (6-8) 0.6 = 0.6, ratio 0.75; agent after 2, lost, 6 -> median 4.
        // Switch at 8: SSIM before (5-7) 0.1, 0.6, 0.6 = 1.3 / 3, after (9-10) 0.65, ratio 1.5; agent after 3, lost -> median 3.
        // Means: ratio (0.75 + 1.5) / 2 = 1.125; SSIM before (0.8 + 1.3 / 3) / 2; agent error (4 + 3) / 2 = 3.5.
        double[] ssim = [0.8, 0.8, 0.9, 0.7, 0.1, 0.6, 0.6, 0.6, 0.65, 0.65];
        float?[] agent = [1, 1, 1, 1, 1, 2, null, 6, 3, null];
        FrameSample[] frames = [.. ssim.Select((s, i) => Frame(i + 1, ssim: s, agentError: agent[i]))];
        var log = Log(frames, promptSwitchFrames: [1, 5, 8, 9]);

        var consistency = KpiCalculator.Compute(log, new KpiOptions { PromptSwitchSpan = 3, MinSideFrames = 2 }).Consistency;

        Assert.Equal(2, consistency.PromptSwitchesCompared);
        Assert.Equal(1.125, consistency.MeanPromptSwitchSsimRatio!.Value, 9);
        Assert.Equal((0.8 + 1.3 / 3) / 2, consistency.MeanPromptSwitchSsimBefore!.Value, 9);
        Assert.Equal(3.5, consistency.MeanPromptSwitchAgentErrorPx!.Value, 9);
    }

    [Fact]
    public void Compute_TwoRevisits_MeanModelAndTruthPsnr()
    {
        // Model PSNR 20 and 30 -> 25; ground-truth ceiling 40 and 44 -> 42.
        var log = Log(WithPsnr(30, 30), revisits:
        [
            new RevisitScore("mark A", 1, 1, ModelPsnr: 20, ModelSsim: 0.5, TruthPsnr: 40, TruthSsim: 0.9),
            new RevisitScore("mark B", 1, 2, ModelPsnr: 30, ModelSsim: 0.7, TruthPsnr: 44, TruthSsim: 0.95),
        ]);

        var consistency = KpiCalculator.Compute(log, new KpiOptions()).Consistency;

        Assert.Equal(2, consistency.RevisitCount);
        Assert.Equal(25, consistency.MeanRevisitModelPsnr);
        Assert.Equal(42, consistency.MeanRevisitTruthPsnr);
    }

    [Fact]
    public void Compute_NoFrames_EveryFigureUndefined()
    {
        var log = Log(endMs: 1000, promptSwitchFrames: [5]);

        var consistency = KpiCalculator.Compute(log, new KpiOptions()).Consistency;

        Assert.Equal(new ConsistencyKpis(null, null, null, null, null, null, 0, null, null, null, 0, null, null), consistency);
    }

    /// <summary>Twelve frames, numbered 1-5 and 7-13 (frame 6 missing), with PSNR dipping below 20 dB twice.</summary>
    private static FrameSample[] Session()
    {
        double[] psnr = [30, 28, 19, 18, 25, 19, 18, 17, 16, 22, 24, 26];
        float?[] agent = [1, 2, null, 3, 4, null, 5, 6, null, 7, 8, 9];
        long[] numbers = [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13];
        return [.. numbers.Select((n, i) => Frame(n, psnr: psnr[i], ssim: i < 6 ? 0.9 : 0.6, agentError: agent[i]))];
    }
}
