using Research.Workbench.Live;

namespace Research.Workbench.Tests.Live;

public sealed class ErrorMapTests
{
    [Fact]
    public void Compute_IdenticalFrames_AllBlack()
    {
        var frame = Enumerable.Range(0, 4 * 4 * 3).Select(i => (byte)(i * 5)).ToArray();

        var map = ErrorMap.Compute(frame, 4, frame, 4);

        Assert.All(map, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Compute_LargeDifference_SaturatesToYellow()
    {
        var black = new byte[2 * 2 * 3];
        var white = Enumerable.Repeat((byte)255, 2 * 2 * 3).ToArray();

        var map = ErrorMap.Compute(white, 2, black, 2);

        Assert.Equal([255, 255, 0], map[..3]);
    }

    [Fact]
    public void Compute_UpsampledModel_SamplesMatchingPixels()
    {
        var truth = new byte[2 * 2 * 3];
        var model = new byte[4 * 4 * 3];
        // Pixel (2, 2) of the 4x4 model is pixel (1, 1) of the 2x2 truth; make only it differ.
        model[(2 * 4 + 2) * 3] = 255;

        var map = ErrorMap.Compute(model, 4, truth, 2);

        Assert.Equal(12, map.Length);
        Assert.NotEqual(0, map[(1 * 2 + 1) * 3]);
        Assert.Equal(0, map[0]);
    }
}
