using Research.Engine.Metrics;
using Research.Engine.World;

namespace Research.Engine.Tests.Metrics;

public sealed class ImageQualityTests
{
    private const int Size = 64;

    [Fact]
    public void Psnr_IdenticalFrames_ReturnsCap()
    {
        var frame = RenderedFrame();

        var psnr = ImageQuality.Psnr(frame, frame.ToArray());

        Assert.Equal(ImageQuality.PsnrCap, psnr);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(40)]
    public void Psnr_KnownNoiseLevel_MatchesFormula(int level)
    {
        var frame = RenderedFrame();
        var noisy = WithNoise(frame, level);

        var psnr = ImageQuality.Psnr(frame, noisy);

        // Every channel is off by exactly `level`, so MSE = level².
        Assert.Equal(10 * Math.Log10(255.0 * 255.0 / (level * level)), psnr, 9);
    }

    [Fact]
    public void Psnr_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => ImageQuality.Psnr(new byte[12], new byte[15]));
    }

    [Fact]
    public void Ssim_IdenticalFrames_IsOne()
    {
        var frame = RenderedFrame();

        Assert.Equal(1.0, ImageQuality.Ssim(frame, frame.ToArray(), Size), 12);
    }

    [Fact]
    public void Ssim_RenderedFrames_MatchesDirectComputation()
    {
        var run = GroundTruthRun.Render(ScenePresets.Get("shore"), explore: true, steps: 5);
        var a = run[0].Frame;
        var b = run[5].Frame;

        var ssim = ImageQuality.Ssim(a, b, Size);

        Assert.Equal(ReferenceSsim(a, b, Size), ssim, 9);
        Assert.Equal(ssim, ImageQuality.Ssim(b, a, Size), 12);
    }

    [Fact]
    public void Ssim_MoreNoise_LowerSimilarity()
    {
        var frame = RenderedFrame();

        var light = ImageQuality.Ssim(frame, WithNoise(frame, 4), Size);
        var heavy = ImageQuality.Ssim(frame, WithNoise(frame, 30), Size);

        Assert.InRange(light, 0.5, 0.999);
        Assert.True(heavy < light, $"heavy {heavy} should be below light {light}");
    }

    [Fact]
    public void Ssim_FrameSmallerThanWindow_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ImageQuality.Ssim(new byte[8 * 8 * 3], new byte[8 * 8 * 3], 8));
    }

    [Fact]
    public void ErrorMap_IdenticalFrames_AllBlack()
    {
        var frame = RenderedFrame();

        var map = ImageQuality.ErrorMap(frame, frame, Size);

        Assert.Equal(frame.Length, map.Length);
        Assert.All(map, b => Assert.Equal(0, b));
    }

    [Theory]
    [InlineData(16, 191, 0, 0)]
    [InlineData(32, 255, 127, 0)]
    [InlineData(64, 255, 255, 255)]
    [InlineData(100, 255, 255, 255)]
    public void ErrorMap_ErrorLevel_RampsFromRedThroughYellowToWhite(int level, int r, int g, int b)
    {
        var frame = RenderedFrame();

        var map = ImageQuality.ErrorMap(frame, WithNoise(frame, level), Size);

        // The default full scale is 64 levels: a mean error of 64 or more is white, a third of it full red.
        for (var o = 0; o < map.Length; o += 3)
        {
            Assert.Equal((r, g, b), (map[o], map[o + 1], map[o + 2]));
        }
    }

    private static byte[] RenderedFrame() => GroundTruthRun.Render(ScenePresets.Get("meadow"), explore: true, steps: 0)[0].Frame;

    /// <summary>Moves every channel by exactly <paramref name="level"/> (at most 127), up or down at random, never clipping.</summary>
    private static byte[] WithNoise(byte[] frame, int level)
    {
        var noisy = new byte[frame.Length];
        for (var i = 0; i < frame.Length; i++)
        {
            var coin = ((uint)i * 2654435761u >> 13 & 1) == 1;
            var up = (coin || frame[i] < level) && frame[i] + level <= 255;
            noisy[i] = (byte)(up ? frame[i] + level : frame[i] - level);
        }
        return noisy;
    }

    /// <summary>SSIM the slow way: a full 2-D Gaussian window at every position, in double precision.</summary>
    private static double ReferenceSsim(byte[] a, byte[] b, int size)
    {
        const int n = ImageQuality.SsimWindow;
        var g = new double[n];
        for (var k = 0; k < n; k++)
        {
            g[k] = Math.Exp(-Math.Pow(k - (n - 1) / 2.0, 2) / (2 * ImageQuality.SsimSigma * ImageQuality.SsimSigma));
        }
        var total = g.Sum();
        double Luma(byte[] f, int x, int y) => 0.299 * f[(y * size + x) * 3] + 0.587 * f[(y * size + x) * 3 + 1] + 0.114 * f[(y * size + x) * 3 + 2];
        double c1 = Math.Pow(0.01 * 255, 2), c2 = Math.Pow(0.03 * 255, 2), sum = 0;
        var fit = size - n + 1;
        for (var y0 = 0; y0 < fit; y0++)
        {
            for (var x0 = 0; x0 < fit; x0++)
            {
                double mx = 0, my = 0, xx = 0, yy = 0, xy = 0;
                for (var j = 0; j < n; j++)
                {
                    for (var i = 0; i < n; i++)
                    {
                        var w = g[i] * g[j] / (total * total);
                        double u = Luma(a, x0 + i, y0 + j), v = Luma(b, x0 + i, y0 + j);
                        mx += w * u;
                        my += w * v;
                        xx += w * u * u;
                        yy += w * v * v;
                        xy += w * u * v;
                    }
                }
                var cov = xy - mx * my;
                sum += (2 * mx * my + c1) * (2 * cov + c2) / ((mx * mx + my * my + c1) * (xx - mx * mx + yy - my * my + c2));
            }
        }
        return sum / (fit * fit);
    }
}
