namespace Research.Engine.LaunchReport;

/// <summary>The five questions of the launch checklist and the measured figures that answer them.</summary>
public static class LaunchItems
{
    /// <summary>The checklist's items against <paramref name="thresholds"/>, in the checklist's order.</summary>
    public static IReadOnlyList<LaunchItem> Create(LaunchThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var t = thresholds;
        return
        [
            new("steer", "Can users steer in under 1 s?",
                "From each session run's input trace: the time from an input arriving to the first frame computed with it, 95th percentile per run, median over runs.",
                [
                    new("first response p95", "first_response_p95_ms", "ms", FigureDirection.AtMost, t.FirstResponseP95Ms, FigureAggregate.Median, LaunchCriterion.Key("first_response_p95_ms")),
                ]),
            new("coherent", "Is the world coherent after multiple input changes?",
                "Against the ground-truth shadow world driven by the same inputs: how much structure survives prompt switches, where the agent is after them, and whether a place looks the same when the user returns to it.",
                [
                    new("structure kept through prompt switches (SSIM after / before)", "prompt_switch_ssim_ratio_mean", "", FigureDirection.AtLeast, t.PromptSwitchSsimRatio, FigureAggregate.Median, LaunchCriterion.Key("prompt_switch_ssim_ratio_mean")),
                    new("agent error after prompt switches", "prompt_switch_agent_error_px_mean", "px", FigureDirection.AtMost, t.PromptSwitchAgentErrorPx, FigureAggregate.Median, LaunchCriterion.Key("prompt_switch_agent_error_px_mean")),
                    new("revisit self-consistency (PSNR between visits)", "revisit_model_psnr_mean", "dB", FigureDirection.AtLeast, t.RevisitModelPsnrDb, FigureAggregate.Median, LaunchCriterion.Key("revisit_model_psnr_mean")),
                ]),
            new("recovery", "Is there a clear reset and recovery workflow?",
                "Soft resets must look like ordinary motion and must not make the world less consistent; after an injected error the session must find its way back, quickly and every time.",
                [
                    new("soft-reset jump over ordinary motion", "soft_reset_jump_ratio", "", FigureDirection.AtMost, t.SoftResetJumpRatio, FigureAggregate.Median, LaunchCriterion.Key("soft_reset_jump_ratio")),
                    new("drift continuity across soft resets (PSNR after - before)", "soft_reset_drift_continuity_db", "dB", FigureDirection.AtLeast, t.SoftResetDriftContinuityDb, FigureAggregate.Median, LaunchCriterion.Key("soft_reset_drift_continuity_db")),
                    new("frames to recover from an injected error", "recovery_frames_mean", "frames", FigureDirection.AtMost, t.RecoveryFrames, FigureAggregate.Median, LaunchCriterion.Key("recovery_frames_mean")),
                    new("injections never recovered (worst run)", "injections_never_recovered", "", FigureDirection.AtMost, t.NeverRecoveredInjections, FigureAggregate.Worst, NeverRecovered),
                ]),
            new("live", "Is it visibly live, not pre-rendered?",
                "Frames are computed from the user's inputs as they arrive: every accepted input is answered by a frame, the picture visibly changes soon after, the stream keeps its frame rate and keeps moving.",
                [
                    new("accepted inputs answered by a frame", "first_response_count / (inputs_total - inputs_rejected - inputs_coalesced)", "", FigureDirection.AtLeast, t.AnsweredInputShare, FigureAggregate.Median, AnsweredShare),
                    new("visible response p95", "visible_response_p95_ms", "ms", FigureDirection.AtMost, t.VisibleResponseP95Ms, FigureAggregate.Median, LaunchCriterion.Key("visible_response_p95_ms")),
                    new("delivered fps over target", "fps_of_target", "", FigureDirection.AtLeast, t.FpsOfTarget, FigureAggregate.Median, LaunchCriterion.Key("fps_of_target")),
                    new("motion (p99 frame-to-frame change)", "motion_delta_p99", "/255", FigureDirection.AtLeast, t.MotionDeltaP99, FigureAggregate.Median, LaunchCriterion.Key("motion_delta_p99")),
                ]),
            new("scale", "Is responsiveness measurable at scale?",
                "Every session run records its latency percentiles, there are several sessions to compare, and latency measured in 30 s windows stays flat over long sessions.",
                [
                    new("session runs with latency p95 and p99", "latency_p95_ms, latency_p99_ms", "", FigureDirection.AtLeast, t.LatencyCoverage, FigureAggregate.Coverage, LatencyRecorded),
                    new("session runs measured", "latency_p95_ms", "runs", FigureDirection.AtLeast, t.MinSessionRuns, FigureAggregate.RunCount, LaunchCriterion.Key("latency_p95_ms")),
                    new("sustained latency (last / first 30 s window p95)", "latency_last_to_first_p95_ratio", "", FigureDirection.AtMost, t.SustainedLatencyRatio, FigureAggregate.Median, LaunchCriterion.Key("latency_last_to_first_p95_ratio")),
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

    private static double? LatencyRecorded(IReadOnlyDictionary<string, double> values) =>
        values.ContainsKey("latency_p95_ms") && values.ContainsKey("latency_p99_ms") ? 1 : null;
}
