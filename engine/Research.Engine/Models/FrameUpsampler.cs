using Research.Engine.Compute;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Research.Engine.Models;

/// <summary>
/// The quality mode's second decoder stage: frames (B, 3, S, S) to (B, 3, 2S, 2S), a learned residual over
/// bilinear upsampling. Trained on decoded frames against the world rendered at twice the size.
/// </summary>
public sealed class FrameUpsampler : Module<Tensor, Tensor>
{
    private readonly Sequential _net;

    /// <summary>Builds the upsampler of <paramref name="config"/>.</summary>
    public FrameUpsampler(ModelConfig config) : base(nameof(FrameUpsampler))
    {
        var w = config.UpsamplerWidth;
        _net = Sequential(
            Conv2d(3, w, 3, padding: 1), SiLU(),
            Conv2d(w, w, 3, padding: 1), SiLU(),
            ConvTranspose2d(w, w / 2, 4, stride: 2, padding: 1), SiLU(),
            Conv2d(w / 2, 3, 3, padding: 1));
        RegisterComponents();
    }

    /// <summary>Frames at twice the side, in [0, 1].</summary>
    public override Tensor forward(Tensor frames)
    {
        using var scope = NewDisposeScope();
        var size = frames.shape[2] * 2;
        var smooth = functional.interpolate(frames, [size, size], mode: InterpolationMode.Bilinear, align_corners: false);
        return Scalars.ClampUnit(smooth.Plus(_net.forward(frames))).MoveToOuterDisposeScope();
    }
}
