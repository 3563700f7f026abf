using System.Buffers.Binary;

namespace Research.Engine.Imaging;

public static partial class PngDecoder
{
    private static PngHeader ReadHeader(ReadOnlySpan<byte> data, string? filePath, int at)
    {
        if (data.Length != 13)
        {
            throw Bad($"IHDR holds {data.Length} bytes; it must hold 13");
        }
        var width = BinaryPrimitives.ReadUInt32BigEndian(data);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        int bitDepth = data[8], colourType = data[9], compression = data[10], filter = data[11], interlace = data[12];
        if (width == 0 || height == 0)
        {
            throw Bad($"invalid image size {width}x{height}: width and height must be at least 1");
        }
        if (width > MaxDimension || height > MaxDimension)
        {
            throw Bad($"image too large: {width}x{height} exceeds the {MaxDimension}x{MaxDimension} limit");
        }
        int[] depths = colourType switch
        {
            0 => [1, 2, 4, 8, 16],
            3 => [1, 2, 4, 8],
            2 or 4 or 6 => [8, 16],
            _ => throw Bad($"unsupported colour type {colourType}: PNG defines 0 (greyscale), 2 (truecolour), 3 (palette), 4 (greyscale with alpha) and 6 (truecolour with alpha)"),
        };
        if (Array.IndexOf(depths, bitDepth) < 0)
        {
            throw Bad($"unsupported bit depth {bitDepth} for colour type {colourType} ({PngHeader.Name(colourType)}): allowed are {string.Join(", ", depths)}");
        }
        if (compression != 0)
        {
            throw Bad($"unknown compression method {compression}: PNG defines only 0 (zlib deflate)");
        }
        if (filter != 0)
        {
            throw Bad($"unknown filter method {filter}: PNG defines only 0 (adaptive, five filter types)");
        }
        if (interlace == 1)
        {
            throw Bad("Adam7 interlaced PNGs are not supported; save the image again without interlacing");
        }
        if (interlace != 0)
        {
            throw Bad($"unknown interlace method {interlace}: PNG defines 0 (none) and 1 (Adam7)");
        }
        return new PngHeader((int)width, (int)height, bitDepth, colourType);

        PngFormatException Bad(string problem) => new(filePath, problem, "IHDR", at);
    }
}
