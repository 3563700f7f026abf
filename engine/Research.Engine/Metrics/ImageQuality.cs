namespace Research.Engine.Metrics;

/// <summary>
/// Full-reference image quality between two RGB frames of the same size (row-major, 3 bytes a pixel):
/// how far a generated frame is from the ground-truth frame. Allocation-free except where a method returns a new frame.
/// </summary>
public static partial class ImageQuality
{
    /// <summary>The PSNR reported for identical frames, in dB; every PSNR is capped here so series stay finite.</summary>
    /// <remarks>
    /// 100 dB, not infinity, so means and plots of a series stay finite. The smallest non-zero error of a 64x64 frame
    /// (one level in one channel) is about 89 dB, so the cap only merges such a difference with "identical" in frames
    /// larger than about 226x226 pixels.
    /// </remarks>
    public const double PsnrCap = 100;

    /// <summary>The mean absolute channel difference shown as white by <see cref="ErrorMap(ReadOnlySpan{byte}, ReadOnlySpan{byte}, int, float)"/>.</summary>
    /// <remarks>64 levels (of 255).</remarks>
    public const float DefaultErrorMapScale = 64f;

    /// <summary>
    /// Peak signal-to-noise ratio in dB over all channels of all pixels, peak 255:
    /// 10 log10(255² / MSE). Identical frames give <see cref="PsnrCap"/>; no result exceeds it.
    /// </summary>
    /// <exception cref="ArgumentException">The frames are empty or differ in length.</exception>
    public static double Psnr(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        FrameChecks.RequireSameLength(a, b);
        long sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            sum += d * d;
        }
        if (sum == 0)
        {
            return PsnrCap;
        }
        var mse = (double)sum / a.Length;
        return Math.Min(PsnrCap, 10 * Math.Log10(255.0 * 255.0 / mse));
    }

    /// <summary>Mean absolute difference per channel value (0 to 255): how much a frame changed from another, for example the previous one.</summary>
    /// <exception cref="ArgumentException">The frames are empty or differ in length.</exception>
    public static double MeanAbsoluteDifference(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        FrameChecks.RequireSameLength(a, b);
        long sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }
        return (double)sum / a.Length;
    }

    /// <summary>
    /// A heat map of the per-pixel error for display: each pixel's mean absolute channel difference, divided by
    /// <paramref name="fullScale"/>, runs from black (no error) through red and yellow to white (at or above full scale).
    /// </summary>
    /// <param name="a">One frame.</param>
    /// <param name="b">The other frame.</param>
    /// <param name="size">Frame side in pixels.</param>
    /// <param name="fullScale">The error, in levels, drawn white; default <see cref="DefaultErrorMapScale"/>.</param>
    /// <returns>A new RGB frame of the same size.</returns>
    /// <exception cref="ArgumentException">A frame does not hold size x size RGB pixels, or the scale is not positive.</exception>
    public static byte[] ErrorMap(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int size, float fullScale = DefaultErrorMapScale)
    {
        var map = new byte[size * size * 3];
        ErrorMap(a, b, size, map, fullScale);
        return map;
    }

    /// <summary>Writes the heat map of <see cref="ErrorMap(ReadOnlySpan{byte}, ReadOnlySpan{byte}, int, float)"/> into <paramref name="destination"/>.</summary>
    /// <param name="a">One frame.</param>
    /// <param name="b">The other frame.</param>
    /// <param name="size">Frame side in pixels.</param>
    /// <param name="destination">At least size * size * 3 bytes.</param>
    /// <param name="fullScale">The error, in levels, drawn white.</param>
    /// <exception cref="ArgumentException">A frame does not hold size x size RGB pixels, the destination is too small, or the scale is not positive.</exception>
    public static void ErrorMap(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int size, Span<byte> destination, float fullScale = DefaultErrorMapScale)
    {
        FrameChecks.RequireFrame(a, size, nameof(a));
        FrameChecks.RequireFrame(b, size, nameof(b));
        if (destination.Length < a.Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} bytes; the map needs {a.Length}.", nameof(destination));
        }
        if (!(fullScale > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(fullScale), fullScale, "The full scale must be positive.");
        }
        // Three channel differences sum to 3 * error; the ramp spans 3 * 255 steps (red, then green, then blue).
        var gain = 255f / fullScale;
        for (var o = 0; o < a.Length; o += 3)
        {
            var sum = Math.Abs(a[o] - b[o]) + Math.Abs(a[o + 1] - b[o + 1]) + Math.Abs(a[o + 2] - b[o + 2]);
            var heat = (int)Math.Min(765f, sum * gain);
            destination[o] = (byte)Math.Min(255, heat);
            destination[o + 1] = (byte)Math.Clamp(heat - 255, 0, 255);
            destination[o + 2] = (byte)Math.Clamp(heat - 510, 0, 255);
        }
    }
}
