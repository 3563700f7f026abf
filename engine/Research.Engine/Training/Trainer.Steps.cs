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

    private double UpsamplerStep(WorldModel model, TrainingData data, long step)
    {
        using var scope = NewDisposeScope();
        var (small, large) = _upsamplerData!.Batch(config.UpsamplerBatch, config.Seed, step);
        Tensor decoded;
        using (no_grad())
        {
            // The quality mode upsamples decoded frames, so it learns on the tokenizer's reconstructions.
            decoded = model.Tokenizer.forward(small.to(_device));
        }
        var target = large.to(_device);
        var output = model.Upsampler.forward(decoded);
        var loss = mse_loss(output, target) + 0.1 * l1_loss(output, target);
        loss.backward();
        return loss.item<float>();
    }

    private void EncodeLatents(WorldModel model, TrainingData data)
    {
        if (data.HasLatents)
        {
            return;
        }
        model.eval();
        using var noGrad = no_grad();
        data.EncodeLatents(frames => model.Tokenizer.Encode(frames.to(_device)));
    }

    private double DynamicsStep(WorldModel model, TrainingData data, long step)
    {
        using var scope = NewDisposeScope();
        var windows = data.WindowBatch(config.DynamicsBatch, config.Window, config.Seed, step);
        var latents = windows.Latents!.to(_device);
        var batch = latents.shape[0];
        var rng = TrainingData.BatchRandom(config.Seed, step, false, 3);
        var unroll = rng.NextDouble() < config.UnrollProbability;
        var remembers = Enumerable.Range(0, (int)batch).Select(_ => rng.NextDouble() >= config.MemoryDropout).ToArray();
        var noise = rand(batch, device: _device) * config.ContextNoiseMax;
        var state = model.Dynamics.InitialState(batch, config.Model.LatentSize, _device);
        var history = new List<Tensor> { latents[.., 0] };
        var loss = zeros(1, device: _device);
        for (var t = 1; t < config.Window; t++)
        {
            var context = LatentContext.Stack(history, config.Model.MaxContextFrames, 1 + rng.Next(config.Model.MaxContextFrames));
            var noisy = context + noise[.., TensorIndex.None, TensorIndex.None, TensorIndex.None] * randn_like(context);
            var memory = ReadMemory(windows, t, remembers);
            var (predicted, next) = model.Dynamics.forward(new DynamicsInput(noisy, memory, windows.Actions[.., t].to(_device), windows.Prompts[.., t].to(_device), noise), state);
            state = next;
            var target = latents[.., t];
            loss = loss + mse_loss(predicted, target);
            if (config.RefinerNoiseMax > 0)
            {
                var level = 0.02f + rand(batch, device: _device) * (config.RefinerNoiseMax - 0.02f);
                var corrupted = target + level[.., TensorIndex.None, TensorIndex.None, TensorIndex.None] * randn_like(target);
                loss = loss + mse_loss(model.Refiner.forward(corrupted, state.detach(), level), target);
            }
            var seen = unroll && t >= 2 ? predicted : target;
            history.Add(seen);
            WriteMemory(windows, t, seen);
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
        if (!data.HasLatents)
        {
            return;
        }
        var windows = data.WindowBatch(EvalBatch / 2, config.Window, config.Seed, 0, heldOut: true, withFrames: true);
        var truth = windows.Frames!.to(_device);
        var latents = windows.Latents!.to(_device);
        var batch = latents.shape[0];
        var noise = zeros(batch, device: _device);
        var remembers = Enumerable.Repeat(true, (int)batch).ToArray();
        var forcedState = model.Dynamics.InitialState(batch, config.Model.LatentSize, _device);
        var freeState = forcedState;
        var forced = new List<Tensor> { latents[.., 0] };
        var free = new List<Tensor> { latents[.., 0] };
        double forcedPsnr = 0;
        Tensor? freeFrame = null;
        for (var t = 1; t < config.Window; t++)
        {
            // Teacher forcing and the free rollout share the memory of the episode before the window.
            var memory = ReadMemory(windows, t, remembers);
            var input = new DynamicsInput(LatentContext.Stack(forced, config.Model.MaxContextFrames, config.Model.MaxContextFrames), memory, windows.Actions[.., t].to(_device), windows.Prompts[.., t].to(_device), noise);
            (var predicted, forcedState) = model.Dynamics.forward(input, forcedState);
            forcedPsnr += Psnr(model.Tokenizer.Decode(predicted), truth[.., t]);
            forced.Add(latents[.., t]);

            var freeInput = input with { Context = LatentContext.Stack(free, config.Model.MaxContextFrames, config.Model.MaxContextFrames) };
            (var own, freeState) = model.Dynamics.forward(freeInput, freeState);
            free.Add(own.clamp(-1, 1));
            WriteMemory(windows, t, free[^1]);
            freeFrame = model.Tokenizer.Decode(free[^1]);
        }
        _evaluation["next_frame_psnr"] = forcedPsnr / (config.Window - 1);
        _evaluation[$"rollout_{config.Window - 1}_psnr"] = Psnr(freeFrame!, truth[.., config.Window - 1]);
        if (_upsamplerData is not null)
        {
            var (small, large) = _upsamplerData.Batch(EvalBatch, config.Seed, 0, heldOut: true);
            var decoded = model.Tokenizer.forward(small.to(_device));
            var target = large.to(_device);
            var size = target.shape[2];
            _evaluation["upsampler_psnr"] = Psnr(model.Upsampler.forward(decoded), target);
            _evaluation["bilinear_psnr"] = Psnr(interpolate(decoded, [size, size], mode: InterpolationMode.Bilinear, align_corners: false), target);
        }
    }

    /// <summary>Each window's memory read at frame <paramref name="t"/>'s view: (B, C+1, L, L); zeros where <paramref name="remembers"/> is false.</summary>
    private Tensor ReadMemory(TrainingWindows windows, int t, bool[] remembers)
    {
        var size = config.Model.LatentSize;
        var length = (config.Model.LatentChannels + 1) * size * size;
        var values = new float[windows.Memories.Length * length];
        for (var b = 0; b < windows.Memories.Length; b++)
        {
            if (remembers[b])
            {
                windows.Memories[b]!.Read(values.AsSpan(b * length, length), windows.Cameras[b, t], windows.Starts[b] + t, long.MaxValue);
            }
        }
        return tensor(values, [windows.Memories.Length, config.Model.LatentChannels + 1, size, size]).to(_device);
    }

    /// <summary>Writes the latents (B, C, L, L) that stand for frame <paramref name="t"/> into each window's memory.</summary>
    private static void WriteMemory(TrainingWindows windows, int t, Tensor latents)
    {
        var values = latents.detach().cpu().contiguous().data<float>().ToArray();
        var length = values.Length / windows.Memories.Length;
        for (var b = 0; b < windows.Memories.Length; b++)
        {
            windows.Memories[b]!.Write(values.AsSpan(b * length, length), windows.Cameras[b, t], windows.Starts[b] + t);
        }
    }

    /// <summary>Mean per-frame PSNR in dB of images in [0, 1].</summary>
    internal static double Psnr(Tensor predicted, Tensor target)
    {
        using var scope = NewDisposeScope();
        var mse = (predicted.clamp(0, 1) - target).square().mean([1, 2, 3]).clamp_min(1e-10);
        return (-10 * mse.log10()).mean().item<float>();
    }
}
