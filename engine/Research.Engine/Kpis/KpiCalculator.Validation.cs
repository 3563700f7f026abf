namespace Research.Engine.Kpis;

/// <summary>Validation: a log the figures can be trusted on.</summary>
public static partial class KpiCalculator
{
    private static void Validate(SessionLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(log.Frames, nameof(log.Frames));
        ArgumentNullException.ThrowIfNull(log.Inputs, nameof(log.Inputs));
        ArgumentNullException.ThrowIfNull(log.Ratings, nameof(log.Ratings));
        ArgumentNullException.ThrowIfNull(log.Revisits, nameof(log.Revisits));
        ArgumentNullException.ThrowIfNull(log.PromptSwitchFrames, nameof(log.PromptSwitchFrames));
        ArgumentNullException.ThrowIfNull(log.Injections, nameof(log.Injections));
        ArgumentNullException.ThrowIfNull(log.ResetTimesMs, nameof(log.ResetTimesMs));
        Require(double.IsFinite(log.EndMs) && log.EndMs >= 0, nameof(log.EndMs), $"must be finite and not negative; got {log.EndMs}");
        Require(log.DroppedFrames >= 0, nameof(log.DroppedFrames), $"must not be negative; got {log.DroppedFrames}");
        Require(double.IsFinite(log.TargetFps) && log.TargetFps > 0, nameof(log.TargetFps), $"must be positive; got {log.TargetFps}");
        ValidateFrames(log.Frames, log.EndMs);
        foreach (var input in log.Inputs)
        {
            var at = $"input {input.Seq}";
            Require(double.IsFinite(input.ReceivedMs), nameof(InputSample.ReceivedMs), $"of {at} must be finite");
            Require(input.FirstFrameMs is null || input.FirstFrameMs >= input.ReceivedMs, nameof(InputSample.FirstFrameMs), $"of {at} precedes its arrival");
            Require(input.FirstVisibleMs is null || input.FirstVisibleMs >= input.ReceivedMs, nameof(InputSample.FirstVisibleMs), $"of {at} precedes its arrival");
        }
        foreach (var rating in log.Ratings)
        {
            Require(rating.Score is >= 1 and <= 5, nameof(RatingSample.Score), $"must be from 1 to 5; got {rating.Score} at frame {rating.Frame}");
        }
        foreach (var injection in log.Injections)
        {
            Require(injection.Frame >= 1, nameof(InjectionSample.Frame), $"of an injection must be from 1; got {injection.Frame}");
        }
        foreach (var frame in log.PromptSwitchFrames)
        {
            Require(frame >= 1, nameof(log.PromptSwitchFrames), $"must be from 1; got {frame}");
        }
        var previous = 0.0;
        foreach (var reset in log.ResetTimesMs)
        {
            Require(reset >= previous && reset <= log.EndMs, nameof(log.ResetTimesMs), $"must increase from 0 to {nameof(log.EndMs)} ({log.EndMs}); got {reset} after {previous}");
            previous = reset;
        }
    }

    private static void ValidateFrames(IReadOnlyList<FrameSample> frames, double endMs)
    {
        FrameSample? previous = null;
        foreach (var frame in frames)
        {
            var at = $"frame {frame.Frame}";
            Require(frame.Frame > (previous?.Frame ?? 0), nameof(FrameSample.Frame), $"numbers must increase from 1; got {frame.Frame} after {previous?.Frame ?? 0}");
            Require(double.IsFinite(frame.TimeMs) && frame.TimeMs >= (previous?.TimeMs ?? 0) && frame.TimeMs <= endMs,
                nameof(FrameSample.TimeMs), $"must not decrease and must lie from 0 to EndMs ({endMs}); got {frame.TimeMs} at {at}");
            Require(double.IsFinite(frame.LatencyMs) && frame.LatencyMs >= 0, nameof(FrameSample.LatencyMs), $"must be finite and not negative; got {frame.LatencyMs} at {at}");
            Require(double.IsFinite(frame.Psnr), nameof(FrameSample.Psnr), $"must be finite at {at}");
            Require(double.IsFinite(frame.Ssim), nameof(FrameSample.Ssim), $"must be finite at {at}");
            Require(frame.AgentError is null || (frame.AgentError >= 0 && float.IsFinite(frame.AgentError.Value)),
                nameof(FrameSample.AgentError), $"must be finite and not negative, or null, at {at}");
            Require(double.IsFinite(frame.DriftEstimate), nameof(FrameSample.DriftEstimate), $"must be finite at {at}");
            Require(frame.MotionDelta is >= 0 and <= 255, nameof(FrameSample.MotionDelta), $"must be from 0 to 255; got {frame.MotionDelta} at {at}");
            previous = frame;
        }
    }

    private static void Require(bool condition, string field, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"{field} {problem}.", field);
        }
    }
}
