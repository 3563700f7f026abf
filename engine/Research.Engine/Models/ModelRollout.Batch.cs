using Research.Engine.World;
using static TorchSharp.torch;

namespace Research.Engine.Models;

// The step pipeline (prepare inputs, forward, finish, decode), shared by Step (a batch of one) and StepBatch.
public sealed partial class ModelRollout
{
    /// <summary>
    /// Advances every rollout by one frame, as <c>rollouts[i].Step(actions[i], promptTokens[i])</c> would, but runs
    /// the dynamics, refiner, decoder and upsampler once for the whole batch; returns each rollout's RGB frame of
    /// its <see cref="OutputSize"/>, in order.
    /// </summary>
    /// <remarks>
    /// Rollouts may be in different modes. Context frames, context noise and memory change only the values fed
    /// in, so the dynamics and the decoder always run on the whole batch; refinement step k runs on the rollouts
    /// with more than k steps and the upsampler on those that upsample. Each rollout keeps its own noise seed, so
    /// frames match individual steps up to float rounding in batched kernels (at most one level per byte).
    /// </remarks>
    /// <exception cref="ArgumentException">The lists differ in length, or a rollout runs another model or device than the first, or appears twice.</exception>
    /// <exception cref="InvalidOperationException">A rollout was not started; no rollout is advanced.</exception>
    public static IReadOnlyList<byte[]> StepBatch(IReadOnlyList<ModelRollout> rollouts, IReadOnlyList<AgentAction> actions, IReadOnlyList<IReadOnlyList<int>> promptTokens)
    {
        Validate(rollouts, actions, promptTokens);
        if (rollouts.Count == 0)
        {
            return [];
        }
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var inputs = new DynamicsInput[rollouts.Count];
        for (var i = 0; i < rollouts.Count; i++)
        {
            inputs[i] = rollouts[i].Prepare(actions[i], promptTokens[i]);
        }
        var (latent, state) = Forward(rollouts, inputs);
        // One device-to-host copy for the whole batch; each rollout's memory reads its slice.
        var latents = latent.cpu().data<float>().ToArray();
        var length = latents.Length / rollouts.Count;
        for (var i = 0; i < rollouts.Count; i++)
        {
            rollouts[i].Finish(latent.narrow(0, i, 1), state.narrow(0, i, 1), latents.AsSpan(i * length, length));
        }
        return Decode(rollouts, latent);
    }

    private static void Validate(IReadOnlyList<ModelRollout> rollouts, IReadOnlyList<AgentAction> actions, IReadOnlyList<IReadOnlyList<int>> promptTokens)
    {
        ArgumentNullException.ThrowIfNull(rollouts);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(promptTokens);
        if (actions.Count != rollouts.Count)
        {
            throw new ArgumentException($"{rollouts.Count} rollouts need {rollouts.Count} actions, not {actions.Count}.", nameof(actions));
        }
        if (promptTokens.Count != rollouts.Count)
        {
            throw new ArgumentException($"{rollouts.Count} rollouts need {rollouts.Count} prompts, not {promptTokens.Count}.", nameof(promptTokens));
        }
        for (var i = 0; i < rollouts.Count; i++)
        {
            var rollout = rollouts[i] ?? throw new ArgumentException($"rollouts[{i}] is null.", nameof(rollouts));
            var first = rollouts[0];
            if (!ReferenceEquals(rollout._model, first._model))
            {
                throw new ArgumentException($"rollouts[{i}] runs another WorldModel than rollouts[0]; a batch shares one model.", nameof(rollouts));
            }
            if (rollout._device.type != first._device.type || rollout._device.index != first._device.index)
            {
                throw new ArgumentException($"rollouts[{i}] runs on {rollout._device}, rollouts[0] on {first._device}; a batch runs on one device.", nameof(rollouts));
            }
            // Quadratic, but batches are a handful of sessions and this allocates nothing on the per-frame path.
            for (var j = 0; j < i; j++)
            {
                if (ReferenceEquals(rollouts[j], rollout))
                {
                    throw new ArgumentException($"rollouts[{i}] is rollouts[{j}] again; a rollout advances once per step.", nameof(rollouts));
                }
            }
            if (rollout._state is null || rollout._memory is null)
            {
                throw new InvalidOperationException($"Start the rollout from a frame first (rollouts[{i}] was not started).");
            }
        }
    }

    /// <summary>Moves the pose and frame on and builds this rollout's dynamics input (batch of one), noised with its own seed.</summary>
    private DynamicsInput Prepare(AgentAction action, IReadOnlyList<int> promptTokens)
    {
        var config = _model.Config;
        Pose = Pose.Step(action);
        Frame++;
        var used = Math.Clamp(Mode.ContextFrames, 1, config.MaxContextFrames);
        var context = LatentContext.Stack(_history, config.MaxContextFrames, used);
        using var generator = new Generator(++_noiseSeed);
        var noisy = context + Mode.ContextNoise * randn(context.shape, generator: generator).to(_device);
        return new DynamicsInput(noisy, ReadMemory(), tensor(new long[] { (long)action }, device: _device), Tokens(promptTokens), full(1, Mode.ContextNoise, device: _device));
    }

    /// <summary>Dynamics on the whole batch, then each refinement step on the rollouts that take it; the clamped latents and the new states.</summary>
    private static (Tensor Latent, Tensor State) Forward(IReadOnlyList<ModelRollout> rollouts, DynamicsInput[] inputs)
    {
        var model = rollouts[0]._model;
        var device = rollouts[0]._device;
        var input = new DynamicsInput(
            Join(inputs.Select(x => x.Context)), Join(inputs.Select(x => x.Memory)), Join(inputs.Select(x => x.Actions)),
            Join(inputs.Select(x => x.Prompt)), Join(inputs.Select(x => x.NoiseLevel)));
        var (latent, state) = model.Dynamics.forward(input, Join(rollouts.Select(r => r._state!)));
        // Step k's level does not depend on how many steps follow, so the longest schedule serves every rollout.
        var levels = LatentRefiner.Schedule(rollouts.Max(r => r.Mode.RefineSteps));
        for (var k = 0; k < levels.Length; k++)
        {
            var rows = Rows(rollouts, r => r.Mode.RefineSteps > k);
            var level = levels[k];
            latent = OnRows(latent, rows, part => model.Refiner.forward(part, Select(state, rows), full(part.shape[0], level, device: device)));
        }
        return (latent.clamp(-1, 1), state);
    }

    /// <summary>Keeps the new state and latent (views into the batch) and writes the latent to the memory.</summary>
    private void Finish(Tensor latent, Tensor state, ReadOnlySpan<float> latentValues)
    {
        _memory!.Write(latentValues, Pose.Camera(), Frame);
        _state!.Dispose();
        _state = state.MoveToOuterDisposeScope();
        _history.Add(latent.MoveToOuterDisposeScope());
        while (_history.Count > _model.Config.MaxContextFrames)
        {
            _history[0].Dispose();
            _history.RemoveAt(0);
        }
    }

    /// <summary>Decodes the whole batch at the base size, upsamples the rollouts that upsample, and converts each frame to RGB bytes.</summary>
    private static byte[][] Decode(IReadOnlyList<ModelRollout> rollouts, Tensor latent)
    {
        var model = rollouts[0]._model;
        var frames = model.Tokenizer.Decode(latent);
        var rows = Rows(rollouts, r => r.Mode.Upsample);
        var large = rows.Length > 0 ? model.Upsampler.forward(Select(frames, rows)) : null;
        var rgb = new byte[rollouts.Count][];
        for (int i = 0, upsampled = 0; i < rollouts.Count; i++)
        {
            rgb[i] = ToRgb(rollouts[i].Mode.Upsample ? large!.narrow(0, upsampled++, 1) : frames.narrow(0, i, 1));
        }
        return rgb;
    }

    /// <summary>Indices of the rollouts that satisfy <paramref name="predicate"/>, in batch order.</summary>
    private static long[] Rows(IReadOnlyList<ModelRollout> rollouts, Func<ModelRollout, bool> predicate) =>
        [.. Enumerable.Range(0, rollouts.Count).Where(i => predicate(rollouts[i])).Select(i => (long)i)];

    /// <summary>The batch rows <paramref name="rows"/>; the batch itself (no copy) when they are all of it.</summary>
    private static Tensor Select(Tensor batch, long[] rows) =>
        rows.Length == batch.shape[0] ? batch : batch.index_select(0, tensor(rows, device: batch.device));

    /// <summary>The batch with rows <paramref name="rows"/> replaced by <paramref name="update"/> of them.</summary>
    private static Tensor OnRows(Tensor batch, long[] rows, Func<Tensor, Tensor> update) =>
        rows.Length == batch.shape[0] ? update(batch) : batch.index_copy(0, tensor(rows, device: batch.device), update(Select(batch, rows)));

    /// <summary>Concatenates batches of one on the batch dimension; a single one is returned as is (no copy).</summary>
    private static Tensor Join(IEnumerable<Tensor> parts)
    {
        var list = parts.ToList();
        return list.Count == 1 ? list[0] : cat(list, 0);
    }
}
