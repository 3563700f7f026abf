using Research.Engine.Kpis;
using Research.Engine.LaunchReport;
using Research.Engine.Metrics;
using Research.Engine.Reports;
using Research.Engine.Tests.Storage;
using static Research.Engine.Tests.Kpis.KpiLogs;

namespace Research.Engine.Tests.LaunchReport;

/// <summary>Relative figures count only while the picture they are relative to is still the world (their floor).</summary>
public sealed class LaunchChecklistFloorTests : IDisposable
{
    private readonly LaunchRuns _runs = new();

    [Fact]
    public void Build_BlackFrameSessionLog_CoherenceAndRecoveryFailOnTheirFloors()
    {
        // Arrange: the dead model of issue 13, through the real KPI calculator: a black picture (PSNR about 6.4 dB, SSIM
        // about 0) whose relative figures all look fine: SSIM after / before a switch about 1.17, a soft reset that changes
        // nothing, an injection "recovered" from at once, a place identical to itself on return.
        var values = KpiCalculator.Compute(BlackFrameLog(), new KpiOptions()).ToValues();
        _runs.Add(values);
        _runs.Add(values);

        // Act
        var checklist = Build();

        // Assert
        var coherent = Check(checklist, "coherent");
        Assert.Equal(LaunchVerdict.Fail, coherent.Verdict);
        Assert.Equal(LaunchVerdict.Fail, Figure(coherent, "psnr_mean").Verdict);
        Assert.Equal(6.4, Figure(coherent, "psnr_mean").Value!.Value, 1);
        Assert.Equal(LaunchVerdict.Fail, Figure(coherent, "ssim_mean").Verdict);
        Assert.Equal(0, Figure(coherent, "1 - agent_lost_fraction").Value);
        var ratio = Figure(coherent, "prompt_switch_ssim_ratio_mean");
        Assert.InRange(ratio.Value!.Value, 1.1, 1.2);
        Assert.True(ratio.Criterion.Meets(ratio.Value.Value));
        Assert.Equal(LaunchVerdict.Fail, ratio.Verdict);
        Assert.StartsWith("floor not met: SSIM against the shadow before switches", ratio.Reason, StringComparison.Ordinal);
        Assert.Equal(LaunchVerdict.Fail, Figure(coherent, "revisit_model_psnr_mean").Verdict);
        Assert.StartsWith("floor not met", Figure(coherent, "revisit_model_psnr_mean").Reason, StringComparison.Ordinal);

        var recovery = Check(checklist, "recovery");
        Assert.Equal(LaunchVerdict.Fail, recovery.Verdict);
        var continuity = Figure(recovery, "soft_reset_drift_continuity_db");
        Assert.InRange(continuity.Value!.Value, -0.01, 0.01);
        Assert.Equal(LaunchVerdict.Fail, continuity.Verdict);
        Assert.StartsWith("floor not met: PSNR against the shadow before soft resets 6.40", continuity.Reason, StringComparison.Ordinal);
        Assert.Contains("dB is below 15 dB", continuity.Reason, StringComparison.Ordinal);
        var frames = Figure(recovery, "recovery_frames_mean");
        Assert.True(frames.Criterion.Meets(frames.Value!.Value));
        Assert.Equal(LaunchVerdict.Fail, frames.Verdict);
        Assert.All(recovery.Criteria.Where(c => c.Verdict != LaunchVerdict.NoData), c => Assert.Equal(LaunchVerdict.Fail, c.Verdict));
        Assert.Equal(LaunchVerdict.Fail, checklist.Verdict);
    }

    [Fact]
    public void Build_RatioPassesButSsimBeforeBelowFloor_FailWithReasonAndFloorShown()
    {
        var values = LaunchRuns.Healthy();
        values["prompt_switch_ssim_before_mean"] = 0.1;
        _runs.Add(values);

        var coherent = Check(Build(), "coherent");

        var ratio = Figure(coherent, "prompt_switch_ssim_ratio_mean");
        Assert.Equal((LaunchVerdict.Fail, 1.0, 0.1), (ratio.Verdict, ratio.Value, ratio.FloorValue));
        Assert.Equal("0.1, needs ≥ 0.3", LaunchFormat.Floor(ratio));
        Assert.StartsWith("fail (floor not met: SSIM against the shadow before switches 0.1 is below 0.3", LaunchFormat.VerdictWithReason(ratio), StringComparison.Ordinal);
        Assert.Equal(LaunchVerdict.Pass, Figure(coherent, "ssim_mean").Verdict);
        Assert.Equal(LaunchVerdict.Fail, coherent.Verdict);
    }

    [Fact]
    public void Build_FloorNotMeasured_FailWithReason()
    {
        var values = LaunchRuns.Healthy();
        values.Remove("prompt_switch_ssim_before_mean");
        values.Remove("ssim_mean");
        _runs.Add(values);

        var ratio = Figure(Check(Build(), "coherent"), "prompt_switch_ssim_ratio_mean");

        Assert.Equal(LaunchVerdict.Fail, ratio.Verdict);
        Assert.Null(ratio.FloorValue);
        Assert.StartsWith("floor not measured", ratio.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SummaryWithoutBeforeKeys_FloorFallsBackToTheSessionMean()
    {
        // Summaries written before the "before" keys existed still carry the session's mean PSNR against the shadow.
        var values = LaunchRuns.Healthy();
        values.Remove("soft_reset_psnr_before_mean");
        _runs.Add(values);

        var continuity = Figure(Check(Build(), "recovery"), "soft_reset_drift_continuity_db");

        Assert.Equal((LaunchVerdict.Pass, 24.0, null), (continuity.Verdict, continuity.FloorValue, continuity.Reason));
    }

    [Fact]
    public void Build_OneDeadRunOfThree_WorstRunFloorFailsMedianFloorPasses()
    {
        _runs.Add(LaunchRuns.Healthy());
        _runs.Add(LaunchRuns.Healthy());
        var dead = LaunchRuns.Healthy();
        dead["recovery_baseline_psnr_mean"] = 6;
        _runs.Add(dead);

        var recovery = Check(Build(), "recovery");

        Assert.Equal((LaunchVerdict.Pass, 23.0), (Figure(recovery, "recovery_frames_mean").Verdict, Figure(recovery, "recovery_frames_mean").FloorValue));
        var never = Figure(recovery, "injections_never_recovered");
        Assert.Equal((LaunchVerdict.Fail, 6.0), (never.Verdict, never.FloorValue));
    }

    [Fact]
    public void ToReport_Floors_PrintedWithTheirThresholdsAndMeasuredValues()
    {
        var values = LaunchRuns.Healthy();
        values["soft_reset_psnr_before_mean"] = 9;
        _runs.Add(values);

        var report = LaunchChecklistReport.ToReport(Build());
        var markdown = MarkdownReport.Render(report);

        Assert.Contains("SSIM against the shadow before switches ≥ 0.3", markdown, StringComparison.Ordinal);
        Assert.Contains("PSNR against the shadow before soft resets ≥ 15 dB", markdown, StringComparison.Ordinal);
        Assert.Contains("| picture still the world: PSNR against the shadow | 24 dB |", markdown, StringComparison.Ordinal);
        Assert.Contains("9 dB, needs ≥ 15 dB", markdown, StringComparison.Ordinal);
        Assert.Contains("fail (floor not met: PSNR against the shadow before soft resets 9 dB is below 15 dB", markdown, StringComparison.Ordinal);
        var summary = report.Sections[0].Tables[0].Rows.Single(r => r[0] == "Is there a clear reset and recovery workflow?");
        Assert.Equal("FAIL", summary[1]);
        Assert.Contains("floor not met", summary[2], StringComparison.Ordinal);
    }

    public void Dispose() => _runs.Dispose();

    /// <summary>
    /// 300 black frames at 30 fps against a lit world: PSNR 6.4 dB give or take a few thousandths, SSIM 0.0006 before the
    /// prompt switch at frame 150 and 0.0007 after, the agent never found, motion a hundredth of a level. Soft resets at 100
    /// and 200, an injection at 250, a return to a place at 280 that looks exactly as black as before.
    /// </summary>
    private static SessionLog BlackFrameLog()
    {
        FrameSample[] frames =
        [
            .. Enumerable.Range(1, 300).Select(i => Frame(
                i,
                timeMs: i * 33.3,
                latencyMs: 20,
                psnr: 6.4 + i % 3 * 0.003,
                ssim: i < 150 ? 0.0006 : 0.0007,
                agentError: null,
                motionDelta: 0.01,
                softReset: i is 100 or 200)),
        ];
        return Log(
            frames,
            revisits: [new RevisitScore("mark", 40, 280, ModelPsnr: 48, ModelSsim: 1, TruthPsnr: 25, TruthSsim: 0.8)],
            promptSwitchFrames: [150],
            injections: [new(250, "latent", 1)]);
    }

    private static LaunchCheck Check(LaunchChecklist checklist, string id) => checklist.Checks.Single(c => c.Item.Id == id);

    private static CriterionResult Figure(LaunchCheck check, string source) => check.Criteria.Single(c => c.Criterion.Source == source);

    private LaunchChecklist Build() => LaunchChecklistBuilder.Build(_runs.Store, new LaunchFilter(), new ManualTimeProvider(StoreTestData.Start));
}
