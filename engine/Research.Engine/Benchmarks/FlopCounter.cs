using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch.nn;

namespace Research.Engine.Benchmarks;

/// <summary>
/// Counts the floating-point operations of a forward pass analytically, from weight shapes and feature map sizes:
/// FLOPs = 2 x multiply-accumulates of every Conv2d, ConvTranspose2d and Linear layer. Biases, activations,
/// element-wise arithmetic and embedding look-ups are not counted (they are a few percent at most here).
/// </summary>
/// <remarks>
/// Why not forward hooks: TorchSharp 0.107 runs hooks only through <c>Module.call</c>, and the model's modules call
/// their layers' <c>forward</c> directly (only <c>Sequential</c> goes through <c>call</c>), so hooks would miss
/// the dynamics' gate convolutions. The walk instead follows the house rule that submodules are declared, and so
/// registered, in call order.
/// </remarks>
public static class FlopCounter
{
    /// <summary>FLOPs of a Conv2d or ConvTranspose2d on an input of <paramref name="input"/> (batch 1), and its output size.</summary>
    public static (long Flops, (long Height, long Width) Output) Conv2d(Convolution conv, (long Height, long Width) input)
    {
        ArgumentNullException.ThrowIfNull(conv);
        var output = (Height: OutputSide(conv, input.Height, 0), Width: OutputSide(conv, input.Width, 1));
        // Each weight element is one multiply-accumulate per position of the side it slides over: the output of
        // a convolution, the input of a transposed convolution (which scatters every input pixel).
        var positions = conv.transposed ? input.Height * input.Width : output.Height * output.Width;
        return (2 * conv.weight!.numel() * positions, output);
    }

    /// <summary>FLOPs of <paramref name="linear"/> applied to <paramref name="rows"/> vectors.</summary>
    public static long Linear(Linear linear, long rows = 1)
    {
        ArgumentNullException.ThrowIfNull(linear);
        return 2 * linear.in_features * linear.out_features * rows;
    }

    /// <summary>
    /// FLOPs of one forward pass of <paramref name="module"/> on a map of <paramref name="input"/> (batch 1): walks its
    /// Conv2d, ConvTranspose2d and Linear layers in registration order, carrying the map size from each
    /// convolution to the next. Linear layers count once per sample (one row), as in the conditioning paths here.
    /// </summary>
    /// <exception cref="NotSupportedException">A convolution that is not two-dimensional.</exception>
    public static long Walk(Module module, (long Height, long Width) input) => Walk([module], input);

    /// <summary>As <see cref="Walk(Module, ValueTuple{long, long})"/> for modules applied one after another.</summary>
    /// <exception cref="NotSupportedException">A convolution that is not two-dimensional.</exception>
    public static long Walk(IEnumerable<Module> modules, (long Height, long Width) input)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var total = 0L;
        var size = input;
        foreach (var (name, child) in modules.SelectMany(m => m.named_modules()))
        {
            switch (child)
            {
                case Convolution conv when conv.kernel_size.Length == 2:
                    var (flops, output) = Conv2d(conv, size);
                    total += flops;
                    size = output;
                    break;
                case Convolution other:
                    throw new NotSupportedException($"FLOP walk: {name} is a convolution of {other.kernel_size.Length} dimensions; only 2-d ones are counted.");
                case Linear linear:
                    total += Linear(linear);
                    break;
            }
        }
        return total;
    }

    private static long OutputSide(Convolution conv, long size, int axis)
    {
        var kernel = conv.kernel_size[axis];
        var stride = At(conv.stride, axis, 1);
        var dilation = At(conv.dilation, axis, 1);
        return conv.padding_type switch
        {
            // PyTorch allows 'same' only at stride 1, where it keeps the size whatever the kernel.
            Padding.Same => size,
            Padding.Valid => Side(size, kernel, stride, 0, dilation),
            _ when conv.transposed => TransposedSide(size, kernel, stride, At(conv.padding, axis), dilation, At(conv.output_padding, axis)),
            _ => Side(size, kernel, stride, At(conv.padding, axis), dilation),
        };
    }

    private static long Side(long size, long kernel, long stride, long padding, long dilation) =>
        (size + 2 * padding - dilation * (kernel - 1) - 1) / stride + 1;

    private static long TransposedSide(long size, long kernel, long stride, long padding, long dilation, long outputPadding) =>
        (size - 1) * stride - 2 * padding + dilation * (kernel - 1) + outputPadding + 1;

    /// <summary>The value for <paramref name="axis"/>; TorchSharp may hold one value for both axes, or none.</summary>
    private static long At(long[]? values, int axis, long fallback = 0) =>
        values is { Length: > 0 } ? values[Math.Min(axis, values.Length - 1)] : fallback;
}
