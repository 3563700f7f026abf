using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Research.Engine.Imaging;

/// <summary>
/// Reads PNG files into <see cref="RgbImage"/>s with nothing beyond the BCL's zlib and CRC-32, for the image
/// modality (a session that starts from a picture).
/// </summary>
/// <remarks>
/// Reads every colour type (grey, RGB, palette, grey+alpha, RGBA) at every bit depth PNG allows. Alpha is
/// dropped, not composited: a pixel keeps its stored colour whatever its opacity, and tRNS chunks are skipped,
/// so a transparent pixel shows the colour its encoder left there. 16-bit samples keep their high byte;
/// 1, 2 and 4-bit grey is scaled to 0-255. Every chunk's CRC-32 is checked. Adam7 interlaced images and
/// images wider or taller than <see cref="MaxDimension"/> are refused. Every malformed or unsupported input
/// throws <see cref="PngFormatException"/>.
/// </remarks>
public static partial class PngDecoder
{
    /// <summary>The largest width and height accepted: 4096 pixels.</summary>
    public const int MaxDimension = 4096;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads and decodes the PNG file at <paramref name="path"/>.</summary>
    /// <exception cref="PngFormatException">The file is not a PNG, is corrupt, or uses an unsupported feature; the message names the file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RgbImage DecodeFile(string path) => Decode(File.ReadAllBytes(path), path);

    /// <summary>Decodes a whole PNG file held in <paramref name="png"/>.</summary>
    /// <param name="png">The file's bytes.</param>
    /// <param name="filePath">Where the bytes came from, for error messages; null when they came from no file.</param>
    /// <exception cref="PngFormatException">The bytes are not a PNG, are corrupt, or use an unsupported feature.</exception>
    public static RgbImage Decode(ReadOnlySpan<byte> png, string? filePath = null)
    {
        CheckSignature(png, filePath);
        PngHeader? header = null;
        byte[]? palette = null;
        using var compressed = new MemoryStream();
        long firstIdat = -1;
        var idatClosed = false;
        var at = Signature.Length;
        var previous = "the signature";
        while (true)
        {
            var data = ReadChunk(png, at, previous, filePath, out var type);
            if (header is null && type != "IHDR")
            {
                throw new PngFormatException(filePath, "the first chunk must be IHDR", type, at);
            }
            switch (type)
            {
                case "IHDR" when header is not null:
                    throw new PngFormatException(filePath, "a second IHDR chunk", type, at);
                case "IHDR":
                    header = ReadHeader(data, filePath, at);
                    break;
                case "PLTE" when firstIdat >= 0:
                    throw new PngFormatException(filePath, "PLTE must come before the first IDAT chunk", type, at);
                case "PLTE" when palette is not null:
                    throw new PngFormatException(filePath, "a second PLTE chunk", type, at);
                case "PLTE":
                    palette = ReadPalette(data, filePath, at);
                    break;
                case "IDAT" when idatClosed:
                    throw new PngFormatException(filePath, "IDAT chunks must be consecutive, but another chunk comes between them", type, at);
                case "IDAT":
                    firstIdat = firstIdat < 0 ? at : firstIdat;
                    compressed.Write(data);
                    break;
                case "IEND":
                    return Finish(header!, palette, compressed, firstIdat, filePath, at);
                case "tRNS":
                    break; // Alpha is dropped (see remarks), so transparency needs no reading.
                default:
                    if (char.IsAsciiLetterUpper(type[0]))
                    {
                        throw new PngFormatException(filePath, "unknown critical chunk (its first letter is upper case, so the image cannot be read without it)", type, at);
                    }
                    break; // Ancillary chunks (text, gamma, physical size, ...) do not change the RGB bytes we return.
            }
            idatClosed |= firstIdat >= 0 && type != "IDAT";
            previous = $"chunk {type} at byte {at}";
            at += 12 + data.Length;
        }
    }

    private static RgbImage Finish(PngHeader header, byte[]? palette, MemoryStream compressed, long firstIdat, string? filePath, int iendAt)
    {
        if (firstIdat < 0)
        {
            throw new PngFormatException(filePath, "IEND reached without any IDAT chunk: the file holds no image data", "IEND", iendAt);
        }
        if (header.ColourType == 3 && palette is null)
        {
            throw new PngFormatException(filePath, "a palette image has no PLTE chunk", "IHDR", Signature.Length);
        }
        var raw = Inflate(compressed, header, filePath, firstIdat);
        Unfilter(raw, header, filePath, firstIdat);
        return new RgbImage(header.Width, header.Height, ToRgb(raw, header, palette, filePath, firstIdat));
    }

    private static void CheckSignature(ReadOnlySpan<byte> png, string? filePath)
    {
        var head = png[..Math.Min(png.Length, Signature.Length)];
        if (!head.SequenceEqual(Signature))
        {
            var found = head.IsEmpty ? "an empty file" : $"the bytes {Convert.ToHexString(head)}";
            throw new PngFormatException(filePath, $"not a PNG file: bad signature, expected the bytes {Convert.ToHexString(Signature)} but found {found}", offset: 0);
        }
    }

    private static ReadOnlySpan<byte> ReadChunk(ReadOnlySpan<byte> png, int at, string previous, string? filePath, out string type)
    {
        if (at == png.Length)
        {
            throw new PngFormatException(filePath, $"the file ends after {previous}, before an IEND chunk (truncated file?)", offset: at);
        }
        if (png.Length - at < 8)
        {
            throw new PngFormatException(filePath, $"truncated chunk header: {png.Length - at} of its 8 bytes are present after {previous}", offset: at);
        }
        var length = BinaryPrimitives.ReadUInt32BigEndian(png[at..]);
        var typeBytes = png.Slice(at + 4, 4);
        foreach (var b in typeBytes)
        {
            if (!char.IsAsciiLetter((char)b))
            {
                throw new PngFormatException(filePath, $"invalid chunk type bytes {Convert.ToHexString(typeBytes)} (a chunk type is four ASCII letters); the file is corrupt after {previous}", offset: at);
            }
        }
        type = Encoding.ASCII.GetString(typeBytes);
        if (length > int.MaxValue)
        {
            throw new PngFormatException(filePath, $"chunk length {length} exceeds PNG's limit of 2^31-1 bytes", type, at);
        }
        if (at + 12L + length > png.Length)
        {
            throw new PngFormatException(filePath, $"truncated chunk: it declares {length} data bytes and a CRC, needing {12L + length} bytes, but only {png.Length - at} remain in the file", type, at);
        }
        var data = png.Slice(at + 8, (int)length);
        var stored = BinaryPrimitives.ReadUInt32BigEndian(png[(at + 8 + (int)length)..]);
        var computed = Crc32.HashToUInt32(png.Slice(at + 4, 4 + (int)length));
        if (stored != computed)
        {
            throw new PngFormatException(filePath, $"CRC mismatch in chunk {type}: stored 0x{stored:X8}, computed 0x{computed:X8}", type, at);
        }
        return data;
    }

    private static byte[] ReadPalette(ReadOnlySpan<byte> data, string? filePath, int at)
    {
        if (data.Length == 0 || data.Length % 3 != 0 || data.Length > 256 * 3)
        {
            throw new PngFormatException(filePath, $"PLTE holds {data.Length} bytes; it must be 1 to 256 RGB entries of 3 bytes", "PLTE", at);
        }
        return data.ToArray();
    }
}
