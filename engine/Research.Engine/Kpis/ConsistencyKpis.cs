using Research.Engine.Metrics;

namespace Research.Engine.Kpis;

/// <summary>How faithfully the session kept to the ground-truth world, across prompt switches and at returns to a place.</summary>
/// <param name="MeanPsnr">Mean PSNR against the ground-truth shadow over all frames, in dB; null without frames.</param>
/// <param name="MeanSsim">Mean SSIM against the ground-truth shadow over all frames; null without frames.</param>
/// <param name="MedianAgentErrorPx">Median agent error over the frames where the agent was found, in pixels; null when it never was.</param>
/// <param name="AgentLostFraction">Share of frames where the agent was not found, in [0, 1]; null without frames.</param>
/// <param name="LastPsnr">PSNR of the last frame, in dB; null without frames.</param>
/// <param name="DivergenceOnsetFrame">
/// The frame the session diverged at: the first of <see cref="KpiOptions.DivergenceRun"/> consecutive frames below
/// <see cref="KpiOptions.DivergencePsnr"/> (<see cref="DriftSeries.DivergenceOnset"/>); null when it never did.
/// </param>
/// <param name="PromptSwitchesCompared">
/// Prompt or preset switches at frame f with at least <see cref="KpiOptions.MinSideFrames"/> frames among f - span .. f - 1 and
/// among f + 1 .. f + span (span <see cref="KpiOptions.PromptSwitchSpan"/>; frame f itself is in neither).
/// </param>
/// <param name="MeanPromptSwitchSsimRatio">
/// Mean over compared switches of mean SSIM after / mean SSIM before: near 1 when the world kept its structure through the
/// switch. Switches whose SSIM before is not positive are left out; null when none is left.
/// </param>
/// <param name="MeanPromptSwitchSsimBefore">
/// Mean over compared switches of the mean SSIM against the shadow before the switch: what <paramref name="MeanPromptSwitchSsimRatio"/>
/// is relative to (a ratio of two near-zero SSIMs says nothing); null when no switch was compared.
/// </param>
/// <param name="MeanPromptSwitchAgentErrorPx">
/// Mean over compared switches of the median agent error after the switch (frames where the agent was found), in pixels;
/// switches where it was never found after are left out; null when none is left.
/// </param>
/// <param name="RevisitCount">Returns to a place seen before (<see cref="SessionLog.Revisits"/>).</param>
/// <param name="MeanRevisitModelPsnr">Mean of <see cref="RevisitScore.ModelPsnr"/>, the model's self-consistency at returns, in dB; null without revisits.</param>
/// <param name="MeanRevisitTruthPsnr">Mean of <see cref="RevisitScore.TruthPsnr"/>, the ground truth's own change between visits (the ceiling), in dB; null without revisits.</param>
public sealed record ConsistencyKpis(
    double? MeanPsnr,
    double? MeanSsim,
    double? MedianAgentErrorPx,
    double? AgentLostFraction,
    double? LastPsnr,
    long? DivergenceOnsetFrame,
    int PromptSwitchesCompared,
    double? MeanPromptSwitchSsimRatio,
    double? MeanPromptSwitchSsimBefore,
    double? MeanPromptSwitchAgentErrorPx,
    int RevisitCount,
    double? MeanRevisitModelPsnr,
    double? MeanRevisitTruthPsnr)
{
    /// <summary>Writes the figures as psnr_mean, ssim_mean, agent_error_median_px, agent_lost_fraction, psnr_last, divergence_onset_frame, prompt_switches_compared, prompt_switch_ssim_ratio_mean, prompt_switch_ssim_before_mean, prompt_switch_agent_error_px_mean, revisits, revisit_model_psnr_mean and revisit_truth_psnr_mean.</summary>
    internal void WriteTo(KpiValueWriter values)
    {
        values.Add("psnr_mean", MeanPsnr);
        values.Add("ssim_mean", MeanSsim);
        values.Add("agent_error_median_px", MedianAgentErrorPx);
        values.Add("agent_lost_fraction", AgentLostFraction);
        values.Add("psnr_last", LastPsnr);
        values.Add("divergence_onset_frame", DivergenceOnsetFrame);
        values.Add("prompt_switches_compared", PromptSwitchesCompared);
        values.Add("prompt_switch_ssim_ratio_mean", MeanPromptSwitchSsimRatio);
        values.Add("prompt_switch_ssim_before_mean", MeanPromptSwitchSsimBefore);
        values.Add("prompt_switch_agent_error_px_mean", MeanPromptSwitchAgentErrorPx);
        values.Add("revisits", RevisitCount);
        values.Add("revisit_model_psnr_mean", MeanRevisitModelPsnr);
        values.Add("revisit_truth_psnr_mean", MeanRevisitTruthPsnr);
    }
}
