namespace Research.Engine.Metrics;

/// <summary>Everything a <see cref="DriftSeries"/> says about one rollout, from <see cref="DriftSeries.Summarise"/>.</summary>
/// <param name="Frames">Frames in the series.</param>
/// <param name="Horizons">The horizons asked for that the series reached, in order.</param>
/// <param name="MeanPsnr">Mean PSNR over the whole series, in dB; NaN when it is empty.</param>
/// <param name="MeanSsim">Mean SSIM over the whole series; NaN when it is empty.</param>
/// <param name="MedianAgentError">Median agent error over the frames that have an agent, in pixels; NaN when none has.</param>
/// <param name="AgentFoundRate">Share of frames that have an agent, in [0, 1]; NaN when the series is empty.</param>
/// <param name="DivergenceOnset">See <see cref="DriftSeries.DivergenceOnset"/>; null when the rollout never diverged.</param>
/// <param name="DivergencePsnr">The PSNR threshold the onset used, in dB.</param>
/// <param name="DivergenceRun">The number of consecutive frames the onset needed below the threshold.</param>
/// <param name="Revisits">Every return to a named place, in the order they happened.</param>
/// <param name="MeanRevisitPsnr">Mean of the revisits' <see cref="RevisitScore.ModelPsnr"/>, in dB; NaN when there were none.</param>
/// <param name="MeanRevisitSsim">Mean of the revisits' <see cref="RevisitScore.ModelSsim"/>; NaN when there were none.</param>
public sealed record DriftSummary(
    int Frames,
    IReadOnlyList<HorizonSummary> Horizons,
    double MeanPsnr,
    double MeanSsim,
    double MedianAgentError,
    double AgentFoundRate,
    int? DivergenceOnset,
    double DivergencePsnr,
    int DivergenceRun,
    IReadOnlyList<RevisitScore> Revisits,
    double MeanRevisitPsnr,
    double MeanRevisitSsim);
