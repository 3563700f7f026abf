using Research.Engine.Compute;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Research.Engine.Models;

/// <summary>
/// The learned part of each frame: a small U-Net that reads the warped past frames, the memory, the revealed border
/// and where the agent was and will be, and writes a residual onto the warped frame. It works at half and quarter
/// resolution (pixel unshuffle keeps every input pixel), with the conditions (action, prompt, context-noise level)
/// applied as a per-channel scale and shift at the bottleneck and the output stage.
/// </summary>
public sealed class FrameCorrector : Module<Tensor, Tensor, Tensor>
{
    /// <summary>Input planes at full resolution.</summary>
    public const int InputChannels = 14;

    private readonly Conv2d _in;
    private readonly Conv2d _in2;
    private readonly Conv2d _down;
    private readonly ModuleList<Conv2d> _deep;
    private readonly Conv2d _up;
    private readonly Conv2d _out1;
    private readonly Conv2d _out2;
    private readonly Linear _film;
    private readonly int _width;
    private readonly int _deepWidth;

    /// <summary>Builds the corrector of <paramref name="config"/> conditioned on vectors of <paramref name="conditionSize"/>.</summary>
    public FrameCorrector(ModelConfig config, int conditionSize) : base(nameof(FrameCorrector))
    {
        _width = config.Width;
        _deepWidth = config.DeepWidth;
        _in = Conv2d(4 * InputChannels, _width, 3, padding: 1);
        _in2 = Conv2d(_width, _width, 3, padding: 1);
        _down = Conv2d(_width, _deepWidth, 4, stride: 2, padding: 1);
        _deep = new ModuleList<Conv2d>([.. Enumerable.Range(0, config.DeepBlocks).Select(_ => Conv2d(_deepWidth, _deepWidth, 3, padding: 1))]);
        _up = Conv2d(_deepWidth, _width, 1);
        _out1 = Conv2d(_width, _width, 3, padding: 1);
        _out2 = Conv2d(_width, 12, 3, padding: 1);
        _film = Linear(conditionSize, 2 * (_deepWidth * config.DeepBlocks + _width));
        using (no_grad())
        {
            // Start as the identity on the warped frame: the residual begins near zero.
            _out2.weight!.mul_(Scalars.Constant(0.1));
            _film.weight!.mul_(Scalars.Constant(0.1));
        }
        RegisterComponents();
    }

    /// <summary>Inputs (B, 14, S, S) and conditions (B, E) to a residual (B, 3, S, S).</summary>
    public override Tensor forward(Tensor inputs, Tensor conditions)
    {
        using var scope = NewDisposeScope();
        var film = _film.forward(conditions);
        var x = functional.pixel_unshuffle(inputs, 2);
        var skip = functional.silu(_in2.forward(functional.silu(_in.forward(x))));
        var h = functional.silu(_down.forward(skip));
        var offset = 0;
        foreach (var conv in _deep)
        {
            h = h.Plus(functional.silu(Modulate(conv.forward(h), film, ref offset, _deepWidth)));
        }
        var up = functional.interpolate(_up.forward(h), scale_factor: [2.0, 2.0], mode: InterpolationMode.Nearest);
        var y = functional.silu(Modulate(_out1.forward(skip.Plus(up)), film, ref offset, _width));
        return functional.pixel_shuffle(_out2.forward(y), 2).MoveToOuterDisposeScope();
    }

    /// <summary>Analytic FLOPs of one call on one <paramref name="size"/>-pixel frame (2 x multiply-accumulates of the convolutions and the condition layer).</summary>
    public long Flops(int size)
    {
        long half = size / 2 * (size / 2), quarter = size / 4 * (size / 4);
        static long Conv(Conv2d conv, long pixels) => 2L * conv.weight!.numel() * pixels;
        return Conv(_in, half) + Conv(_in2, half) + Conv(_down, quarter) + _deep.Sum(c => Conv(c, quarter))
            + Conv(_up, quarter) + Conv(_out1, half) + Conv(_out2, half) + 2L * _film.weight!.numel();
    }

    private static Tensor Modulate(Tensor x, Tensor film, ref int offset, int channels)
    {
        var scale = film[.., offset..(offset + channels)];
        var shift = film[.., (offset + channels)..(offset + 2 * channels)];
        offset += 2 * channels;
        return (x * scale[.., .., TensorIndex.None, TensorIndex.None].Plus(Scalars.Constant(1))).Plus(shift[.., .., TensorIndex.None, TensorIndex.None]);
    }
}
