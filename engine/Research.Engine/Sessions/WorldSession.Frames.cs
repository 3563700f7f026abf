using Research.Engine.Imaging;
using Research.Engine.Kpis;
using Research.Engine.Metrics;
using Research.Engine.Models;
using Research.Engine.World;

namespace Research.Engine.Sessions;

/// <summary>The frame cycle: apply inputs (<see cref="Begin"/>), let the model step, then measure and deliver (End).</summary>
public sealed partial class WorldSession
{
    /// <summary>Applies the due inputs and steps the shadow; null when no frame is due (paused or ended).</summary>
    internal FramePlan? Begin(long deadline)
    {
        if (_disposed)
        {
            return null;
        }
        var nowMs = NowMs;
        var inputs = Drain();
        // Inputs drained now are applied now or deferred to the next generated frame, so no frame goes out before all
        // of them are in it: the watermark is safe to hand to the frames that follow.
        _lastInputSeq = inputs.Count == 0 ? _lastInputSeq : Math.Max(_lastInputSeq, inputs.Max(item => item.Seq));
        var next = Frame + 1;
        var waiting = new List<Queued>();
        foreach (var item in inputs)
        {
            if (ApplyControl(item, next, nowMs) is false)
            {
                waiting.Add(item);
            }
        }
        Interlocked.Add(ref _pending, waiting.Count - inputs.Count);
        if (Paused && _steps == 0)
        {
            _deferred.AddRange(waiting);
            return null;
        }
        Interlocked.Add(ref _pending, -waiting.Count);
        _steps = Math.Max(0, _steps - (Paused ? 1 : 0));
        var applied = new List<long>();
        var marks = new List<string>();
        var softReset = false;
        Queued? lastAction = null;
        foreach (var item in waiting)
        {
            switch (item.Input.Kind)
            {
                case InputKind.Action:
                    if (lastAction is { } earlier)
                    {
                        _trace.Coalesced(earlier.Seq, item.Seq);
                        applied.Remove(earlier.Seq);
                    }
                    (lastAction, _held) = (item, (AgentAction)item.Parsed!);
                    break;
                case InputKind.Prompt:
                    var parsed = PromptParser.Parse((string)item.Parsed!, _shadow.Scene);
                    (_shadow.Scene, _tokens, _prompt) = (parsed.Scene, parsed.Tokens, parsed.Text);
                    _log.PromptSwitches.Add(next);
                    break;
                case InputKind.Preset:
                    _shadow.Scene = ScenePresets.Get((string)item.Parsed!);
                    _tokens = PromptParser.Parse((string)item.Parsed!, ScenePresets.Default).Tokens;
                    // A preset is a whole scene: the prompt's changes are gone with it (Submit warns of this).
                    _prompt = null;
                    _log.PromptSwitches.Add(next);
                    break;
                case InputKind.Mode:
                    _rollout.Mode = (QualityMode)item.Parsed!;
                    break;
                case InputKind.Image:
                    var image = (byte[])item.Parsed!;
                    _rollout.Reanchor(image);
                    _estimator.Anchor(image, Size);
                    break;
                case InputKind.SoftReset:
                    _softResetLeft = Options.SoftResetFrames;
                    break;
                case InputKind.Inject:
                    var (target, size) = ((PerturbTarget, float))item.Parsed!;
                    _rollout.Perturb(target, size, (ulong)next);
                    _log.Injections.Add(new InjectionSample(next, target.ToString().ToLowerInvariant(), size));
                    break;
                case InputKind.Mark:
                    marks.Add((string)item.Parsed!);
                    break;
            }
            _trace.Applied(item.Seq, next);
            applied.Add(item.Seq);
        }
        if (_softResetLeft > 0)
        {
            _rollout.SoftReset(Options.SoftResetStrength);
            (softReset, _softResetLeft) = (true, _softResetLeft - 1);
        }
        _shadow.Step(_held);
        return new FramePlan(next, deadline, nowMs, _held, _tokens, applied, softReset, marks);
    }

    /// <summary>Measures the model's frame against the shadow, delivers it and hands it to the recorder.</summary>
    internal SessionFrame End(FramePlan plan, byte[] rgb, double computeMs)
    {
        var outputSize = _rollout.OutputSize;
        var model = outputSize == Size ? rgb : ImageResize.ToSquare(new RgbImage(outputSize, outputSize, rgb), Size);
        var truth = _renderer.Render(_shadow, Size);
        var fault = NumericalFault.IsFault(model, truth);
        if (fault)
        {
            // Recover from the shadow's truth: the rollout's state after a non-finite step cannot be trusted, and a soft
            // reset would blend the faulty state in. The faulty frame is still delivered and measured, honestly.
            _log.NumericalFaults.Add(plan.Frame);
            _rollout.Reanchor(truth);
            _estimator.Anchor(truth, Size);
        }
        var (_, psnr, ssim, agentError) = _drift.Add(model, truth, _shadow.Snapshot());
        var estimate = _estimator.Estimate(model, Size);
        var deadlineMs = _time.GetElapsedTime(_startTimestamp, plan.Deadline).TotalMilliseconds;
        // On a driven clock (fast replays) time stands still while a frame computes, so latency is the compute time and
        // a slow frame does not delay the next; delivery times still never run backwards.
        var latency = Math.Max(0, plan.StartedMs - deadlineMs) + computeMs;
        var delivered = Math.Max(deadlineMs + latency, _lastDeliveredMs);
        _lastDeliveredMs = delivered;
        _log.Frames.Add(new FrameSample(
            plan.Frame, delivered, latency, psnr, ssim, agentError, estimate, ImageQuality.MeanAbsoluteDifference(model, _lastModel), plan.SoftReset));
        foreach (var mark in plan.Marks)
        {
            if (_drift.Visit(mark, model, truth) is { } score)
            {
                _log.Revisits.Add(score);
            }
        }
        _trace.Delivered(plan.Applied, delivered);
        (_lastModel, Frame) = (model, plan.Frame);
        _log.Modes.Frame(_rollout.Mode.Name);
        var frame = new SessionFrame(
            plan.Frame, delivered, latency, _rollout.Mode.Name, rgb, outputSize, truth, Size, psnr, ssim, agentError, estimate, plan.Applied, plan.SoftReset,
            _lastInputSeq, _shadow.Scene.Preset, _prompt);
        _broadcaster.Publish(frame);
        Record(frame, model, fault);
        AutoReset(estimate);
        return frame;
    }
}
