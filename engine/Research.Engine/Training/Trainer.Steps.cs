using Research.Engine.Compute;
using Research.Engine.Models;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace Research.Engine.Training;

// The step of each phase, and the held-out evaluation; one window runner serves training and evaluation.
public sealed partial class Trainer
{
    private const int EvalBatch = 8;
    private const int EvalSteps = 30;

    private double UpsamplerStep(WorldModel model, TrainingData data, long step)
    {
        using var scope = NewDisposeScope();
        var (small, large) = _upsamplerData!.Batch(config.UpsamplerBatch, config.Seed, step);
        var target = large.to(_device);
        var output = model.Upsampler.forward(small.to(_device));
        var loss = mse_loss(output, target).Plus(l1_loss(output, target) * Scalars.Constant(0.1));
        loss.backward();
        return loss.item<float>();
    }

    private double MotionStep(WorldModel model, TrainingData data, long step)
    {
        using var scope = NewDisposeScope();
        var (features, moves) = _motionData!.Batch(config.MotionBatch, config.Seed, step);
        var loss = mse_loss(model.Motion.forward(features.to(_device)), moves.to(_device));
        loss.backward();
        return loss.item<float>();
    }

    private double DynamicsStep(WorldModel model, TrainingData data, long step)
    {
        using var scope = NewDisposeScope();
        var random = TrainingData.BatchRandom(config.Seed, step, false, 3);
        var windows = data.WindowBatch(config.DynamicsBatch, config.Window, config.Seed, step, config.AgentWeight, config.ObjectWeight);
        var plan = new WindowPlan(
            Unroll: random.NextDouble() < config.UnrollProbability,
            Single: random.NextDouble() < config.SingleFrameProbability,
            Remembers: [.. Enumerable.Range(0, config.DynamicsBatch).Select(_ => random.NextDouble() >= config.MemoryDropout)],
            NoiseLevels: [.. Enumerable.Range(0, config.DynamicsBatch).Select(_ => (float)(random.NextDouble() * config.ContextNoiseMax))]);
        var (image, motion) = RunWindow(model, windows, plan, config.Window, null);
        var loss = image.Plus(motion * Scalars.Constant(config.MotionWeight));
        loss.backward();
        return loss.item<float>();
    }

    /// <summary>
    /// Runs the model over a batch of windows from their context frames, the way a session does: motion predicted
    /// from the model's own pose, the camera move applied by the warp, the memory read and written at that pose.
    /// Returns the mean weighted image loss and the mean motion loss over the steps.
    /// </summary>
    private (Tensor Image, Tensor Motion) RunWindow(WorldModel model, TrainingWindows windows, WindowPlan plan, int steps, Action<int, Tensor>? observe)
    {
        var frames = windows.Frames.to(_device);
        var weights = windows.Weights.to(_device);
        var moves = windows.Moves.to(_device);
        var batch = (int)frames.shape[0];
        var size = (int)frames.shape[3];
        var scale = size / (float)World.WorldOptions.ViewSize;
        var noiseLevels = tensor(plan.NoiseLevels).to(_device);
        Tensor Noisy(Tensor x) => plan.NoiseLevels.Any(l => l > 0) ? Scalars.ClampUnit(x.Plus(noiseLevels.view(-1, 1, 1, 1) * randn_like(x))) : x;
        var (aligned0, _) = FrameWarp.Shift(frames[.., 0], moves[.., 1, 2..4] * Scalars.Constant(scale));
        var previous = Noisy(frames[.., 1]);
        var older = plan.Single ? previous : Noisy(aligned0);
        var features = new float[batch * MotionTracker.FeatureCount];
        var corrections = new float[batch * 2];
        var memory = new float[batch * 4 * size * size];
        var spots = new (float, float, int, int, float, float)[batch];
        var actions = new long[batch];
        var imageLoss = zeros(1, device: _device);
        var motionLoss = zeros(1, device: _device);
        for (var k = 0; k < steps; k++)
        {
            var t = k + 2;
            for (var b = 0; b < batch; b++)
            {
                actions[b] = (long)windows.Actions[b, t];
                windows.Trackers[b].Features(windows.Actions[b, t], features.AsSpan(b * MotionTracker.FeatureCount, MotionTracker.FeatureCount));
            }
            var predicted = model.Motion.forward(tensor(features, [batch, MotionTracker.FeatureCount]).to(_device));
            motionLoss = motionLoss.Plus(smooth_l1_loss(predicted, moves[.., t]));
            var values = predicted.detach().cpu().data<float>().ToArray();
            for (var b = 0; b < batch; b++)
            {
                var tracker = windows.Trackers[b];
                var (cameraX, cameraY, agentX, agentY) = (tracker.CameraX, tracker.CameraY, tracker.AgentX, tracker.AgentY);
                tracker.Advance(windows.Actions[b, t], values[4 * b], values[4 * b + 1], values[4 * b + 2], values[4 * b + 3], snap: false);
                // The world's edge stops the camera; the warp applies the move the pose actually made, with the predictor's gradient.
                corrections[2 * b] = (tracker.CameraX - cameraX - values[4 * b + 2]) * scale;
                corrections[2 * b + 1] = (tracker.CameraY - cameraY - values[4 * b + 3]) * scale;
                windows.Memories[b].Read(memory.AsSpan(b * 4 * size * size, 4 * size * size), tracker.CameraX, tracker.CameraY, long.MaxValue - 1, plan.Remembers[b] ? long.MaxValue : 0);
                var (x, y) = tracker.AgentInView(size);
                spots[b] = (x, y, tracker.FacingX, tracker.FacingY, (agentX - tracker.CameraX) * scale, (agentY - tracker.CameraY) * scale);
            }
            // The motion learns from the true moves only: the image loss's gradient through the warp, summed over
            // unrolled steps, swamped the motion loss and drove the predictor away (measured: loss 0.03 to 219 in 200 steps).
            var shift = (predicted.detach()[.., 2..4] * Scalars.Constant(scale)).Plus(tensor(corrections, [batch, 2]).to(_device));
            var (frame, alignedPrevious) = model.Step(new StepInput(
                previous, older, shift, tensor(memory, [batch, 4, size, size]).to(_device),
                model.Spots(WorldModel.SpotPoints(spots, size, _device)), tensor(actions, device: _device),
                windows.Prompts[.., t].to(_device), noiseLevels));
            var target = frames[.., t];
            var weight = weights[.., t];
            imageLoss = imageLoss.Plus((weight * (frame - target).Squared()).sum() / (weight.sum() * Scalars.Constant(3)));
            observe?.Invoke(k, frame);
            var shown = plan.Unroll ? frame : target;
            Remember(windows, shown.detach(), size, scale);
            var cut = (k + 1) % config.TruncateEvery == 0;
            previous = Noisy(plan.Unroll && !cut ? frame : shown.detach());
            older = plan.Single ? previous : (plan.Unroll && !cut ? alignedPrevious : alignedPrevious.detach());
        }
        return (imageLoss / Scalars.Constant(steps), motionLoss / Scalars.Constant(steps));
    }

    private static void Remember(TrainingWindows windows, Tensor frames, int size, float scale)
    {
        var values = frames.cpu().contiguous().data<float>().ToArray();
        var length = 3 * size * size;
        for (var b = 0; b < windows.Trackers.Length; b++)
        {
            var tracker = windows.Trackers[b];
            var (x, y) = tracker.AgentInView(size);
            windows.Memories[b].Write(values.AsSpan(b * length, length), tracker.CameraX, tracker.CameraY, 0, x, y);
        }
    }

    private void Evaluate(WorldModel model, TrainingData data)
    {
        model.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var steps = Math.Min(EvalSteps, config.Dataset.FramesPerEpisode - 2);
        var windows = data.WindowBatch(EvalBatch, steps, config.Seed, 0, 0, 0, heldOut: true);
        var truth = windows.Frames.to(_device);
        var psnr = new double[steps];
        var plan = new WindowPlan(true, false, [.. Enumerable.Repeat(true, EvalBatch)], new float[EvalBatch]);
        var (_, motion) = RunWindow(model, windows, plan, steps, (k, frame) => psnr[k] = Psnr(frame, truth[.., k + 2]));
        _evaluation["next_frame_psnr"] = psnr[0];
        _evaluation[$"rollout_{steps}_psnr"] = psnr[^1];
        _evaluation["motion_loss"] = motion.item<float>();
        if (_upsamplerData is not null)
        {
            var (small, large) = _upsamplerData.Batch(32, config.Seed, 0, heldOut: true);
            var target = large.to(_device);
            var input = small.to(_device);
            var size = target.shape[2];
            _evaluation["upsampler_psnr"] = Psnr(model.Upsampler.forward(input), target);
            _evaluation["bilinear_psnr"] = Psnr(interpolate(input, [size, size], mode: InterpolationMode.Bilinear, align_corners: false), target);
        }
    }

    /// <summary>Mean per-frame PSNR in dB of images in [0, 1].</summary>
    internal static double Psnr(Tensor predicted, Tensor target)
    {
        using var scope = NewDisposeScope();
        var mse = (Scalars.ClampUnit(predicted) - target).Squared().mean([1, 2, 3]).clamp_min(Scalars.Constant(1e-10));
        return (mse.log10() * Scalars.Constant(-10)).mean().item<float>();
    }

    /// <summary>How one batch of windows is run.</summary>
    /// <param name="Unroll">Context after the first step is the model's own output.</param>
    /// <param name="Single">The older context frame is the newest again (the fast mode).</param>
    /// <param name="Remembers">Per window, whether the memory is read.</param>
    /// <param name="NoiseLevels">Per window, the context-noise level (also given to the model).</param>
    private sealed record WindowPlan(bool Unroll, bool Single, bool[] Remembers, float[] NoiseLevels);
}
