using TorchSharp;
using Research.Engine.Compute;
using static TorchSharp.torch;

namespace Research.Engine.Models;

// Session controls on a running rollout: fork, read the frame, re-anchor, soft reset, inject an error.
public sealed partial class ModelRollout
{
    /// <summary>An independent copy at this frame (pose, memory, frames and noise stream), sharing the weights.</summary>
    public ModelRollout Fork()
    {
        RequireStarted();
        return new ModelRollout(_model, Mode, _device)
        {
            Frame = Frame,
            _tracker = _tracker!.Clone(),
            _memory = _memory!.Clone(),
            _noiseSeed = _noiseSeed,
            _previous = _previous!.clone(),
            _older = _older!.clone(),
        };
    }

    /// <summary>The frame last shown, at the model's size.</summary>
    public byte[] CurrentFrame()
    {
        RequireStarted();
        using var scope = NewDisposeScope();
        return ToRgb(_previous!);
    }

    /// <summary>
    /// Re-anchors on a given frame (for example the ground truth's): it becomes the context and is written into the
    /// memory at the model's pose; the pose and the rest of the memory are kept.
    /// </summary>
    public void Reanchor(ReadOnlySpan<byte> rgb)
    {
        RequireStarted();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var image = ToImage(rgb);
        Remember(image);
        Clear();
        _previous = image.MoveToOuterDisposeScope();
        _older = _previous.clone().MoveToOuterDisposeScope();
    }

    /// <summary>
    /// A soft reset: the older context frame is pulled towards the newest by <paramref name="strength"/> (1 drops the
    /// motion history the model may have got wrong) and the newest frame is written into the memory again, so what the
    /// model shows now is what it will find when it comes back. Pose and frame count are kept.
    /// </summary>
    public void SoftReset(float strength = 1f)
    {
        if (strength is not (> 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(strength), strength, "A soft reset's strength lies in (0, 1].");
        }
        RequireStarted();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        using var keep = strength.ToScalar();
        using var fade = (1 - strength).ToScalar();
        var older = (_previous! * keep).Plus(_older! * fade).MoveToOuterDisposeScope();
        _older!.Dispose();
        _older = older;
        Remember(_previous!);
    }

    /// <summary>Adds seeded Gaussian noise of standard deviation <paramref name="magnitude"/> (pixel units) to the context.</summary>
    public void Perturb(PerturbTarget target, float magnitude, ulong seed)
    {
        if (!float.IsFinite(magnitude) || magnitude < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(magnitude), magnitude, "The noise size must be a finite number of at least 0.");
        }
        if (!Enum.IsDefined(target))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "Unknown perturbation target.");
        }
        RequireStarted();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var generator = new Generator(seed);
        using var size = magnitude.ToScalar();
        var previous = Scalars.ClampUnit(_previous!.Plus(randn(_previous!.shape, generator: generator).to(_device) * size)).MoveToOuterDisposeScope();
        _previous!.Dispose();
        _previous = previous;
        if (target == PerturbTarget.Latent)
        {
            var older = Scalars.ClampUnit(_older!.Plus(randn(_older!.shape, generator: generator).to(_device) * size)).MoveToOuterDisposeScope();
            _older!.Dispose();
            _older = older;
        }
    }

    private void RequireStarted()
    {
        if (_previous is null || _memory is null)
        {
            throw new InvalidOperationException("Start the rollout from a frame first.");
        }
    }
}
