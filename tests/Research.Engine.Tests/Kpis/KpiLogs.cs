using Research.Engine.Kpis;
using Research.Engine.Metrics;

namespace Research.Engine.Tests.Kpis;

/// <summary>Small hand-made session logs: every field has a plain default, so a test spells out only what it checks.</summary>
internal static class KpiLogs
{
    /// <summary>Frame <paramref name="frame"/>, delivered at 10 ms per frame number unless told otherwise.</summary>
    public static FrameSample Frame(
        long frame, double? timeMs = null, double latencyMs = 10, double psnr = 30, double ssim = 0.9, float? agentError = 1,
        double driftEstimate = 0, double motionDelta = 1, bool softReset = false) =>
        new(frame, timeMs ?? frame * 10, latencyMs, psnr, ssim, agentError, driftEstimate, motionDelta, softReset);

    /// <summary>Frames 1, 2, ... with the given PSNRs and every other field at its default.</summary>
    public static FrameSample[] WithPsnr(params double[] psnr) => [.. psnr.Select((p, i) => Frame(i + 1, psnr: p))];

    /// <summary>An input received at <paramref name="receivedMs"/>; applied when <paramref name="appliedFrame"/> is given.</summary>
    public static InputSample Input(
        long seq, double receivedMs = 0, long? appliedFrame = null, double? firstFrameMs = null, double? firstVisibleMs = null,
        string? error = null, long? coalescedInto = null) =>
        new(seq, "action", "up", receivedMs, appliedFrame, firstFrameMs, appliedFrame, firstVisibleMs, error, coalescedInto);

    /// <summary>A log of <paramref name="frames"/> and the rest as given; EndMs defaults to the last frame's time.</summary>
    public static SessionLog Log(
        IReadOnlyList<FrameSample>? frames = null,
        IReadOnlyList<InputSample>? inputs = null,
        IReadOnlyList<RatingSample>? ratings = null,
        IReadOnlyList<RevisitScore>? revisits = null,
        IReadOnlyList<long>? promptSwitchFrames = null,
        IReadOnlyList<InjectionSample>? injections = null,
        IReadOnlyList<double>? resetTimesMs = null,
        double? endMs = null,
        long droppedFrames = 0,
        double targetFps = 30)
    {
        frames ??= [];
        return new SessionLog(
            frames, inputs ?? [], ratings ?? [], revisits ?? [], promptSwitchFrames ?? [], injections ?? [], resetTimesMs ?? [],
            endMs ?? (frames.Count == 0 ? 0 : frames[^1].TimeMs), droppedFrames, targetFps);
    }
}
