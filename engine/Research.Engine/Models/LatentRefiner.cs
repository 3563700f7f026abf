using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Research.Engine.Models;

/// <summary>
/// A few-step denoising head: given a noisy latent, the dynamics state and the noise level, it predicts the
/// clean latent. Applied k times at inference with falling noise levels; k is a quality knob (0 skips it).
/// </summary>
public sealed class LatentRefiner : Module<Tensor, Tensor, Tensor, Tensor>
{
    private readonly Sequential _net;

    /// <summary>Builds the refiner of <paramref name="config"/>.</summary>
    public LatentRefiner(ModelConfig config) : base(nameof(LatentRefiner))
    {
        var c = config.LatentChannels;
        var h = config.HiddenChannels;
        _net = Sequential(Conv2d(c + h + 1, h, 3, padding: 1), SiLU(), Conv2d(h, h, 3, padding: 1), SiLU(), Conv2d(h, c, 3, padding: 1));
        RegisterComponents();
    }

    /// <summary>The denoised latent for <paramref name="noisy"/> (B, C, L, L) at <paramref name="level"/> (B).</summary>
    public override Tensor forward(Tensor noisy, Tensor state, Tensor level)
    {
        using var scope = NewDisposeScope();
        var size = noisy.shape[2];
        var levelMap = level[.., TensorIndex.None, TensorIndex.None, TensorIndex.None].expand(-1, 1, size, size);
        return (noisy + _net.forward(cat([noisy, state, levelMap], 1))).MoveToOuterDisposeScope();
    }

    /// <summary>The noise levels of a k-step refinement, from coarse to fine.</summary>
    public static float[] Schedule(int steps) =>
        [.. Enumerable.Range(0, Math.Max(0, steps)).Select(i => 0.2f * MathF.Pow(0.5f, i))];
}
