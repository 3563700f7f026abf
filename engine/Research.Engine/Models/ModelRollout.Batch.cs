using Research.Engine.Compute;
using Research.Engine.World;
using static TorchSharp.torch;

namespace Research.Engine.Models;

// The step pipeline (predict motion, move the pose, read memory, correct, write memory), shared by Step (a batch of one) and StepBatch.
public sealed partial class ModelRollout
{
    /// <summary>
    /// Advances several rollouts of the same model by one frame in one forward pass; each keeps its own mode, pose,
    /// memory and frames. Returns one RGB frame per rollout, of that rollout's <see cref="OutputSize"/>. When the model
    /// computes a non-finite value no rollout changes and an <see cref="ArithmeticException"/> is thrown.
    /// </summary>
    public static IReadOnlyList<byte[]> StepBatch(IReadOnlyList<ModelRollout> rollouts, IReadOnlyList<AgentAction> actions, IReadOnlyList<IReadOnlyList<int>> promptTokens)
    {
        Validate(rollouts, actions, promptTokens);
        if (rollouts.Count == 0)
        {
            return [];
        }
        Compute.ComputeThreads.Apply();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var model = rollouts[0]._model;
        var device = rollouts[0]._device;
        var features = new float[rollouts.Count * MotionTracker.FeatureCount];
        for (var i = 0; i < rollouts.Count; i++)
        {
            rollouts[i]._tracker!.Features(actions[i], features.AsSpan(i * MotionTracker.FeatureCount, MotionTracker.FeatureCount));
        }
        var moves = model.Motion.forward(tensor(features, [rollouts.Count, MotionTracker.FeatureCount]).to(device)).cpu().data<float>().ToArray();
        var trackers = new MotionTracker[rollouts.Count];
        var inputs = new StepInput[rollouts.Count];
        for (var i = 0; i < rollouts.Count; i++)
        {
            trackers[i] = rollouts[i]._tracker!.Clone();
            inputs[i] = rollouts[i].Prepare(trackers[i], actions[i], moves.AsSpan(4 * i, 4), promptTokens[i]);
        }
        var (frames, aligned) = model.Step(new StepInput(
            Join(inputs.Select(x => x.Previous)), Join(inputs.Select(x => x.Older)), Join(inputs.Select(x => x.CameraShift)),
            Join(inputs.Select(x => x.Memory)), model.Spots(Join(inputs.Select(x => x.Spots))), Join(inputs.Select(x => x.Actions)),
            Join(inputs.Select(x => x.Prompt)), Join(inputs.Select(x => x.NoiseLevel))));
        if (!isfinite(frames).all().item<bool>())
        {
            throw new ArithmeticException($"The world model computed a non-finite frame at frame {rollouts[0].Frame + 1}; the rollouts are left as they were.");
        }
        var rows = Rows(rollouts, r => r.Mode.Upsample);
        var large = rows.Length > 0 ? model.Upsampler.forward(Select(frames, rows)) : null;
        var rgb = new byte[rollouts.Count][];
        for (int i = 0, upsampled = 0; i < rollouts.Count; i++)
        {
            var frame = frames.narrow(0, i, 1);
            rollouts[i].Finish(trackers[i], frame, aligned.narrow(0, i, 1));
            rgb[i] = ToRgb(rollouts[i].Mode.Upsample ? large!.narrow(0, upsampled++, 1) : frame);
        }
        return rgb;
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
            if (rollout._previous is null)
            {
                throw new InvalidOperationException($"Start the rollout from a frame first (rollouts[{i}] was not started).");
            }
        }
    }

    private StepInput Prepare(MotionTracker tracker, AgentAction action, ReadOnlySpan<float> move, IReadOnlyList<int> promptTokens)
    {
        var scale = Size / (float)WorldOptions.ViewSize;
        var (cameraX, cameraY) = (tracker.CameraX, tracker.CameraY);
        var (agentX, agentY) = (tracker.AgentX, tracker.AgentY);
        tracker.Advance(action, move[0], move[1], move[2], move[3], snap: true);
        var shift = tensor(new[] { (tracker.CameraX - cameraX) * scale, (tracker.CameraY - cameraY) * scale }, [1, 2]).to(_device);
        var span = Mode.MemoryFrames;
        _memory!.Read(_memoryView, tracker.CameraX, tracker.CameraY, Frame + 1, span);
        var memory = tensor(_memoryView, [1, 4, Size, Size]).to(_device);
        var (x, y) = tracker.AgentInView(Size);
        var spots = WorldModel.SpotPoints([(x, y, tracker.FacingX, tracker.FacingY, (agentX - tracker.CameraX) * scale, (agentY - tracker.CameraY) * scale)], Size, _device);
        var older = Mode.ContextFrames >= 2 && _model.Config.MaxContextFrames >= 2 ? _older! : _previous!;
        using var generator = new Generator(unchecked(++_noiseSeed + 0x9E3779B97F4A7C15UL * (ulong)Frame));
        var noise = Mode.ContextNoise;
        var level = Scalars.Constant(noise);
        var previous = noise > 0 ? Scalars.ClampUnit(_previous!.Plus(level * randn(_previous!.shape, generator: generator).to(_device))) : _previous!;
        var olderNoisy = noise > 0 ? Scalars.ClampUnit(older.Plus(level * randn(older.shape, generator: generator).to(_device))) : older;
        return new StepInput(previous, olderNoisy, shift, memory, spots, tensor(new long[] { (long)action }, device: _device), Tokens(promptTokens), full(1, level, device: _device));
    }

    private void Finish(MotionTracker tracker, Tensor frame, Tensor aligned)
    {
        _tracker = tracker;
        Frame++;
        Remember(frame);
        _previous!.Dispose();
        _older!.Dispose();
        _previous = frame.clone().MoveToOuterDisposeScope();
        _older = aligned.clone().MoveToOuterDisposeScope();
    }

    private static long[] Rows(IReadOnlyList<ModelRollout> rollouts, Func<ModelRollout, bool> predicate) =>
        [.. Enumerable.Range(0, rollouts.Count).Where(i => predicate(rollouts[i])).Select(i => (long)i)];

    private static Tensor Select(Tensor batch, long[] rows) =>
        rows.Length == batch.shape[0] ? batch : batch.index_select(0, tensor(rows, device: batch.device));

    private static Tensor Join(IEnumerable<Tensor> parts)
    {
        var list = parts.ToList();
        return list.Count == 1 ? list[0] : cat(list, 0);
    }
}
