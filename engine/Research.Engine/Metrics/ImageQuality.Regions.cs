namespace Research.Engine.Metrics;

public static partial class ImageQuality
{
    /// <summary>
    /// PSNR in dB over the pixels whose <paramref name="history"/> lies from <paramref name="least"/> to
    /// <paramref name="most"/>: the error on one part of a frame, such as the places seen before or the newly revealed.
    /// </summary>
    /// <returns>The PSNR, capped at <see cref="PsnrCap"/>; NaN when no pixel is in the range.</returns>
    /// <exception cref="ArgumentException">The frames differ in length or the history does not hold one entry per pixel.</exception>
    public static double Psnr(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<PixelHistory> history, PixelHistory least, PixelHistory most)
    {
        FrameChecks.RequireSameLength(a, b);
        if (history.Length * 3 != a.Length)
        {
            throw new ArgumentException($"The history holds {history.Length} pixels; the frames hold {a.Length / 3}.", nameof(history));
        }
        long sum = 0;
        var values = 0;
        for (var p = 0; p < history.Length; p++)
        {
            if (history[p] < least || history[p] > most)
            {
                continue;
            }
            for (var i = p * 3; i < p * 3 + 3; i++)
            {
                var d = a[i] - b[i];
                sum += d * d;
            }
            values += 3;
        }
        if (values == 0)
        {
            return double.NaN;
        }
        return sum == 0 ? PsnrCap : Math.Min(PsnrCap, 10 * Math.Log10(255.0 * 255.0 / ((double)sum / values)));
    }
}
