using static TorchSharp.torch;

namespace Research.Engine.Models;

/// <summary>Session control on a running rollout: fork, soft re-anchoring and error injection.</summary>
public sealed partial class ModelRollout
{
    /// <summary>
    /// An independent rollout in exactly this one's state: context latents, recurrent state, memory, pose, frame
    /// count and noise seed are copied, so both give identical frames for identical inputs until they differ.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called before <see cref="Start"/>.</exception>
    public ModelRollout Fork()
    {
        RequireStarted();
        var fork = new ModelRollout(_model, Mode, _device)
        {
            Pose = Pose,
            Frame = Frame,
            _memory = _memory!.Clone(),
            _noiseSeed = _noiseSeed,
            _state = _state!.clone(),
        };
        fork._history.AddRange(_history.Select(t => t.clone()));
        return fork;
    }

    /// <summary>The newest frame decoded at <see cref="Size"/> (RGB), whatever the mode's output size.</summary>
    /// <exception cref="InvalidOperationException">Called before <see cref="Start"/>.</exception>
    public byte[] CurrentFrame()
    {
        RequireStarted();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        return ToRgb(_model.Tokenizer.Decode(_history[^1]));
    }

    /// <summary>
    /// Re-anchors on an image: the context becomes the clean latent of <paramref name="rgb"/> and the recurrent state is
    /// rebuilt from it, as at <see cref="Start"/>; the pose, the frame count and the long-term memory are kept.
    /// </summary>
    /// <exception cref="ArgumentException">The frame has the wrong number of bytes.</exception>
    /// <exception cref="InvalidOperationException">Called before <see cref="Start"/>.</exception>
    public void Reanchor(ReadOnlySpan<byte> rgb)
    {
        RequireStarted();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var latent = _model.Tokenizer.Encode(ToImage(rgb));
        Clear();
        _history.Add(latent.MoveToOuterDisposeScope());
        _state = _model.Dynamics.InitialState(1, _model.Config.LatentSize, _device).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Soft reset: every context latent moves <paramref name="strength"/> of the way (1: all the way) to its clean
    /// re-encoding (decoded to a frame and encoded again), back onto the tokenizer's manifold, while the recurrent
    /// state, the memory, the pose and the frame count are kept, so the world carries on without a visible jump.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The strength is outside (0, 1].</exception>
    /// <remarks>
    /// Resetting the recurrent state as well, as at <see cref="Start"/>, made the frame-to-frame change at the reset
    /// about twice the 99th percentile of normal motion with the default model; keeping it stays near normal motion.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Called before <see cref="Start"/>.</exception>
    public void SoftReset(float strength = 1f)
    {
        if (strength is not (> 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(strength), strength, "A soft reset's strength lies in (0, 1].");
        }
        RequireStarted();
        using var noGrad = no_grad();
        for (var i = 0; i < _history.Count; i++)
        {
            using var scope = NewDisposeScope();
            var clean = _model.Tokenizer.Encode(_model.Tokenizer.Decode(_history[i]));
            clean = (strength * clean + (1 - strength) * _history[i]).MoveToOuterDisposeScope();
            _history[i].Dispose();
            _history[i] = clean;
        }
    }

    /// <summary>
    /// Injects an error: Gaussian noise of standard deviation <paramref name="magnitude"/> into the newest context
    /// latent or into the newest decoded frame (re-encoded), drawn from <paramref name="seed"/> so it is reproducible.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The magnitude is negative or not finite.</exception>
    /// <exception cref="InvalidOperationException">Called before <see cref="Start"/>.</exception>
    public void Perturb(PerturbTarget target, float magnitude, ulong seed)
    {
        if (!float.IsFinite(magnitude) || magnitude < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(magnitude), magnitude, "The noise size must be a finite number of at least 0.");
        }
        RequireStarted();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var generator = new Generator(seed);
        var newest = _history[^1];
        var perturbed = target switch
        {
            PerturbTarget.Latent => (newest + magnitude * randn(newest.shape, generator: generator).to(_device)).clamp(-1, 1),
            PerturbTarget.Frame => PerturbFrame(newest, magnitude, generator),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "Unknown perturbation target."),
        };
        newest.Dispose();
        _history[^1] = perturbed.MoveToOuterDisposeScope();
    }

    private Tensor PerturbFrame(Tensor latent, float magnitude, Generator generator)
    {
        var frame = _model.Tokenizer.Decode(latent);
        var noisy = (frame + magnitude * randn(frame.shape, generator: generator).to(_device)).clamp(0, 1);
        return _model.Tokenizer.Encode(noisy);
    }

    private void RequireStarted()
    {
        if (_state is null || _memory is null)
        {
            throw new InvalidOperationException("Start the rollout from a frame first.");
        }
    }
}
