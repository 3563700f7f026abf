using Research.Engine.Imaging;

namespace Research.Engine.Tests.Imaging;

public sealed class PngDecoderErrorTests
{
    // An 8x6 RGB file from the project's encoder: IHDR at byte 8, IDAT at byte 33.
    private static readonly byte[] Valid = PngEncoder.Encode(PngDecoderTests.Pattern(8 * 6 * 3, seed: 1), 8, 6);

    [Fact]
    public void DecodeFile_NotAPng_ThrowsNamingFileAndSignature()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-png-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']);
        try
        {
            var error = Assert.Throws<PngFormatException>(() => PngDecoder.DecodeFile(path));

            Assert.StartsWith(path + ": not a PNG file: bad signature", error.Message);
            Assert.Contains("89504E470D0A1A0A", error.Message);
            Assert.Contains("FFD8FFE000104A46", error.Message);
            Assert.Equal(path, error.FilePath);
            Assert.Equal(0L, error.Offset);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Decode_EmptyInput_ThrowsBadSignature()
    {
        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode([]));

        Assert.Contains("bad signature", error.Message);
        Assert.Contains("empty file", error.Message);
    }

    [Theory]
    [InlineData(45, "IDAT", 33)]
    [InlineData(20, "IHDR", 8)]
    public void Decode_CorruptByteInChunk_ThrowsCrcMismatchNamingChunkAndOffset(int corruptAt, string chunk, int offset)
    {
        var png = Valid.ToArray();
        png[corruptAt] ^= 0x40;

        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png, "frame.png"));

        Assert.StartsWith($"frame.png: CRC mismatch in chunk {chunk}: stored 0x", error.Message);
        Assert.EndsWith($"(chunk {chunk} at byte {offset})", error.Message);
        Assert.Equal(chunk, error.Chunk);
        Assert.Equal((long)offset, error.Offset);
    }

    [Fact]
    public void Decode_EveryTruncation_ThrowsPngFormatException()
    {
        for (var length = 0; length < Valid.Length; length++)
        {
            var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(Valid.AsSpan(0, length), "cut.png"));

            Assert.StartsWith("cut.png: ", error.Message);
        }
    }

    [Fact]
    public void DecodeFile_TruncatedInsideIdat_ThrowsNamingFileChunkAndSizes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"truncated-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, Valid[..50]);
        try
        {
            var error = Assert.Throws<PngFormatException>(() => PngDecoder.DecodeFile(path));

            Assert.StartsWith($"{path}: truncated chunk", error.Message);
            Assert.Contains("only 17 remain", error.Message);
            Assert.EndsWith("(chunk IDAT at byte 33)", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Decode_FileEndsBeforeIend_ThrowsTruncated()
    {
        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(Valid.AsSpan(0, Valid.Length - 12)));

        Assert.Contains("the file ends after chunk IDAT at byte 33, before an IEND chunk", error.Message);
    }

    [Fact]
    public void Decode_IdatHoldsTooFewRows_ThrowsTruncatedIdat()
    {
        var rows = PngTestFile.Filtered(PngDecoderTests.Rows(new byte[4 * 4 * 3], 4)[..3], 3, [0]);
        var png = Png(PngTestFile.Header(4, 4, 8, 2), PngTestFile.Chunk("IDAT", PngTestFile.Zlib(rows)));

        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));

        Assert.Contains("truncated IDAT: the image data inflates to 39 bytes, but a 4x4 truecolour image at 8 bits needs 52", error.Message);
        Assert.EndsWith("(chunk IDAT at byte 33)", error.Message);
    }

    [Fact]
    public void Decode_IdatNotZlib_ThrowsCorruptZlib()
    {
        var png = Png(PngTestFile.Header(4, 4, 8, 2), PngTestFile.Chunk("IDAT", [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]));

        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));

        Assert.Contains("IDAT", error.Message);
        Assert.True(error.Problem.StartsWith("corrupt zlib data", StringComparison.Ordinal) || error.Problem.StartsWith("truncated IDAT", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void Decode_Interlaced_ThrowsNotSupported()
    {
        var png = Png(PngTestFile.Header(4, 4, 8, 2, interlace: 1), PngTestFile.Chunk("IDAT", PngTestFile.Zlib(new byte[52])));

        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png, "photo.png"));

        Assert.Equal("photo.png: Adam7 interlaced PNGs are not supported; save the image again without interlacing (chunk IHDR at byte 8)", error.Message);
    }

    [Theory]
    [InlineData(4097, 10)]
    [InlineData(10, 100_000)]
    public void Decode_LargerThanCap_ThrowsImageTooLarge(int width, int height)
    {
        var png = Png(PngTestFile.Header(width, height, 8, 2), PngTestFile.Chunk("IDAT", []));

        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));

        Assert.Contains($"image too large: {width}x{height} exceeds the 4096x4096 limit", error.Message);
    }

    [Theory]
    [InlineData(8, 5, "unsupported colour type 5")]
    [InlineData(4, 2, "unsupported bit depth 4 for colour type 2 (truecolour): allowed are 8, 16")]
    [InlineData(16, 3, "unsupported bit depth 16 for colour type 3 (palette): allowed are 1, 2, 4, 8")]
    [InlineData(3, 0, "unsupported bit depth 3 for colour type 0 (greyscale)")]
    public void Decode_InvalidColourTypeOrBitDepth_ThrowsNamingBoth(int depth, int colourType, string expected)
    {
        var png = Png(PngTestFile.Header(4, 4, depth, colourType), PngTestFile.Chunk("IDAT", []));

        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));

        Assert.Contains(expected, error.Message);
        Assert.Equal("IHDR", error.Chunk);
    }

    [Fact]
    public void Decode_UnknownFilterType_ThrowsNamingRow()
    {
        var rows = PngTestFile.Filtered(PngDecoderTests.Rows(new byte[4 * 3 * 3], 3), 3, [0, 0, 5]);
        var png = Png(PngTestFile.Header(4, 3, 8, 2), PngTestFile.Chunk("IDAT", PngTestFile.Zlib(rows)));

        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));

        Assert.Contains("unknown filter type 5 on row 2", error.Message);
    }

    [Fact]
    public void Decode_PaletteIndexPastEntries_ThrowsNamingPixel()
    {
        var png = PngTestFile.Image(3, 1, 8, 3, [[0, 1, 2]], [0], palette: [1, 2, 3, 4, 5, 6]);

        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));

        Assert.Contains("palette index 2 at pixel (2, 0) is past the palette's 2 entries", error.Message);
    }

    [Fact]
    public void Decode_PaletteImageWithoutPlte_Throws()
    {
        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(PngTestFile.Image(3, 1, 8, 3, [[0, 1, 2]], [0])));

        Assert.Contains("no PLTE chunk", error.Message);
    }

    [Fact]
    public void Decode_NoIdat_ThrowsNoImageData()
    {
        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(Png(PngTestFile.Header(4, 4, 8, 2))));

        Assert.Contains("without any IDAT chunk", error.Message);
        Assert.Equal("IEND", error.Chunk);
    }

    [Fact]
    public void Decode_FirstChunkNotIhdr_Throws()
    {
        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(Png(PngTestFile.Chunk("tEXt", "a\0b"u8), PngTestFile.Header(4, 4, 8, 2))));

        Assert.EndsWith("the first chunk must be IHDR (chunk tEXt at byte 8)", error.Message);
    }

    [Fact]
    public void Decode_UnknownCriticalChunk_Throws()
    {
        var png = Png(PngTestFile.Header(1, 1, 8, 0), PngTestFile.Chunk("ZZZZ", [1]), PngTestFile.Chunk("IDAT", PngTestFile.Zlib([0, 0])));

        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));

        Assert.Contains("unknown critical chunk", error.Message);
        Assert.Equal("ZZZZ", error.Chunk);
    }

    [Fact]
    public void Decode_IdatChunksNotConsecutive_Throws()
    {
        var data = PngTestFile.Zlib([0, 0]);
        var png = Png(
            PngTestFile.Header(1, 1, 8, 0),
            PngTestFile.Chunk("IDAT", data[..3]),
            PngTestFile.Chunk("tEXt", "a\0b"u8),
            PngTestFile.Chunk("IDAT", data[3..]));

        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));

        Assert.Contains("IDAT chunks must be consecutive", error.Message);
    }

    [Fact]
    public void Decode_EveryFlippedBit_ThrowsPngFormatExceptionOnly()
    {
        // Every chunk is CRC-checked, so no single-bit error gets past the decoder as anything but its own exception.
        for (var i = 0; i < Valid.Length * 8; i++)
        {
            var png = Valid.ToArray();
            png[i / 8] ^= (byte)(1 << (i % 8));

            Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));
        }
    }

    /// <summary>A file of the given chunks and IEND.</summary>
    private static byte[] Png(params byte[][] chunks) => PngTestFile.Build([.. chunks, PngTestFile.Chunk("IEND", [])]);
}
