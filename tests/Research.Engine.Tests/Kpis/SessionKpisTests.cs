using Research.Engine.Kpis;
using Research.Engine.Metrics;
using static Research.Engine.Tests.Kpis.KpiLogs;

namespace Research.Engine.Tests.Kpis;

public sealed class SessionKpisTests
{
    private static readonly string[] AlwaysDefined =
    [
        "inputs_total", "inputs_rejected", "inputs_coalesced", "inputs_unapplied", "first_response_count", "visible_response_count",
        "dropped_frames", "prompt_switches_compared", "revisits", "soft_resets", "soft_reset_continuity_compared",
        "injections", "injections_never_recovered", "ratings", "hard_resets", "segment_mean_s", "segment_max_s",
    ];

    private static readonly string[] DefinedWithData =
    [
        "first_response_p50_ms", "first_response_p95_ms", "first_response_max_ms", "visible_response_p50_ms", "visible_response_p95_ms",
        "latency_p50_ms", "latency_p95_ms", "latency_p99_ms", "latency_p95_trend_ms_per_window", "latency_first_window_p95_ms",
        "latency_last_full_window_p95_ms", "latency_last_to_first_p95_ratio", "jitter_ms", "fps", "fps_of_target",
        "psnr_mean", "ssim_mean", "agent_error_median_px", "agent_lost_fraction", "psnr_last", "divergence_onset_frame",
        "prompt_switch_ssim_ratio_mean", "prompt_switch_ssim_before_mean", "prompt_switch_agent_error_px_mean", "revisit_model_psnr_mean", "revisit_truth_psnr_mean",
        "soft_reset_max_jump", "motion_delta_p99", "soft_reset_jump_ratio", "soft_reset_drift_continuity_db",
        "soft_reset_psnr_before_mean", "recovery_frames_mean", "recovery_frames_max", "recovery_baseline_psnr_mean", "drift_estimate_correlation", "rating_mean", "rating_min",
    ];

    // PSNR cycles 25-29 dB (mean 27): with 2 dB of tolerance every frame after an injection is back within it.
    private static readonly KpiOptions FullOptions = new() { WindowMs = 500, RecoveryToleranceDb = 2 };

    [Fact]
    public void ToValues_EmptySession_OnlyCountsAndDepthNoNaN()
    {
        // No frames, inputs or events and a session of length 0: every figure but the counts and the single 0 s segment
        // is undefined and must be left out.
        var kpis = KpiCalculator.Compute(Log(endMs: 0), new KpiOptions());

        var values = kpis.ToValues();

        Assert.Equal(AlwaysDefined.Order(), values.Keys.Order());
        Assert.All(values.Values, v => Assert.Equal(0, v));
    }

    [Fact]
    public void ToValues_EveryFigureDefined_WritesEverySnakeCaseKey()
    {
        var kpis = KpiCalculator.Compute(FullSession(), FullOptions);

        var values = kpis.ToValues();

        Assert.Equal(AlwaysDefined.Concat(DefinedWithData).Order(), values.Keys.Order());
        Assert.All(values.Values, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void ToValues_FullSession_ValuesMatchTheirProperties()
    {
        // PSNR drops to 15 dB from frame 170 to 185: with the default 20 dB and 10 frames the onset is frame 170.
        // The injection at 150 is recovered from at once: frame 151 (26 dB) starts 5 frames at or above 27 - 2 dB.
        var kpis = KpiCalculator.Compute(FullSession(), FullOptions);

        var values = kpis.ToValues();

        Assert.Equal(170, values["divergence_onset_frame"]);
        Assert.Equal(200, values["first_response_p50_ms"]);
        Assert.Equal(1, values["hard_resets"]);
        Assert.Equal(1, values["recovery_frames_max"]);
        Assert.Equal(kpis.Latency.LatencyP95Ms, values["latency_p95_ms"]);
        Assert.Equal(kpis.SoftResets.SoftResetJumpRatio, values["soft_reset_jump_ratio"]);
        Assert.Equal(kpis.DriftEstimateCorrelation, values["drift_estimate_correlation"]);
    }

    /// <summary>
    /// 200 frames, 10 ms apart over a 2 s session, with something of every kind: inputs, a prompt switch at 50, a soft
    /// reset at 100, an injection at 150, a divergence from 170, a rating, a revisit and a hard reset.
    /// </summary>
    private static SessionLog FullSession()
    {
        FrameSample[] frames =
        [
            .. Enumerable.Range(1, 200).Select(i => Frame(
                i,
                latencyMs: 5 + i % 7,
                psnr: i is >= 170 and <= 185 ? 15 : 25 + i % 5,
                ssim: 0.8 + i % 3 * 0.05,
                agentError: i % 4 == 0 ? null : i % 6,
                driftEstimate: i % 5,
                motionDelta: i == 100 ? 40 : 1 + i % 9,
                softReset: i == 100)),
        ];
        return Log(
            frames,
            inputs: [Input(1, receivedMs: 100, appliedFrame: 20, firstFrameMs: 300, firstVisibleMs: 350), Input(2, receivedMs: 400, error: "bad")],
            ratings: [new(120, 4, 1200)],
            revisits: [new RevisitScore("mark", 10, 90, 24, 0.8, 30, 0.9)],
            promptSwitchFrames: [50],
            injections: [new(150, "latent", 1)],
            resetTimesMs: [1000],
            endMs: 2000,
            droppedFrames: 2);
    }
}
