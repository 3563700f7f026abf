namespace Research.Engine.Metrics;

/// <summary>A <see cref="DriftSeries"/> at one horizon: the frame there, and the window of frames leading up to it.</summary>
/// <param name="Horizon">The horizon summarised.</param>
/// <param name="AtHorizon">The metrics of the frame at exactly that horizon.</param>
/// <param name="WindowStart">First horizon of the window: one past the previous horizon asked for, or 1.</param>
/// <param name="MeanPsnr">Mean PSNR over the window, in dB.</param>
/// <param name="MeanSsim">Mean SSIM over the window.</param>
/// <param name="MedianAgentError">Median agent error over the window's frames that have an agent, in pixels; NaN when none has.</param>
/// <param name="AgentFoundRate">Share of the window's frames that have an agent, in [0, 1].</param>
public sealed record HorizonSummary(
    int Horizon, FrameQuality AtHorizon, int WindowStart, double MeanPsnr, double MeanSsim, double MedianAgentError, double AgentFoundRate);
