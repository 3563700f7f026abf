using Research.Engine.Imaging;

namespace Research.Engine.RunViews;

/// <summary>
/// Cuts one panel out of a stored key frame. Sessions store each key frame as one PNG of three square panels side by
/// side (model | ground truth | error map, <see cref="FrameStrip"/> with a 2-pixel gap), so the panel's side is the
/// image's height.
/// </summary>
public static class KeyFramePanels
{
    /// <summary>The PNG of <paramref name="panel"/> of the key frame <paramref name="png"/>.</summary>
    /// <exception cref="PngFormatException">The bytes are not a PNG this project can read.</exception>
    /// <exception cref="ArgumentException">The image is not three square panels side by side.</exception>
    public static byte[] Crop(ReadOnlySpan<byte> png, KeyFramePanel panel)
    {
        if (!Enum.IsDefined(panel))
        {
            throw new ArgumentOutOfRangeException(nameof(panel), panel, "Unknown key frame panel.");
        }
        var sheet = PngDecoder.Decode(png);
        var size = sheet.Height;
        if (sheet.Width != 3 * size + 2 * 2)
        {
            throw new ArgumentException($"A key frame is three {size}-pixel panels side by side ({3 * size + 4} pixels wide); this one is {sheet.Width}x{sheet.Height}.", nameof(png));
        }
        var tile = FrameStrip.Tile(sheet, (int)panel, size, columns: 3);
        return PngEncoder.Encode(tile.Rgb, tile.Width, tile.Height);
    }
}
