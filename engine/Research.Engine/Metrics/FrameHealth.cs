namespace Research.Engine.Metrics;

/// <summary>Checks for frames a model should never produce.</summary>
public static class FrameHealth
{
    /// <summary>Brightest channel value that still counts as black.</summary>
    /// <remarks>4 levels of 255.</remarks>
    public const int BlackLevel = 4;

    /// <summary>Share of black pixels from which a frame is black.</summary>
    /// <remarks>0.95: a frame that lost nearly all its content, whatever a few pixels show.</remarks>
    public const double BlackShare = 0.95;

    /// <summary>
    /// Whether the frame is black: at least <see cref="BlackShare"/> of its pixels have every channel at or below
    /// <see cref="BlackLevel"/>. A model whose output went non-finite (NaN or infinity) decodes to such a frame, since
    /// converting NaN to bytes gives 0, so this counts non-finite outputs too. No rendered scene is this dark: the night
    /// palettes and the lantern keep the view well above it.
    /// </summary>
    /// <exception cref="ArgumentException">The frame is empty or not whole RGB pixels.</exception>
    public static bool IsBlack(ReadOnlySpan<byte> rgb)
    {
        if (rgb.IsEmpty || rgb.Length % 3 != 0)
        {
            throw new ArgumentException($"An RGB frame holds a positive multiple of 3 bytes, not {rgb.Length}.", nameof(rgb));
        }
        var black = 0;
        for (var p = 0; p < rgb.Length; p += 3)
        {
            black += rgb[p] <= BlackLevel && rgb[p + 1] <= BlackLevel && rgb[p + 2] <= BlackLevel ? 1 : 0;
        }
        return black >= BlackShare * (rgb.Length / 3);
    }
}
