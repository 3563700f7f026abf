namespace Research.Engine.LaunchReport;

/// <summary>The five questions of the launch checklist and the measured figures that answer them.</summary>
public static class LaunchItems
{
    /// <summary>The checklist's items against <paramref name="thresholds"/>, in the checklist's order.</summary>
    public static IReadOnlyList<LaunchItem> Create(LaunchThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var t = thresholds;
        var (live, quality) = (t.ResponsivenessPool, t.QualityPool);
        // Floors: the absolute quality each relative figure is relative to. Older summaries lack the "before" keys; the
        // session's mean against the shadow stands in for them.
        var switchFloor = new LaunchFloor("SSIM against the shadow before switches", "prompt_switch_ssim_before_mean (else ssim_mean)", "", t.WorldSsim,
            LaunchCriterion.FirstKey("prompt_switch_ssim_before_mean", "ssim_mean"));
        var revisitFloor = new LaunchFloor("PSNR against the shadow", "psnr_mean", "dB", t.WorldPsnrDb, LaunchCriterion.Key("psnr_mean"));
        var resetFloor = new LaunchFloor("PSNR against the shadow before soft resets", "soft_reset_psnr_before_mean (else psnr_mean)", "dB", t.WorldPsnrDb,
            LaunchCriterion.FirstKey("soft_reset_psnr_before_mean", "psnr_mean"));
        var baselineFloor = new LaunchFloor("PSNR against the shadow before injections (the baseline)", "recovery_baseline_psnr_mean (else psnr_mean)", "dB", t.WorldPsnrDb,
            LaunchCriterion.FirstKey("recovery_baseline_psnr_mean", "psnr_mean"));
        return
        [
            new("steer", "Can users steer in under 1 s?",
                "From each live session's input trace: the time from an input arriving to the first frame computed with it, 95th percentile per run, median over sessions. Fast replays and sweeps are not timed like a user's session and are left out.",
                [
                    new("first response p95", "first_response_p95_ms", "ms", FigureDirection.AtMost, t.FirstResponseP95Ms, FigureAggregate.Median, LaunchCriterion.Key("first_response_p95_ms")) { Pool = live },
                ]),
            new("coherent", "Is the world coherent after multiple input changes?",
                "Against the ground-truth shadow world driven by the same inputs: first, is the picture still the world (PSNR, SSIM, the agent found); then how much structure survives prompt switches, where the agent is after them, and whether a place looks the same when the user returns to it. A figure relative to the picture (SSIM after / before a switch, a place against itself) counts only while the picture meets its floor.",
                [
                    new("picture still the world: PSNR against the shadow", "psnr_mean", "dB", FigureDirection.AtLeast, t.WorldPsnrDb, FigureAggregate.Median, LaunchCriterion.Key("psnr_mean")) { Pool = quality },
                    new("picture still the world: SSIM against the shadow", "ssim_mean", "", FigureDirection.AtLeast, t.WorldSsim, FigureAggregate.Median, LaunchCriterion.Key("ssim_mean")) { Pool = quality },
                    new("picture still the world: agent tracked (share of frames)", "1 - agent_lost_fraction", "", FigureDirection.AtLeast, t.AgentTrackedShare, FigureAggregate.Median, AgentTracked) { Pool = quality },
                    new("structure kept through prompt switches (SSIM after / before)", "prompt_switch_ssim_ratio_mean", "", FigureDirection.AtLeast, t.PromptSwitchSsimRatio, FigureAggregate.Median, LaunchCriterion.Key("prompt_switch_ssim_ratio_mean")) { Pool = quality, Floor = switchFloor },
                    new("agent error after prompt switches", "prompt_switch_agent_error_px_mean", "px", FigureDirection.AtMost, t.PromptSwitchAgentErrorPx, FigureAggregate.Median, LaunchCriterion.Key("prompt_switch_agent_error_px_mean")) { Pool = quality },
                    new("revisit self-consistency (PSNR between visits)", "revisit_model_psnr_mean", "dB", FigureDirection.AtLeast, t.RevisitModelPsnrDb, FigureAggregate.Median, LaunchCriterion.Key("revisit_model_psnr_mean")) { Pool = quality, Floor = revisitFloor },
                ]),
            new("recovery", "Is there a clear reset and recovery workflow?",
                "Soft resets must look like ordinary motion and must not make the world less consistent; after an injected error the session must find its way back, quickly and every time. Each figure is relative to the picture before the reset or injection, so it counts only while that picture meets its floor: resetting or recovering a picture that is not the world is neither.",
                [
                    new("soft-reset jump over ordinary motion", "soft_reset_jump_ratio", "", FigureDirection.AtMost, t.SoftResetJumpRatio, FigureAggregate.Median, LaunchCriterion.Key("soft_reset_jump_ratio")) { Pool = quality, Floor = resetFloor },
                    new("drift continuity across soft resets (PSNR after - before)", "soft_reset_drift_continuity_db", "dB", FigureDirection.AtLeast, t.SoftResetDriftContinuityDb, FigureAggregate.Median, LaunchCriterion.Key("soft_reset_drift_continuity_db")) { Pool = quality, Floor = resetFloor },
                    new("frames to recover from an injected error", "recovery_frames_mean", "frames", FigureDirection.AtMost, t.RecoveryFrames, FigureAggregate.Median, LaunchCriterion.Key("recovery_frames_mean")) { Pool = quality, Floor = baselineFloor },
                    new("injections never recovered (worst run)", "injections_never_recovered", "", FigureDirection.AtMost, t.NeverRecoveredInjections, FigureAggregate.Worst, NeverRecovered) { Pool = quality, Floor = baselineFloor },
                ]),
            new("live", "Is it visibly live, not pre-rendered?",
                "Frames are computed from the user's inputs as they arrive: every accepted input is answered by a frame, the picture visibly changes soon after, the stream keeps its frame rate and keeps moving. Measured on live sessions only: a fast replay has no frame rate to keep.",
                [
                    new("accepted inputs answered by a frame", "first_response_count / (inputs_total - inputs_rejected - inputs_coalesced)", "", FigureDirection.AtLeast, t.AnsweredInputShare, FigureAggregate.Median, AnsweredShare) { Pool = live },
                    new("visible response p95", "visible_response_p95_ms", "ms", FigureDirection.AtMost, t.VisibleResponseP95Ms, FigureAggregate.Median, LaunchCriterion.Key("visible_response_p95_ms")) { Pool = live },
                    new("delivered fps over target", "fps_of_target", "", FigureDirection.AtLeast, t.FpsOfTarget, FigureAggregate.Median, LaunchCriterion.Key("fps_of_target")) { Pool = live },
                    new("motion (p99 frame-to-frame change)", "motion_delta_p99", "/255", FigureDirection.AtLeast, t.MotionDeltaP99, FigureAggregate.Median, LaunchCriterion.Key("motion_delta_p99")) { Pool = live },
                ]),
            new("scale", "Is responsiveness measurable at scale?",
                "Every live session records its latency percentiles, there are several independent sessions to compare (forks count with the session they were forked from), and latency measured in 30 s windows stays flat over long sessions.",
                [
                    new("session runs with latency p95 and p99", "latency_p95_ms, latency_p99_ms", "", FigureDirection.AtLeast, t.LatencyCoverage, FigureAggregate.Coverage, LatencyRecorded) { Pool = live },
                    new("independent sessions measured", "latency_p95_ms", "sessions", FigureDirection.AtLeast, t.MinSessionRuns, FigureAggregate.RunCount, LaunchCriterion.Key("latency_p95_ms")) { Pool = live },
                    new("sustained latency (last / first 30 s window p95)", "latency_last_to_first_p95_ratio", "", FigureDirection.AtMost, t.SustainedLatencyRatio, FigureAggregate.Median, LaunchCriterion.Key("latency_last_to_first_p95_ratio")) { Pool = live },
                ]),
        ];
    }

    /// <summary>Unrecovered injections, only for runs that injected any (a run without injections measured nothing).</summary>
    private static double? NeverRecovered(IReadOnlyDictionary<string, double> values) =>
        values.TryGetValue("injections", out var injections) && injections > 0 && values.TryGetValue("injections_never_recovered", out var never) ? never : null;

    private static double? AnsweredShare(IReadOnlyDictionary<string, double> values)
    {
        if (!values.TryGetValue("first_response_count", out var answered) || !values.TryGetValue("inputs_total", out var total))
        {
            return null;
        }
        // Rejected inputs were invalid and coalesced ones were superseded within the same frame: no frame owes them an answer.
        var accepted = total - values.GetValueOrDefault("inputs_rejected") - values.GetValueOrDefault("inputs_coalesced");
        return accepted > 0 ? Math.Min(1, answered / accepted) : null;
    }

    /// <summary>The share of frames whose picture shows the agent.</summary>
    private static double? AgentTracked(IReadOnlyDictionary<string, double> values) =>
        values.TryGetValue("agent_lost_fraction", out var lost) && double.IsFinite(lost) ? 1 - lost : null;

    private static double? LatencyRecorded(IReadOnlyDictionary<string, double> values) =>
        values.ContainsKey("latency_p95_ms") && values.ContainsKey("latency_p99_ms") ? 1 : null;
}
