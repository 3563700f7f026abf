namespace Research.Engine.Metrics;

/// <summary>Argument checks shared by the metrics: frames are RGB, row-major, 3 bytes a pixel.</summary>
internal static class FrameChecks
{
    public static void RequireFrame(ReadOnlySpan<byte> rgb, int size, string name)
    {
        if (size <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "Frame size must be positive.");
        }
        if (rgb.Length != size * size * 3)
        {
            throw new ArgumentException($"The frame holds {rgb.Length} bytes; a {size}x{size} RGB frame holds {size * size * 3}.", name);
        }
    }

    public static void RequireSameLength(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.IsEmpty)
        {
            throw new ArgumentException("The frames are empty.", nameof(a));
        }
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"The frames differ in length ({a.Length} and {b.Length} bytes).", nameof(b));
        }
    }

    /// <summary>BT.601 luma in [0, 255] of pixel <paramref name="pixel"/>.</summary>
    public static double Luma(ReadOnlySpan<byte> rgb, int pixel)
    {
        var o = pixel * 3;
        return 0.299 * rgb[o] + 0.587 * rgb[o + 1] + 0.114 * rgb[o + 2];
    }
}
