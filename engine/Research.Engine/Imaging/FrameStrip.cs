namespace Research.Engine.Imaging;

/// <summary>Tiles equally sized RGB frames into one contact-sheet image, left to right, then down.</summary>
public static class FrameStrip
{
    /// <summary>Lays out <paramref name="frames"/> (each size x size RGB) in rows of <paramref name="columns"/>, with a 2-pixel gap.</summary>
    /// <returns>The sheet's RGB bytes and dimensions.</returns>
    public static (byte[] Rgb, int Width, int Height) Compose(IReadOnlyList<byte[]> frames, int size, int columns)
    {
        if (frames.Count == 0)
        {
            throw new ArgumentException("A strip needs at least one frame.", nameof(frames));
        }
        const int gap = 2;
        columns = Math.Clamp(columns, 1, frames.Count);
        var rows = (frames.Count + columns - 1) / columns;
        int width = columns * (size + gap) - gap, height = rows * (size + gap) - gap;
        var sheet = new byte[width * height * 3];
        Array.Fill(sheet, (byte)24);
        for (var i = 0; i < frames.Count; i++)
        {
            int left = i % columns * (size + gap), top = i / columns * (size + gap);
            for (var y = 0; y < size; y++)
            {
                frames[i].AsSpan(y * size * 3, size * 3).CopyTo(sheet.AsSpan(((top + y) * width + left) * 3));
            }
        }
        return (sheet, width, height);
    }

    /// <summary>Cuts tile <paramref name="index"/> (left to right, then down) back out of a sheet made by <see cref="Compose"/>.</summary>
    /// <param name="sheet">The sheet image.</param>
    /// <param name="index">The tile, from 0.</param>
    /// <param name="size">The tiles' side, in pixels.</param>
    /// <param name="columns">Tiles per row the sheet was composed with.</param>
    /// <exception cref="ArgumentOutOfRangeException">The tile lies outside the sheet.</exception>
    public static RgbImage Tile(RgbImage sheet, int index, int size, int columns)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        const int gap = 2;
        int left = index % columns * (size + gap), top = index / columns * (size + gap);
        if (left + size > sheet.Width || top + size > sheet.Height)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Tile {index} of side {size} lies outside the {sheet.Width}x{sheet.Height} sheet.");
        }
        var tile = new byte[size * size * 3];
        for (var y = 0; y < size; y++)
        {
            sheet.Rgb.AsSpan(((top + y) * sheet.Width + left) * 3, size * 3).CopyTo(tile.AsSpan(y * size * 3));
        }
        return new RgbImage(size, size, tile);
    }
}
