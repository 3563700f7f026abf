using Research.Engine.Benchmarks;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Research.Engine.Tests.Benchmarks;

[Collection(TorchCollection.Name)]
public sealed class FlopCounterTests
{
    [Fact]
    public void Conv2d_KnownLayer_EqualsHandFormulaAndRealOutputSize()
    {
        using var conv = Conv2d(3, 8, 3, stride: 2, padding: 1);
        using var input = rand(1, 3, 17, 17);
        using var real = conv.forward(input);

        var (flops, output) = FlopCounter.Conv2d(conv, (17, 17));

        // Output 9x9; each output value of each of 8 channels takes 3*3*3 multiply-accumulates; 2 FLOPs each.
        Assert.Equal(2L * 9 * 9 * 8 * 3 * 3 * 3, flops);
        Assert.Equal((real.shape[2], real.shape[3]), output);
    }

    [Fact]
    public void Conv2d_TransposedLayer_CountsInputPositionsAndRealOutputSize()
    {
        using var conv = ConvTranspose2d(6, 4, 4, stride: 2, padding: 1);
        using var input = rand(1, 6, 8, 8);
        using var real = conv.forward(input);

        var (flops, output) = FlopCounter.Conv2d(conv, (8, 8));

        // Every input pixel of 6 channels scatters a 4x4 kernel into 4 output channels.
        Assert.Equal(2L * 8 * 8 * 6 * 4 * 4 * 4, flops);
        Assert.Equal((16L, 16L), output);
        Assert.Equal((real.shape[2], real.shape[3]), output);
    }

    [Fact]
    public void Walk_SequentialWithStrideAndLinear_CarriesSizeBetweenLayers()
    {
        using var net = Sequential(Conv2d(2, 4, 3, padding: 1), SiLU(), Conv2d(4, 4, 4, stride: 2, padding: 1), Linear(5, 7));

        var flops = FlopCounter.Walk(net, (8, 8));

        Assert.Equal((2L * 8 * 8 * 4 * 2 * 9) + (2L * 4 * 4 * 4 * 4 * 16) + (2L * 5 * 7), flops);
    }
}
