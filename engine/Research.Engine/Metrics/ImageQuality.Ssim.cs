using System.Buffers;

namespace Research.Engine.Metrics;

/// <summary>Structural similarity.</summary>
public static partial class ImageQuality
{
    /// <summary>Side of the SSIM window in pixels.</summary>
    public const int SsimWindow = 11;

    /// <summary>Standard deviation of the SSIM window's Gaussian weights, in pixels.</summary>
    public const double SsimSigma = 1.5;

    private const double C1 = 0.01 * 255 * (0.01 * 255);
    private const double C2 = 0.03 * 255 * (0.03 * 255);

    private static readonly double[] Window = GaussianWindow();

    /// <summary>
    /// Mean structural similarity (Wang et al. 2004) of the frames' luma: BT.601 luma
    /// Y = 0.299 R + 0.587 G + 0.114 B in [0, 255], an 11x11 Gaussian window with sigma 1.5 (weights summing to 1),
    /// K1 = 0.01, K2 = 0.03, L = 255, averaged over every window position that fits inside the frame (no padding).
    /// 1 means identical; it can be negative for anti-correlated frames.
    /// </summary>
    /// <exception cref="ArgumentException">A frame does not hold size x size RGB pixels, or the frame is smaller than the window.</exception>
    public static double Ssim(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int size)
    {
        FrameChecks.RequireFrame(a, size, nameof(a));
        FrameChecks.RequireFrame(b, size, nameof(b));
        if (size < SsimWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"SSIM needs frames of at least {SsimWindow}x{SsimWindow} pixels.");
        }
        var pixels = size * size;
        var fit = size - SsimWindow + 1;
        var rows = size * fit;
        // Double precision: the moments subtract squares near 255², where float would lose the variance's last digits.
        var rented = ArrayPool<double>.Shared.Rent(2 * pixels + 5 * rows);
        try
        {
            var buffer = rented.AsSpan();
            var x = buffer[..pixels];
            var y = buffer.Slice(pixels, pixels);
            for (var p = 0; p < pixels; p++)
            {
                x[p] = FrameChecks.Luma(a, p);
                y[p] = FrameChecks.Luma(b, p);
            }
            var moments = buffer.Slice(2 * pixels, 5 * rows);
            FilterRows(x, y, size, fit, moments);
            return MeanOfMap(moments, fit);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Horizontal pass: for every row and window column, the weighted sums of x, y, x², y² and xy,
    /// stored as five planes of size x fit.
    /// </summary>
    private static void FilterRows(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int size, int fit, Span<double> moments)
    {
        var plane = size * fit;
        ReadOnlySpan<double> w = Window;
        for (var row = 0; row < size; row++)
        {
            var xs = x.Slice(row * size, size);
            var ys = y.Slice(row * size, size);
            for (var c = 0; c < fit; c++)
            {
                double mx = 0, my = 0, xx = 0, yy = 0, xy = 0;
                for (var k = 0; k < SsimWindow; k++)
                {
                    double u = xs[c + k], v = ys[c + k], wk = w[k];
                    mx += wk * u;
                    my += wk * v;
                    xx += wk * u * u;
                    yy += wk * v * v;
                    xy += wk * u * v;
                }
                var i = row * fit + c;
                moments[i] = mx;
                moments[plane + i] = my;
                moments[2 * plane + i] = xx;
                moments[3 * plane + i] = yy;
                moments[4 * plane + i] = xy;
            }
        }
    }

    /// <summary>Vertical pass and the SSIM formula at every window position, averaged.</summary>
    private static double MeanOfMap(ReadOnlySpan<double> moments, int fit)
    {
        var plane = moments.Length / 5;
        ReadOnlySpan<double> w = Window;
        double total = 0;
        for (var row = 0; row < fit; row++)
        {
            for (var c = 0; c < fit; c++)
            {
                double mx = 0, my = 0, xx = 0, yy = 0, xy = 0;
                for (var k = 0; k < SsimWindow; k++)
                {
                    var i = (row + k) * fit + c;
                    var wk = w[k];
                    mx += wk * moments[i];
                    my += wk * moments[plane + i];
                    xx += wk * moments[2 * plane + i];
                    yy += wk * moments[3 * plane + i];
                    xy += wk * moments[4 * plane + i];
                }
                double varX = xx - mx * mx, varY = yy - my * my, cov = xy - mx * my;
                total += (2 * mx * my + C1) * (2 * cov + C2) / ((mx * mx + my * my + C1) * (varX + varY + C2));
            }
        }
        return total / (fit * fit);
    }

    private static double[] GaussianWindow()
    {
        var w = new double[SsimWindow];
        var centre = (SsimWindow - 1) / 2.0;
        double sum = 0;
        for (var k = 0; k < SsimWindow; k++)
        {
            var d = k - centre;
            sum += w[k] = Math.Exp(-d * d / (2 * SsimSigma * SsimSigma));
        }
        for (var k = 0; k < SsimWindow; k++)
        {
            w[k] /= sum;
        }
        return w;
    }
}
