using Research.Engine.Models;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace Research.Engine.Training;

/// <summary>The loss of one batch in each phase, and held-out evaluation.</summary>
public sealed partial class Trainer
{
    private const int EvalBatch = 32;

    private double TokenizerStep(WorldModel model, TrainingData data, long step)
    {
        using var scope = NewDisposeScope();
        var frames = data.FrameBatch(config.TokenizerBatch, config.Seed, step).to(_device);
        var reconstruction = model.Tokenizer.forward(frames);
        var loss = mse_loss(reconstruction, frames) + 0.1 * l1_loss(reconstruction, frames);
        loss.backward();
        return loss.item<float>();
    }

    private double DynamicsStep(WorldModel model, TrainingData data, long step)
    {
        using var scope = NewDisposeScope();
        var (frames, actions, prompts) = data.WindowBatch(config.DynamicsBatch, config.Window, config.Seed, step);
        var latents = Encode(model, frames.to(_device));
        var batch = latents.shape[0];
        var rng = new Random(HashCode.Combine(config.Seed, step, 3));
        var unroll = rng.NextDouble() < config.UnrollProbability;
        var noise = rand(batch, device: _device) * config.ContextNoiseMax;
        var state = model.Dynamics.InitialState(batch, config.Model.LatentSize, _device);
        var memory = NoMemory(latents);
        var history = new List<Tensor> { latents[.., 0] };
        var loss = zeros(1, device: _device);
        for (var t = 1; t < config.Window; t++)
        {
            var context = LatentContext.Stack(history, config.Model.MaxContextFrames, 1 + rng.Next(config.Model.MaxContextFrames));
            var noisy = context + noise[.., TensorIndex.None, TensorIndex.None, TensorIndex.None] * randn_like(context);
            var (predicted, next) = model.Dynamics.forward(new DynamicsInput(noisy, memory, actions[.., t].to(_device), prompts[.., t].to(_device), noise), state);
            state = next;
            var target = latents[.., t];
            loss = loss + mse_loss(predicted, target);
            if (config.RefinerNoiseMax > 0)
            {
                var level = 0.02f + rand(batch, device: _device) * (config.RefinerNoiseMax - 0.02f);
                var corrupted = target + level[.., TensorIndex.None, TensorIndex.None, TensorIndex.None] * randn_like(target);
                loss = loss + mse_loss(model.Refiner.forward(corrupted, state.detach(), level), target);
            }
            history.Add(unroll && t >= 2 ? predicted : target);
            if (unroll && t % config.TruncateEvery == 0)
            {
                history = [.. history.Select(h => h.detach())];
                state = state.detach();
            }
        }
        loss = loss / (config.Window - 1);
        loss.backward();
        return loss.item<float>();
    }

    /// <summary>Held-out figures: tokenizer PSNR, teacher-forced next-frame PSNR, and PSNR after a short free rollout.</summary>
    private void Evaluate(WorldModel model, TrainingData data)
    {
        model.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var frames = data.FrameBatch(EvalBatch, config.Seed, 0, heldOut: true).to(_device);
        _evaluation["tokenizer_psnr"] = Psnr(model.Tokenizer.forward(frames), frames);

        var (windows, actions, prompts) = data.WindowBatch(EvalBatch / 2, config.Window, config.Seed, 0, heldOut: true);
        windows = windows.to(_device);
        var latents = Encode(model, windows);
        var batch = latents.shape[0];
        var noise = zeros(batch, device: _device);
        var memory = NoMemory(latents);
        var forcedState = model.Dynamics.InitialState(batch, config.Model.LatentSize, _device);
        var freeState = forcedState;
        var forced = new List<Tensor> { latents[.., 0] };
        var free = new List<Tensor> { latents[.., 0] };
        double forcedPsnr = 0;
        Tensor? freeFrame = null;
        for (var t = 1; t < config.Window; t++)
        {
            var input = new DynamicsInput(LatentContext.Stack(forced, config.Model.MaxContextFrames, config.Model.MaxContextFrames), memory, actions[.., t].to(_device), prompts[.., t].to(_device), noise);
            (var predicted, forcedState) = model.Dynamics.forward(input, forcedState);
            forcedPsnr += Psnr(model.Tokenizer.Decode(predicted), windows[.., t]);
            forced.Add(latents[.., t]);

            var freeInput = input with { Context = LatentContext.Stack(free, config.Model.MaxContextFrames, config.Model.MaxContextFrames) };
            (var own, freeState) = model.Dynamics.forward(freeInput, freeState);
            free.Add(own.clamp(-1, 1));
            freeFrame = model.Tokenizer.Decode(free[^1]);
        }
        _evaluation["next_frame_psnr"] = forcedPsnr / (config.Window - 1);
        _evaluation[$"rollout_{config.Window - 1}_psnr"] = Psnr(freeFrame!, windows[.., config.Window - 1]);
    }

    private Tensor Encode(WorldModel model, Tensor windows)
    {
        using var noGrad = no_grad();
        var (b, t) = (windows.shape[0], windows.shape[1]);
        var latents = model.Tokenizer.Encode(windows.flatten(0, 1));
        return latents.view(b, t, latents.shape[1], latents.shape[2], latents.shape[3]);
    }

    private Tensor NoMemory(Tensor latents) =>
        zeros(latents.shape[0], config.Model.LatentChannels + 1, config.Model.LatentSize, config.Model.LatentSize, device: _device);

    /// <summary>Mean per-frame PSNR in dB of images in [0, 1].</summary>
    internal static double Psnr(Tensor predicted, Tensor target)
    {
        using var scope = NewDisposeScope();
        var mse = (predicted.clamp(0, 1) - target).square().mean([1, 2, 3]).clamp_min(1e-10);
        return (-10 * mse.log10()).mean().item<float>();
    }
}
