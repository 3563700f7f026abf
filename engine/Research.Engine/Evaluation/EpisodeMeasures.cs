namespace Research.Engine.Evaluation;

/// <summary>
/// What a variant did on one episode beyond whole-frame PSNR, SSIM and agent error: PSNR on parts of the frame by what
/// was seen before (index [frame], frame 0 the start frame; NaN where the part is empty), the oracle's PSNR, the action
/// scores, one-step and controllability figures, and black frames.
/// </summary>
/// <param name="Episode">Episode index in its dataset.</param>
/// <param name="Explore">Whether the world is an explore world (else an arena, whose view never moves).</param>
/// <param name="Seen">PSNR over pixels whose world place an earlier frame of the true trajectory showed.</param>
/// <param name="Revealed">PSNR over pixels whose world place enters the view at this frame.</param>
/// <param name="Given">PSNR over pixels whose world place frame 0 showed (the only frame a free-running model is given).</param>
/// <param name="Invented">PSNR over the other pixels: places the model never saw and had to invent.</param>
/// <param name="Oracle">PSNR of the oracle (<see cref="Metrics.ViewCoverage.Oracle"/>): places frame 0 showed exact, the rest frame 0's mean colour.</param>
/// <param name="Actions">Action scores of the free rollout (<see cref="ActionScore"/>).</param>
/// <param name="OneStep">PSNR of one step from a true frame with the true action, every <see cref="EvalOptions.ControlStride"/>-th transition.</param>
/// <param name="Control">One-step PSNR with the true and with the opposite action, at the sampled walking transitions.</param>
/// <param name="BlackFrames">Generated frames that are black (<see cref="Metrics.FrameHealth.IsBlack"/>), one-step frames included.</param>
public sealed record EpisodeMeasures(
    int Episode, bool Explore, double[] Seen, double[] Revealed, double[] Given, double[] Invented, double[] Oracle,
    ActionCounts Actions, IReadOnlyList<double> OneStep, IReadOnlyList<ControlSample> Control, int BlackFrames);

/// <summary>One step from true frame <paramref name="Frame"/> - 1 with the true walk and with the opposite walk.</summary>
/// <param name="Frame">The frame predicted.</param>
/// <param name="TrueAction">PSNR against the true frame with the true action, in dB.</param>
/// <param name="Opposite">PSNR against the true frame with the opposite action, in dB.</param>
public sealed record ControlSample(int Frame, double TrueAction, double Opposite)
{
    /// <summary>Genie's controllability: how much the true action beats the opposite one, in dB.</summary>
    public double Delta => TrueAction - Opposite;
}
