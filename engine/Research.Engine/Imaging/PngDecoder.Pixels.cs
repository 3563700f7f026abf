using System.IO.Compression;

namespace Research.Engine.Imaging;

public static partial class PngDecoder
{
    /// <summary>Inflates the concatenated IDAT data into exactly the bytes the header calls for.</summary>
    private static byte[] Inflate(MemoryStream compressed, PngHeader header, string? filePath, long firstIdat)
    {
        var raw = new byte[header.InflatedLength];
        var filled = 0;
        compressed.Position = 0;
        try
        {
            using var zlib = new ZLibStream(compressed, CompressionMode.Decompress, leaveOpen: true);
            int read;
            while (filled < raw.Length && (read = zlib.Read(raw, filled, raw.Length - filled)) > 0)
            {
                filled += read;
            }
        }
        catch (InvalidDataException e)
        {
            throw new PngFormatException(filePath, $"corrupt zlib data in the IDAT chunks ({compressed.Length} bytes): {e.Message}", "IDAT", firstIdat, e);
        }
        if (filled < raw.Length)
        {
            throw new PngFormatException(
                filePath,
                $"truncated IDAT: the image data inflates to {filled} bytes, but a {header.Width}x{header.Height} {header.ColourName} image at {header.BitDepth} bits needs {raw.Length}",
                "IDAT",
                firstIdat);
        }
        return raw;
    }

    /// <summary>Undoes each scanline's filter in place; rows keep their leading filter byte.</summary>
    private static void Unfilter(byte[] raw, PngHeader header, string? filePath, long firstIdat)
    {
        int stride = header.Stride, unit = header.FilterUnit;
        ReadOnlySpan<byte> above = new byte[stride]; // The row above the first is all zeros.
        for (var y = 0; y < header.Height; y++)
        {
            var start = y * (stride + 1);
            var row = raw.AsSpan(start + 1, stride);
            switch (raw[start])
            {
                case 0:
                    break;
                case 1:
                    for (var i = unit; i < stride; i++)
                    {
                        row[i] += row[i - unit];
                    }
                    break;
                case 2:
                    for (var i = 0; i < stride; i++)
                    {
                        row[i] += above[i];
                    }
                    break;
                case 3:
                    for (var i = 0; i < stride; i++)
                    {
                        var left = i >= unit ? row[i - unit] : 0;
                        row[i] += (byte)((left + above[i]) >> 1);
                    }
                    break;
                case 4:
                    for (var i = 0; i < stride; i++)
                    {
                        row[i] += i >= unit ? Paeth(row[i - unit], above[i], above[i - unit]) : above[i];
                    }
                    break;
                default:
                    throw new PngFormatException(filePath, $"unknown filter type {raw[start]} on row {y} (inflated byte {start}); PNG defines 0 to 4", "IDAT", firstIdat);
            }
            above = row;
        }
    }

    /// <summary>The Paeth predictor: whichever of left, above and upper-left is nearest to left + above - upper-left.</summary>
    internal static byte Paeth(byte left, byte above, byte upperLeft)
    {
        int estimate = left + above - upperLeft;
        int toLeft = Math.Abs(estimate - left), toAbove = Math.Abs(estimate - above), toUpperLeft = Math.Abs(estimate - upperLeft);
        return toLeft <= toAbove && toLeft <= toUpperLeft ? left : toAbove <= toUpperLeft ? above : upperLeft;
    }

    /// <summary>Converts unfiltered scanlines to 8-bit RGB (alpha dropped, 16-bit samples cut to their high byte).</summary>
    private static byte[] ToRgb(byte[] raw, PngHeader header, byte[]? palette, string? filePath, long firstIdat)
    {
        int width = header.Width, depth = header.BitDepth, stride = header.Stride;
        var sampleBytes = Math.Max(1, depth / 8);
        var pixelBytes = header.Channels * sampleBytes;
        var grey = header.ColourType is 0 or 4;
        var rgb = new byte[width * header.Height * 3];
        for (var y = 0; y < header.Height; y++)
        {
            var row = raw.AsSpan(y * (stride + 1) + 1, stride);
            var output = rgb.AsSpan(y * width * 3, width * 3);
            for (var x = 0; x < width; x++)
            {
                var pixel = output.Slice(x * 3, 3);
                if (header.ColourType == 3)
                {
                    var index = depth == 8 ? row[x] : Packed(row, x, depth);
                    if (index * 3 >= palette!.Length)
                    {
                        throw new PngFormatException(filePath, $"palette index {index} at pixel ({x}, {y}) is past the palette's {palette.Length / 3} entries", "IDAT", firstIdat);
                    }
                    palette.AsSpan(index * 3, 3).CopyTo(pixel);
                }
                else if (depth < 8)
                {
                    pixel.Fill((byte)(Packed(row, x, depth) * 255 / ((1 << depth) - 1)));
                }
                else if (grey)
                {
                    pixel.Fill(row[x * pixelBytes]);
                }
                else
                {
                    var at = x * pixelBytes;
                    pixel[0] = row[at];
                    pixel[1] = row[at + sampleBytes];
                    pixel[2] = row[at + 2 * sampleBytes];
                }
            }
        }
        return rgb;
    }

    /// <summary>The <paramref name="x"/>th sample of <paramref name="depth"/> (1, 2 or 4) bits, packed from each byte's high bits down.</summary>
    private static int Packed(ReadOnlySpan<byte> row, int x, int depth)
    {
        var bit = x * depth;
        return (row[bit >> 3] >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
    }
}
