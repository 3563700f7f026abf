using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Research.Engine.Tests.Imaging;

/// <summary>Builds PNG files by hand, chunk by chunk, with the filter types a test chooses.</summary>
internal static class PngTestFile
{
    public static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A complete file: the signature, then the chunks as given (add IEND yourself).</summary>
    public static byte[] Build(params byte[][] chunks) => [.. Signature, .. chunks.SelectMany(c => c)];

    /// <summary>A valid image: IHDR, optional PLTE and tRNS, one IDAT of the scanlines filtered with <paramref name="filters"/> (cycled by row), IEND.</summary>
    public static byte[] Image(int width, int height, int bitDepth, int colourType, byte[][] scanlines, int[] filters, byte[]? palette = null, byte[]? transparency = null)
    {
        var chunks = new List<byte[]> { Header(width, height, bitDepth, colourType) };
        if (palette is not null)
        {
            chunks.Add(Chunk("PLTE", palette));
        }
        if (transparency is not null)
        {
            chunks.Add(Chunk("tRNS", transparency));
        }
        chunks.Add(Chunk("IDAT", Zlib(Filtered(scanlines, BytesPerPixel(bitDepth, colourType), filters))));
        chunks.Add(Chunk("IEND", []));
        return Build([.. chunks]);
    }

    public static byte[] Header(int width, int height, int bitDepth, int colourType, int interlace = 0)
    {
        var data = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(data, width);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(4), height);
        data[8] = (byte)bitDepth;
        data[9] = (byte)colourType;
        data[12] = (byte)interlace;
        return Chunk("IHDR", data);
    }

    /// <summary>Length, type, data and the CRC-32 of type and data.</summary>
    public static byte[] Chunk(string type, ReadOnlySpan<byte> data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type, chunk.AsSpan(4));
        data.CopyTo(chunk.AsSpan(8));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32.HashToUInt32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    public static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    public static int BytesPerPixel(int bitDepth, int colourType)
    {
        var channels = colourType switch { 2 => 3, 4 => 2, 6 => 4, _ => 1 };
        return Math.Max(1, channels * bitDepth / 8);
    }

    /// <summary>Each scanline preceded by its filter byte and filtered, as an encoder would (PNG spec, section 9).</summary>
    public static byte[] Filtered(byte[][] scanlines, int bytesPerPixel, int[] filters)
    {
        var output = new List<byte>();
        var above = new byte[scanlines[0].Length];
        for (var y = 0; y < scanlines.Length; y++)
        {
            var row = scanlines[y];
            var filter = filters[y % filters.Length];
            output.Add((byte)filter);
            for (var i = 0; i < row.Length; i++)
            {
                int a = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0, b = above[i], c = i >= bytesPerPixel ? above[i - bytesPerPixel] : 0;
                var predicted = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => PaethBySpec(a, b, c),
                    _ => 0, // Unknown types are written unfiltered, for tests of the decoder's refusal.
                };
                output.Add((byte)(row[i] - predicted));
            }
            above = row;
        }
        return [.. output];
    }

    private static int PaethBySpec(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        if (pa <= pb && pa <= pc)
        {
            return a;
        }
        return pb <= pc ? b : c;
    }
}
