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
}
