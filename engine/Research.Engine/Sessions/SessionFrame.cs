namespace Research.Engine.Sessions;

/// <summary>One frame a live session delivers to its subscribers: the model's frame, the shadow's and how far apart they are.</summary>
/// <param name="Frame">Frame number in the session, from 1; it keeps counting across resets.</param>
/// <param name="TimeMs">When the frame was delivered, in milliseconds since the session started.</param>
/// <param name="LatencyMs">From the frame's deadline to its delivery.</param>
/// <param name="Mode">The quality mode it was generated in.</param>
/// <param name="Model">The model's frame, RGB, <paramref name="ModelSize"/> square.</param>
/// <param name="ModelSize">Side of <paramref name="Model"/> (twice the base size in an upsampling mode).</param>
/// <param name="Truth">The ground-truth shadow frame, RGB, <paramref name="Size"/> square.</param>
/// <param name="Size">Base frame side in pixels.</param>
/// <param name="Psnr">PSNR of the model frame (at base size) against the shadow, dB.</param>
/// <param name="Ssim">SSIM of the model frame against the shadow.</param>
/// <param name="AgentError">Distance in pixels between the agent found in the model frame and the true agent; null when not found.</param>
/// <param name="DriftEstimate">The ground-truth-free drift estimate (<see cref="DriftEstimator"/>).</param>
/// <param name="AppliedInputs">Sequence numbers of the inputs first applied in this frame.</param>
/// <param name="SoftReset">Whether a soft reset was applied in this frame.</param>
/// <param name="LastInputSeq">
/// The highest input sequence number this frame carries: every input the session had received with this number or lower
/// (and taken from its queue) is applied in this frame or an earlier one, or was coalesced or rejected; -1 before any.
/// A browser matches its key presses to the first frame drawn with this at or past their number.
/// </param>
/// <param name="Preset">
/// The scene preset in effect for this frame: the session's starting preset, the last one switched to, or the one a
/// prompt named; a hard reset goes back to the starting one.
/// </param>
/// <param name="Prompt">
/// The prompt in effect for this frame, or null: a preset switch replaces the whole scene and drops it, and a hard reset
/// goes back to the starting prompt (if any).
/// </param>
public sealed record SessionFrame(
    long Frame, double TimeMs, double LatencyMs, string Mode, byte[] Model, int ModelSize, byte[] Truth, int Size,
    double Psnr, double Ssim, float? AgentError, double DriftEstimate, IReadOnlyList<long> AppliedInputs, bool SoftReset,
    long LastInputSeq, string Preset, string? Prompt);
